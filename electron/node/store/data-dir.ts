import { cpSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { programFolder, userFolder } from '../platform-folder';
import { DATABASE_NAME } from './library';

/**
 * The one data folder of every front end (command line, web mode, desktop app) when the user has
 * not named one: SKYAVTALE_DATA, else the platform's usual folder for application data.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (env.SKYAVTALE_DATA) return env.SKYAVTALE_DATA;
  return join(userFolder('data', env, platform, home), programFolder(platform));
}

/**
 * Where earlier desktop versions kept the library: Electron's own folder for the app
 * (`~/.config/skyavtale` on Linux; on Windows and macOS the same folder in lower case).
 */
export function earlierDesktopDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  return join(userFolder('config', env, platform, home), 'skyavtale');
}

/**
 * The library's files: the write-ahead log, the backups, and the database last, so a move cut
 * short leaves the target without a database and is finished at the next start.
 */
const LIBRARY_ENTRIES = [`${DATABASE_NAME}-wal`, `${DATABASE_NAME}-shm`, 'backups', DATABASE_NAME];

function sameFolder(a: string, b: string): boolean {
  if (a === b) return true;
  if (!existsSync(a) || !existsSync(b)) return false;
  // Case-insensitive file systems (Windows, macOS) see `Skyavtale` and `skyavtale` as one.
  const [x, y] = [statSync(a), statSync(b)];
  return x.dev === y.dev && x.ino === y.ino;
}

/**
 * Moves a library found in `from` into `to` when `to` has none yet, so an update that changes
 * the data folder keeps every case. Answers whether anything was moved.
 */
export function moveLibrary(from: string, to: string): boolean {
  if (sameFolder(from, to)) return false;
  if (!existsSync(join(from, DATABASE_NAME)) || existsSync(join(to, DATABASE_NAME))) return false;
  mkdirSync(to, { recursive: true });
  for (const entry of LIBRARY_ENTRIES) {
    const source = join(from, entry);
    if (!existsSync(source)) continue;
    try {
      renameSync(source, join(to, entry));
    } catch {
      // Another disk: copy, then remove the original only once the copy is whole.
      cpSync(source, join(to, entry), { recursive: true, errorOnExist: true, force: false });
      rmSync(source, { recursive: true, force: true });
    }
  }
  return true;
}
