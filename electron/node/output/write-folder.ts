import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { isRunning } from '../store/database';
import { outputError, replaceError } from './fs-errors';

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

const MANIFEST = 'manifest.json';
// Inside a folder that receives a set (or beside a new folder): the new files while they are
// written, and the files of the set they replace while the new ones move in. Both carry the pid,
// so a later run can tell a set whose process died half-way from one being written now.
const STAGING = '.skyavtale-staging-';
const PREVIOUS = '.skyavtale-previous-';
// No export takes this long: an older staging folder is left over, even if its pid is in use again.
const ABANDONED_AFTER_MS = 24 * 60 * 60 * 1000;

const ManifestNamesSchema = z.object({ files: z.array(z.object({ name: z.string() })) });

/** The names of the set a manifest lists, with the manifest itself; none if it cannot be read. */
function setNames(folder: string): string[] {
  try {
    const parsed = ManifestNamesSchema.safeParse(
      JSON.parse(readFileSync(join(folder, MANIFEST), 'utf8')),
    );
    // Names with a path in them are not ours to move.
    return parsed.success
      ? [...parsed.data.files.map((f) => f.name).filter((n) => basename(n) === n), MANIFEST]
      : [];
  } catch {
    return [];
  }
}

function pidOf(name: string, prefix: string): number {
  return Number(name.slice(prefix.length).split('-')[0]);
}

function abandoned(folder: string, name: string, prefix: string, now: number): boolean {
  if (!name.startsWith(prefix)) return false;
  if (!isRunning(pidOf(name, prefix))) return true;
  try {
    return now - statSync(join(folder, name)).mtimeMs > ABANDONED_AFTER_MS;
  } catch {
    return false;
  }
}

/**
 * Finishes what a process that died while writing a set left in `folder`: if its new manifest
 * never moved in, the set it was replacing is put back whole; otherwise the new set is complete
 * and only the leftovers go. Only folders of our own naming are touched.
 */
export function recoverInterruptedSets(folder: string, now = Date.now()): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  const dead = (name: string, prefix: string) => abandoned(folder, name, prefix, now);
  for (const staging of names.filter((n) => dead(n, STAGING))) {
    const stagingDir = join(folder, staging);
    const previous = join(folder, staging.replace(STAGING, PREVIOUS));
    if (existsSync(join(stagingDir, MANIFEST)) && existsSync(previous)) {
      // Unfinished: new files that moved in leave, the old ones come back.
      for (const name of setNames(stagingDir)) {
        if (!existsSync(join(stagingDir, name))) rmSync(join(folder, name), { force: true });
      }
      for (const name of readdirSync(previous))
        renameSync(join(previous, name), join(folder, name));
    }
    rmSync(stagingDir, { recursive: true, force: true });
    rmSync(previous, { recursive: true, force: true });
  }
  for (const previous of names.filter((n) => dead(n, PREVIOUS))) {
    rmSync(join(folder, previous), { recursive: true, force: true });
  }
}

/**
 * Writes all files into `folder` as one set, or changes nothing. The files are written into a
 * staging folder first. A new folder is then renamed into place in one step. In an existing
 * folder the set there (every file its manifest lists, and files of the same name) is moved
 * aside, the new files move in, and only then is the old set deleted; when any move fails, every
 * move before it is undone, so the folder holds the old set whole, never half of each.
 */
export async function writeFolderAtomically(
  folder: string,
  files: OutputFile[],
  write: (path: string, bytes: Uint8Array) => Promise<void> = writeDurably,
  rename: (from: string, to: string) => void = renameSync,
): Promise<string[]> {
  const target = resolve(folder);
  const existed = existsSync(target);
  if (existed && !statSync(target).isDirectory()) throw outputError({ code: 'EEXIST' }, target);
  let staging: string;
  try {
    if (existed) recoverInterruptedSets(target);
    // A new folder is staged beside its final place and renamed in one step.
    if (!existed) mkdirSync(dirname(target), { recursive: true });
    staging = mkdtempSync(join(existed ? target : dirname(target), `${STAGING}${process.pid}-`));
  } catch (error) {
    throw outputError(error, target);
  }
  try {
    for (const file of files) await write(join(staging, file.name), file.bytes);
    if (!existed) rename(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw outputError(error, target);
  }
  if (existed) replaceSet(target, staging, files, rename);
  return files.map((file) => join(target, file.name));
}

function replaceSet(
  target: string,
  staging: string,
  files: OutputFile[],
  rename: (from: string, to: string) => void,
): void {
  const previous = staging.replace(STAGING, PREVIOUS);
  const incoming = files.map((f) => f.name);
  // The manifest goes first and comes last: while it is missing, the set is not whole.
  const outgoing = [...new Set([MANIFEST, ...setNames(target), ...incoming])].filter((name) =>
    existsSync(join(target, name)),
  );
  const order = [
    ...incoming.filter((n) => n !== MANIFEST),
    ...incoming.filter((n) => n === MANIFEST),
  ];
  const movedOut: string[] = [];
  const movedIn: string[] = [];
  let failed = target;
  try {
    mkdirSync(previous);
    for (const name of outgoing) {
      failed = join(target, name);
      rename(join(target, name), join(previous, name));
      movedOut.push(name);
    }
    for (const name of order) {
      failed = join(target, name);
      rename(join(staging, name), join(target, name));
      movedIn.push(name);
    }
  } catch (error) {
    let undone = true;
    for (const name of movedIn.reverse()) {
      try {
        rename(join(target, name), join(staging, name));
      } catch {
        undone = false;
      }
    }
    for (const name of movedOut.reverse()) {
      try {
        rename(join(previous, name), join(target, name));
      } catch {
        undone = false;
      }
    }
    if (undone) {
      rmSync(staging, { recursive: true, force: true });
      rmSync(previous, { recursive: true, force: true });
    }
    throw replaceError(error, failed, undone ? null : previous);
  }
  rmSync(staging, { recursive: true, force: true });
  rmSync(previous, { recursive: true, force: true });
}
