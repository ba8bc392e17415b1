import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { SkyError } from '../../core/errors';

export interface OutputFile {
  name: string;
  bytes: Uint8Array;
}

/** Writes a file and flushes it to disk before it is moved into place. */
async function writeDurably(path: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function describeFsError(error: unknown, folder: string): SkyError {
  const code = (error as NodeJS.ErrnoException).code ?? 'UNKNOWN';
  const reasons: Record<string, { nb: string; en: string }> = {
    EACCES: {
      nb: 'du har ikke skrivetilgang til mappen',
      en: 'you have no write access to the folder',
    },
    EPERM: {
      nb: 'du har ikke skrivetilgang til mappen',
      en: 'you have no write access to the folder',
    },
    EROFS: {
      nb: 'mappen ligger på en skrivebeskyttet disk',
      en: 'the folder is on a read-only disk',
    },
    ENOSPC: { nb: 'disken er full', en: 'the disk is full' },
    ENOTDIR: {
      nb: 'en del av stien er en fil, ikke en mappe',
      en: 'part of the path is a file, not a folder',
    },
    EEXIST: {
      nb: 'stien eller en del av den er en fil, ikke en mappe',
      en: 'the path or part of it is a file, not a folder',
    },
  };
  const reason = reasons[code] ?? {
    nb: `uventet feil (${code})`,
    en: `unexpected error (${code})`,
  };
  return new SkyError(
    'output.unwritable',
    {
      nb: `kan ikke skrive filene: ${reason.nb}. Ingenting er skrevet.`,
      en: `cannot write the files: ${reason.en}. Nothing was written.`,
    },
    folder,
  );
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
  if (existed && !statSync(target).isDirectory()) throw describeFsError({ code: 'EEXIST' }, target);
  let staging: string;
  try {
    // A new folder is staged beside its final place and renamed in one step.
    if (!existed) mkdirSync(dirname(target), { recursive: true });
    staging = mkdtempSync(
      existed ? join(target, '.skyavtale-') : join(dirname(target), `.${basename(target)}-`),
    );
  } catch (error) {
    throw describeFsError(error, target);
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
    throw describeFsError(error, target);
  }
  return files.map((file) => join(target, file.name));
}
