import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../fixtures/cases';
import { tempDir } from '../fixtures/cli';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

// The built command line, as a user starts it (`npm run build` makes dist/), with a home of each
// test's own, and so its own data and cache folders on every platform.
let home = '';
beforeEach(() => {
  home = tempDir('skyavtale-home-');
});
const spawnWith = (nodeOptions: string[], ...args: string[]) =>
  spawnSync(process.execPath, [...nodeOptions, 'bin/skyavtale.cjs', ...args], {
    encoding: 'utf8',
    env: { ...process.env, HOME: home, XDG_CACHE_HOME: join(home, 'cache'), LOCALAPPDATA: home },
  });
const spawn = (...args: string[]) => spawnWith([], ...args);
const run = (...args: string[]): string => {
  const result = spawn(...args);
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
};
const codeFolder = (): string => join(home, 'cache', 'skyavtale', 'code');
const kept = (): string[] => (existsSync(codeFolder()) ? readdirSync(codeFolder()).sort() : []);

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

  it('loads SQLite only for a command that opens the library', () => {
    const watch = join(home, 'watch-sqlite.cjs');
    writeFileSync(
      watch,
      `const Module = require('node:module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'better-sqlite3') process.stderr.write('loads SQLite');
  return load.call(this, request, ...rest);
};`,
    );
    const watched = (...args: string[]) => spawnWith(['--require', watch], ...args);
    const generate = watched('generate', EXAMPLES.ssaL, '-f', 'docx', '--out', join(home, 'set'));
    expect(generate.status).toBe(0);
    expect(generate.stderr).toBe('');
    const matters = watched('matters', 'list');
    expect(matters.status).toBe(0);
    expect(matters.stderr).toBe('loads SQLite');
  });

  it('keeps nothing for a misspelt command, help or a command that failed', () => {
    expect(spawn('frobnicate').status).toBe(2);
    expect(spawn('generate', '--help').status).toBe(0);
    expect(spawn('validate', join(home, 'no-such-case.json')).status).not.toBe(0);
    expect(kept()).toEqual([]);
  });

  it("keeps a command's compiled code for its next run, which starts from it and writes the same files", () => {
    const sets = [join(home, 'first'), join(home, 'second')];
    run('generate', EXAMPLES.ssaL, '--format', 'pdf', '--out', sets[0]!);
    const cache = join(codeFolder(), 'generate.bin');
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
