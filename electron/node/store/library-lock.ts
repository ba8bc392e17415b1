import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { SkyError } from '../../core/errors';
import { LockHolderSchema, type LockHolder } from '../../shared/library-api';
import { isRunning } from './database';

// A process may open the same library more than once (the app and a restore in it); it holds
// the lock once, counted.
const heldHere = new Map<string, number>();

function holderOf(lockFile: string): LockHolder | null {
  try {
    const parsed = LockHolderSchema.safeParse(JSON.parse(readFileSync(lockFile, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Whether the holder named in a lock file still has the library open. */
function stillHolds(holder: LockHolder | null): holder is LockHolder {
  if (!holder) return false;
  // Another machine (a shared folder) cannot be asked; its lock stands until it lets go.
  if (holder.host !== hostname()) return true;
  // This process's own pid without a count here is a lock left by an earlier life of the pid.
  return isRunning(holder.pid) && holder.pid !== process.pid;
}

/** The message when another process has the library: it names that process and what to do. */
export function inUseError(holder: LockHolder, file: string): SkyError {
  const who = `${holder.program}, prosess ${holder.pid} på ${holder.host}, åpnet ${holder.since}`;
  const whoEn = `${holder.program}, process ${holder.pid} on ${holder.host}, opened ${holder.since}`;
  return new SkyError(
    'store.in-use',
    {
      nb: `biblioteket er åpent for endringer i et annet program (${who}); lukk det og prøv igjen`,
      nn: `biblioteket er ope for endringar i eit anna program (${who}); lukk det og prøv igjen`,
      en: `the library is open for changes in another program (${whoEn}); close it and try again`,
    },
    file,
  );
}

/**
 * The one-writer lock of a library: `skyavtale.sqlite.lock` beside the database, made whole in
 * one step (written aside and linked into place, which fails if it exists), naming its holder. A
 * lock whose process no longer runs on this machine is taken over.
 */
export type { LockHolder };

export class LibraryLock {
  private released = false;

  private constructor(readonly lockFile: string) {}

  /** Takes the lock, or answers who has it. */
  static acquire(
    databaseFile: string,
    program: string,
    now: Date,
  ): { lock: LibraryLock } | { heldBy: LockHolder } {
    const lockFile = `${databaseFile}.lock`;
    const count = heldHere.get(lockFile);
    if (count !== undefined) {
      heldHere.set(lockFile, count + 1);
      return { lock: new LibraryLock(lockFile) };
    }
    const me: LockHolder = {
      pid: process.pid,
      program,
      host: hostname(),
      since: now.toISOString(),
    };
    const aside = `${lockFile}.${process.pid}.tmp`;
    writeFileSync(aside, `${JSON.stringify(me)}\n`);
    try {
      for (let attempt = 0; attempt < 3; attempt += 1) {
        try {
          linkSync(aside, lockFile);
          heldHere.set(lockFile, 1);
          return { lock: new LibraryLock(lockFile) };
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        }
        const holder = holderOf(lockFile);
        if (stillHolds(holder)) return { heldBy: holder };
        rmSync(lockFile, { force: true });
      }
      const holder = holderOf(lockFile);
      if (holder) return { heldBy: holder };
      throw new Error(`cannot take ${lockFile}`);
    } finally {
      rmSync(aside, { force: true });
    }
  }

  /** Who holds the lock of a library now, if anyone else does. */
  static holder(databaseFile: string): LockHolder | null {
    const lockFile = `${databaseFile}.lock`;
    if (heldHere.has(lockFile)) return null;
    const holder = holderOf(lockFile);
    return stillHolds(holder) ? holder : null;
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    const count = heldHere.get(this.lockFile) ?? 1;
    if (count > 1) {
      heldHere.set(this.lockFile, count - 1);
      return;
    }
    heldHere.delete(this.lockFile);
    rmSync(this.lockFile, { force: true });
  }
}
