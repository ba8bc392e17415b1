import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../electron/node/store/data-dir';
import { DATABASE_NAME } from '../../electron/node/store/library';
import { EXAMPLES } from '../fixtures/cases';
import { tempDir } from '../fixtures/cli';

// The command line as bin/skyavtale starts it: from the start-up snapshot that `npm run build`
// made for this Node. Each test has a home of its own, so a code cache file in it shows that the
// bundle ran instead of the snapshot (the snapshot keeps none).
const SNAPSHOT = `dist/command-line-${process.version}.blob`;
const FLAGS = `dist/command-line-${process.version}.flags`;
const TEMPLATE = join('agreements', 'ssa-l', 'nb', 'general.md');
const PHRASE = 'Avtalen regulerer Kundens løpende kjøp';

let home = '';
beforeEach(() => {
  home = tempDir('skyavtale-home-');
});
const env = (more: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => {
  // NODE_OPTIONS sends a command to the bundle (see its test); only that test sets it.
  const own = { ...process.env };
  delete own.NODE_OPTIONS;
  return {
    ...own,
    HOME: home,
    XDG_CACHE_HOME: join(home, 'cache'),
    SKYAVTALE_DATA: join(home, 'data'),
    ...more,
  };
};
const start = (launcher: string, args: string[], more?: NodeJS.ProcessEnv) =>
  spawnSync(launcher, args, { encoding: 'utf8', env: env(more) });
const bundleRan = (): boolean => existsSync(join(home, 'cache', 'skyavtale', 'code'));

/** The files of a set, with the manifest's time of making left out. */
function filesOf(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir).map((name) => {
      const text = readFileSync(join(dir, name), 'latin1');
      return [name, name === 'manifest.json' ? text.replace(/"generatedAt": "[^"]*"/, '') : text];
    }),
  );
}

/** The words of the SSA-L agreement's Word file, as `launcher` makes it. */
function agreementText(launcher: string): string {
  const out = join(home, 'set');
  const result = start(launcher, [
    'generate',
    resolve(EXAMPLES.ssaL),
    '--format',
    'docx',
    '--out',
    out,
    '--force',
  ]);
  expect(result.status, result.stderr).toBe(0);
  const docx = readdirSync(out).find((name) => name.startsWith('01 ') && name.endsWith('.docx'));
  return strFromU8(
    unzipSync(readFileSync(join(out, docx ?? '')))['word/document.xml'] ?? new Uint8Array(),
  );
}

/** Changes the agreement's first sentence in the templates at `root`. */
function changedTemplates(root: string): void {
  const file = join(root, TEMPLATE);
  writeFileSync(file, readFileSync(file, 'utf8').replace(PHRASE, `${PHRASE} ENDRET`));
}

