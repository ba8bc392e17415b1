import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes a cache file, for this user alone, beside its place and renames it into place, so that a
 * process reading it at the same time never reads half of one. A cache is only a cache: a folder
 * it cannot be written to costs the next run its speed, and nothing is thrown.
 */
export function writeCacheFile(file: string, data: string | Uint8Array): void {
  const partial = `${file}.${process.pid}.partial`;
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  } catch {
    return;
  }
  try {
    writeFileSync(partial, data, { mode: 0o600 });
    renameSync(partial, file);
  } catch {
    rmSync(partial, { force: true });
  }
}
