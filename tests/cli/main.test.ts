import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../fixtures/cases';
import { tempDir } from '../fixtures/cli';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

// The built command line, as a user starts it (`npm run build` makes dist/), with its own home
// and so its own cache folder on every platform.
const home = tempDir('skyavtale-home-');
const spawn = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/skyavtale.cjs', ...args], {
    encoding: 'utf8',
    env: { ...process.env, HOME: home, XDG_CACHE_HOME: join(home, 'cache'), LOCALAPPDATA: home },
  });
const run = (...args: string[]): string => {
  const result = spawn(...args);
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
};
const codeFolder = join(home, 'cache', 'skyavtale', 'code');
const kept = (): string[] => (existsSync(codeFolder) ? readdirSync(codeFolder).sort() : []);

it('says how to build the command line where it has not been built', () => {
  const copy = join(tempDir(), 'bin', 'skyavtale.cjs');
  mkdirSync(dirname(copy));
  copyFileSync('bin/skyavtale.cjs', copy);
  const result = spawnSync(process.execPath, [copy, '--version'], { encoding: 'utf8' });
  expect(result.status).toBe(1);
  expect(result.stderr).toBe(
    'skyavtale: the command line is not built yet; run «npm run build» first\n',
  );
});

describe.skipIf(!existsSync('dist/cli.cjs'))('the command line’s start', () => {
  it('answers a bare --version or -v with the version, as the program’s own option does', () => {
    const own = run('--data', 'unused', '--version');
    expect(own).toBe(`${version}\n`);
    expect(run('--version')).toBe(own);
    expect(run('-v')).toBe(own);
  });

  it('prepares a command without a word on stderr (V8 warns of a flag it does not know)', () => {
    const result = spawn('schema');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('keeps nothing for a misspelt command, help or a command that failed', () => {
    expect(spawn('frobnicate').status).toBe(2);
    expect(spawn('generate', '--help').status).toBe(0);
    expect(spawn('validate', join(home, 'no-such-case.json')).status).not.toBe(0);
    expect(kept()).not.toContain('frobnicate.bin');
    expect(kept()).not.toContain('generate.bin');
    expect(kept()).not.toContain('validate.bin');
  });

  it("keeps a command's compiled code for its next run, which starts from it and writes the same files", () => {
    const sets = [join(home, 'first'), join(home, 'second')];
    run('generate', EXAMPLES.ssaL, '--format', 'pdf', '--out', sets[0]!);
    const cache = join(codeFolder, 'generate.bin');
    const made = statSync(cache);
    run('generate', EXAMPLES.ssaL, '--format', 'pdf', '--out', sets[1]!);
    // Data V8 turned down would have been written again.
    expect(statSync(cache).mtimeMs).toBe(made.mtimeMs);
    const documents = readdirSync(sets[0]!).filter((name) => name.endsWith('.pdf'));
    expect(documents.length).toBeGreaterThan(3);
    for (const name of documents) {
      expect(
        readFileSync(join(sets[1]!, name)).equals(readFileSync(join(sets[0]!, name))),
        name,
      ).toBe(true);
    }
  });
});