describe.skipIf(process.platform === 'win32' || !existsSync('dist/cli.cjs'))(
  'the command line’s start-up snapshot',
  () => {
    it('is made by the build for the Node that ran it, under the V8 flags written beside it', () => {
      expect(existsSync(SNAPSHOT)).toBe(true);
      const flags = readFileSync(FLAGS, 'utf8').trim().split(' ');
      expect(flags).toContain('--initial-old-space-size=256');
      const under = (...more: string[]) =>
        spawnSync(process.execPath, [...more, '--snapshot-blob', SNAPSHOT, '--', 'schema'], {
          env: env(),
        }).status;
      expect(under(...flags)).toBe(0);
      // Node refuses a snapshot under other flags.
      expect(under()).not.toBe(0);
    });

    it('writes the same files as the bundle, byte for byte', () => {
      const fromSnapshot = join(home, 'snapshot');
      const fromBundle = join(home, 'bundle');
      const args = (out: string) => ['generate', EXAMPLES.ssaSky, '--out', out];
      const snapshotRun = start('bin/skyavtale', args(fromSnapshot));
      expect(snapshotRun.status, snapshotRun.stderr).toBe(0);
      expect(bundleRan()).toBe(false);
      expect(start(process.execPath, ['bin/skyavtale.cjs', ...args(fromBundle)]).status).toBe(0);
      expect(bundleRan()).toBe(true);
      expect(filesOf(fromSnapshot)).toEqual(filesOf(fromBundle));
    });

    it('holds none of the templates it was made with, and moved with its folder or without its flags runs the bundle', () => {
      // A built copy of the program with a snapshot of its own, made from its own templates.
      const copy = join(tempDir(), 'skyavtale');
      for (const part of ['bin', 'dist', 'templates', 'examples', 'package.json'])
        cpSync(part, join(copy, part), { recursive: true });
      symlinkSync(resolve('node_modules'), join(copy, 'node_modules'));
      rmSync(join(copy, SNAPSHOT));
      expect(spawnSync(process.execPath, ['build/snapshot.mjs', join(copy, 'dist')]).status).toBe(
        0,
      );
      changedTemplates(join(copy, 'templates'));
      // Started through a link to the relative link npm makes in node_modules/.bin.
      const npmLink = join(home, '.bin', 'skyavtale');
      mkdirSync(dirname(npmLink));
      symlinkSync(relative(dirname(npmLink), join(copy, 'bin', 'skyavtale')), npmLink);
      const link = join(home, 'skyavtale');
      symlinkSync(npmLink, link);
      expect(agreementText(link)).toContain(`${PHRASE} ENDRET`);
      // And through a linked folder.
      const linkedFolder = `${copy}-linked`;
      symlinkSync(copy, linkedFolder);
      expect(agreementText(join(linkedFolder, 'bin', 'skyavtale'))).toContain(`${PHRASE} ENDRET`);
      expect(bundleRan()).toBe(false);

      // Without the flags it was made under, the bundle runs.
      const flags = readFileSync(join(copy, FLAGS));
      rmSync(join(copy, FLAGS));
      expect(agreementText(join(copy, 'bin', 'skyavtale'))).toContain(`${PHRASE} ENDRET`);
      expect(bundleRan()).toBe(true);
      writeFileSync(join(copy, FLAGS), flags);
      rmSync(join(home, 'cache'), { recursive: true });

      const moved = `${copy}-moved`;
      renameSync(copy, moved);
      changedTemplates(join(moved, 'templates'));
      expect(agreementText(join(moved, 'bin', 'skyavtale'))).toContain(`${PHRASE} ENDRET ENDRET`);
      expect(bundleRan()).toBe(true);
    });

    it('is left to the bundle under NODE_OPTIONS, which may set V8 flags it was not made with', () => {
      const result = start('bin/skyavtale', ['schema'], {
        NODE_OPTIONS: '--max-old-space-size=4096',
      });
      expect([result.status, result.stderr]).toEqual([0, '']);
      expect(bundleRan()).toBe(true);
    });

    it('is left to the bundle by another Node', () => {
      // A `node` that calls itself another version and is this Node otherwise.
      const path = join(home, 'path');
      mkdirSync(path);
      const node = join(path, 'node');
      writeFileSync(
        node,
        `#!/bin/sh\n[ "$1" = --version ] && { echo v0.0.0; exit; }\nexec '${process.execPath}' "$@"\n`,
        { mode: 0o755 },
      );
      const result = start('bin/skyavtale', ['validate', EXAMPLES.ssaL], {
        PATH: `${path}:${process.env.PATH ?? ''}`,
      });
      expect(result.status, result.stderr).toBe(0);
      expect(bundleRan()).toBe(true);
    });

    it('passes options, help, output and exit codes through', () => {
      const version = start('bin/skyavtale', ['--version']);
      expect(version.stdout).toBe(start(process.execPath, ['bin/skyavtale.cjs', '-v']).stdout);
      expect(start('bin/skyavtale', ['--help']).stdout).toMatch(/^Usage: skyavtale /);
      const list = start('bin/skyavtale', ['-d', join(home, 'library'), 'matters', 'list']);
      expect([list.status, list.stdout]).toEqual([0, '0 saker i alt (side 1)\n']);
      const missing = start('bin/skyavtale', ['validate', join(home, 'none.json')]);
      expect([missing.status, missing.stderr]).toEqual([
        1,
        `skyavtale: ${join(home, 'none.json')}: filen finnes ikke\n`,
      ]);
      expect(start('bin/skyavtale', ['bogus']).status).toBe(2);
      expect(bundleRan()).toBe(false);
    });

    it('starts Node without the extra certificates it has no use for', () => {
      // Node warns at its start when the file cannot be read.
      const certificates = { NODE_EXTRA_CA_CERTS: join(home, 'none.pem') };
      for (const args of [['--version'], ['schema']])
        expect(start('bin/skyavtale', args, certificates).stderr).toBe('');
      expect(start(process.execPath, ['-e', '0'], certificates).stderr).toMatch(/extra certs/);
    });

    it('keeps the library in the data folder of the user who runs it', () => {
      const own = env();
      delete own.SKYAVTALE_DATA;
      delete own.XDG_DATA_HOME;
      const created = spawnSync('bin/skyavtale', ['matters', 'create', 'Egen'], { env: own });
      expect(created.status).toBe(0);
      expect(existsSync(join(defaultDataDir(own, process.platform, home), DATABASE_NAME))).toBe(
        true,
      );
    });

    it('gives times in the time zone the command runs in, not the one it was made in', () => {
      const library = ['-d', join(home, 'library')];
      start('bin/skyavtale', [...library, 'matters', 'create', 'Tid']);
      start('bin/skyavtale', [...library, 'cases', 'save', EXAMPLES.ssaL, '--matter', '1']);
      const history = (launcher: string[], zone: string): string => {
        const [program = '', ...args] = launcher;
        return start(program, [...args, ...library, 'cases', 'history', '1'], { TZ: zone }).stdout;
      };
      const fromSnapshot = history(['bin/skyavtale'], 'Pacific/Kiritimati');
      expect(fromSnapshot).toMatch(/^versjon 1 {2}\d\d\.\d\d\.\d{4} \d\d:\d\d/);
      expect(fromSnapshot).not.toBe(history(['bin/skyavtale'], 'America/New_York'));
      expect(fromSnapshot).toBe(
        history([process.execPath, 'bin/skyavtale.cjs'], 'Pacific/Kiritimati'),
      );
    });
  },
);
