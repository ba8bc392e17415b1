import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

// The built command line, as a user starts it (`npm run build` makes dist/).
const run = (...args: string[]): string => {
  const result = spawnSync(process.execPath, ['bin/skyavtale.mjs', ...args], { encoding: 'utf8' });
  expect(result.status).toBe(0);
  return result.stdout;
};

describe.skipIf(!existsSync('dist/cli.mjs'))('the command line’s start', () => {
  it('answers a bare --version or -v with the version, as the program’s own option does', () => {
    const own = run('--data', 'unused', '--version');
    expect(own).toBe(`${version}\n`);
    expect(run('--version')).toBe(own);
    expect(run('-v')).toBe(own);
  });

  it('prepares a command without a word on stderr (V8 warns of a flag it does not know)', () => {
    const result = spawnSync(process.execPath, ['bin/skyavtale.mjs', 'schema'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });
});
