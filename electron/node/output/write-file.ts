import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { outputError } from './fs-errors';
import { writeDurably } from './write-folder';

/** Writes one file atomically: a temporary file beside it, flushed, then renamed into place. */
export async function writeFileAtomically(file: string, bytes: Uint8Array): Promise<string> {
  const target = resolve(file);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    if (statSync(target, { throwIfNoEntry: false })?.isDirectory())
      throw Object.assign(new Error(target), { code: 'EISDIR' });
    mkdirSync(dirname(target), { recursive: true });
    await writeDurably(temporary, bytes);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw outputError(error, target);
  }
  return target;
}
