import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { outputError } from './fs-errors';

export interface OutputFile {
  name: string;
  bytes: Uint8Array;
}

/** Writes a file and flushes it to disk before it is moved into place. */
export async function writeDurably(path: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes all files into `folder` or none of them: they are written into a staging folder first and
 * moved into place only when every one is complete, so a failure never leaves half a set behind.
 */
export async function writeFolderAtomically(
  folder: string,
  files: OutputFile[],
  write: (path: string, bytes: Uint8Array) => Promise<void> = writeDurably,
): Promise<string[]> {
  const target = resolve(folder);
  const existed = existsSync(target);
  if (existed && !statSync(target).isDirectory()) throw outputError({ code: 'EEXIST' }, target);
  let staging: string;
  try {
    // A new folder is staged beside its final place and renamed in one step.
    if (!existed) mkdirSync(dirname(target), { recursive: true });
    staging = mkdtempSync(
      existed ? join(target, '.skyavtale-') : join(dirname(target), `.${basename(target)}-`),
    );
  } catch (error) {
    throw outputError(error, target);
  }
  try {
    for (const file of files) await write(join(staging, file.name), file.bytes);
    if (existed) {
      for (const file of files) renameSync(join(staging, file.name), join(target, file.name));
      rmSync(staging, { recursive: true, force: true });
    } else {
      renameSync(staging, target);
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw outputError(error, target);
  }
  return files.map((file) => join(target, file.name));
}
