// Prepares `npm start` on a machine with internet: fetches the Electron runtime (its install
// script is not run by `npm ci`) and builds better-sqlite3 for Electron's ABI into a cache of its
// own, so the copy Node and the tests use is never replaced.
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const electronVersion = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;

if (!existsSync(join(electronDir, 'path.txt'))) {
  process.stdout.write(`Henter Electron ${electronVersion}…\n`);
  execFileSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'inherit' });
}

const binding = join(
  'node_modules',
  '.cache',
  'skyavtale-electron',
  electronVersion,
  'better_sqlite3.node',
);
if (!existsSync(binding)) {
  process.stdout.write(`Bygger better-sqlite3 for Electron ${electronVersion}…\n`);
  const work = mkdtempSync(join(tmpdir(), 'skyavtale-electron-sqlite-'));
  const source = dirname(require.resolve('better-sqlite3/package.json'));
  cpSync(source, work, { recursive: true, filter: (path) => !path.includes(`${source}/build`) });
  const target = ['--runtime', 'electron', '--target', electronVersion, '--arch', process.arch];
  try {
    execFileSync(process.execPath, [require.resolve('prebuild-install/bin.js'), ...target], {
      cwd: work,
      stdio: 'inherit',
    });
  } catch {
    execFileSync(
      'npx',
      [
        '--yes',
        'node-gyp',
        'rebuild',
        '--release',
        '--runtime=electron',
        `--target=${electronVersion}`,
        '--dist-url=https://electronjs.org/headers',
      ],
      { cwd: work, stdio: 'inherit' },
    );
  }
  mkdirSync(dirname(binding), { recursive: true });
  copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), binding);
  rmSync(work, { recursive: true, force: true });
}
