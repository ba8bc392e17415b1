// Prepares `npm start` and `npm run dist` on a machine with internet: fetches the Electron
// runtime (npm ci never does) and builds better-sqlite3 for Electron's ABI into a cache of its own,
// so the copy Node and the tests use is never replaced. The build is put beside the bundles, in
// dist/native, where the desktop app loads it and electron-builder packs it.
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
import { dirname, join, relative } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const electronVersion = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;

if (!existsSync(join(electronDir, 'path.txt'))) {
  process.stdout.write(`Henter Electron ${electronVersion}…\n`);
  execFileSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'inherit' });
}

const cached = join(
  'node_modules',
  '.cache',
  'skyavtale-electron',
  electronVersion,
  'better_sqlite3.node',
);
if (!existsSync(cached)) {
  process.stdout.write(`Bygger better-sqlite3 for Electron ${electronVersion}…\n`);
  const work = mkdtempSync(join(tmpdir(), 'skyavtale-electron-sqlite-'));
  const source = dirname(require.resolve('better-sqlite3/package.json'));
  // Node's own build stays behind; path.relative keeps this right with Windows separators.
  cpSync(source, work, {
    recursive: true,
    filter: (path) => relative(source, path).split(/[\\/]/)[0] !== 'build',
  });
  const target = ['--runtime', 'electron', '--target', electronVersion, '--arch', process.arch];
  try {
    execFileSync(process.execPath, [require.resolve('prebuild-install/bin.js'), ...target], {
      cwd: work,
      stdio: 'inherit',
    });
  } catch {
    // No prebuilt binary for this platform: compile it. On Windows npx is a .cmd script, which
    // only a shell can run.
    execFileSync(
      process.platform === 'win32' ? 'npx.cmd' : 'npx',
      [
        '--yes',
        'node-gyp',
        'rebuild',
        '--release',
        '--runtime=electron',
        `--target=${electronVersion}`,
        '--dist-url=https://electronjs.org/headers',
      ],
      { cwd: work, stdio: 'inherit', shell: process.platform === 'win32' },
    );
  }
  mkdirSync(dirname(cached), { recursive: true });
  copyFileSync(join(work, 'build', 'Release', 'better_sqlite3.node'), cached);
  rmSync(work, { recursive: true, force: true });
}
mkdirSync(join('dist', 'native'), { recursive: true });
copyFileSync(cached, join('dist', 'native', 'better_sqlite3.node'));
