import {
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { SkyError } from '../../core/errors';
import {
  allowWritesTo,
  APPLICATION_ID,
  closeDatabase,
  connect,
  corrupt,
  FULL_CHECK_BELOW_BYTES,
  needsFullCheck,
  openDatabase,
  refuseWritesTo,
  storeError,
} from './database';
import { checkPagesInBackground } from './integrity-check';
import { inUseError, LibraryLock, type LockHolder } from './library-lock';
import { LibraryStore, type StoreContext } from './library-store';
import { MIGRATIONS } from './migrations';

export const DATABASE_NAME = 'skyavtale.sqlite';
const BACKUP_FOLDER = 'backups';
/** Copies of the library as it was before a restore: kept apart, never rotated or replaced. */
const SAFETY_FOLDER = join(BACKUP_FOLDER, 'before-restore');
const SCHEDULED_BACKUP = /^skyavtale-\d{8}-\d{6}\.sqlite$/;
/** How many scheduled backups are kept in the data folder. */
export const BACKUPS_KEPT = 10;

/** How often the data folder gets a scheduled backup: on opening, once a day. */
export const BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
}

/** The time in a scheduled backup's name (`skyavtale-20261125-081500.sqlite`), or null. */
function stampTime(file: string): number | null {
  const m = /skyavtale-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})\.sqlite$/.exec(file);
  return m ? Date.parse(`${m.slice(1, 4).join('-')}T${m.slice(4).join(':')}Z`) : null;
}

/** The scheduled backups in a data folder, newest first. */
export function backupsIn(dataDir: string): string[] {
  const folder = join(dataDir, BACKUP_FOLDER);
  try {
    return readdirSync(folder)
      .filter((name) => SCHEDULED_BACKUP.test(name))
      .sort()
      .reverse()
      .map((name) => join(folder, name));
  } catch {
    return [];
  }
}

/** Checks that a file is a Skyavtale backup this version can read, without changing it. */
export function checkBackup(file: string): void {
  let db;
  try {
    db = openDatabase(file, { readonly: true, fullCheckBelowBytes: Infinity });
  } catch (error) {
    const reason =
      error instanceof SkyError ? error.text : { nb: String(error), en: String(error) };
    throw new SkyError(
      'store.not-backup',
      {
        nb: `filen kan ikke brukes som sikkerhetskopi: ${reason.nb}`,
        nn: `fila kan ikkje nyttast som tryggingskopi: ${reason.nn ?? reason.nb}`,
        en: `the file cannot be used as a backup: ${reason.en}`,
      },
      file,
    );
  }
  try {
    const id = db.pragma('application_id', { simple: true }) as number;
    const schema = db.pragma('user_version', { simple: true }) as number;
    if (id !== APPLICATION_ID || schema === 0) {
      throw new SkyError(
        'store.not-backup',
        {
          nb: 'filen er ikke en sikkerhetskopi fra Skyavtale',
          nn: 'fila er ikkje ein tryggingskopi frå Skyavtale',
          en: 'the file is not a Skyavtale backup',
        },
        file,
      );
    }
    if (schema > MIGRATIONS.length) {
      throw new SkyError(
        'store.newer',
        {
          nb: 'sikkerhetskopien er laget av en nyere Skyavtale; oppdater programmet først',
          nn: 'tryggingskopien er laga av ein nyare Skyavtale; oppdater programmet først',
          en: 'the backup was made by a newer Skyavtale; update the app first',
        },
        file,
      );
    }
  } finally {
    db.close();
  }
}

/** A unique name in `folder` for a copy made at `date`: a second copy in the same second gets -2. */
function freshName(folder: string, date: Date): string {
  const base = join(folder, `skyavtale-${stamp(date)}`);
  let name = `${base}.sqlite`;
  for (let n = 2; existsSync(name); n += 1) name = `${base}-${n}.sqlite`;
  return name;
}

/** Copies a database file as it is, with its log, to a name no other copy has. */
function copyAside(file: string, copy: string): void {
  try {
    mkdirSync(dirname(copy), { recursive: true });
    if (existsSync(file)) copyFileSync(file, copy, constants.COPYFILE_EXCL);
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
  } catch (error) {
    throw storeError(error, copy);
  }
}

/** Puts a checked backup in place of the database file; the old log files go with the old file. */
function replaceDatabase(source: string, target: string): void {
  const incoming = join(dirname(target), `.restore.${process.pid}.tmp`);
  try {
    copyFileSync(source, incoming);
    for (const suffix of ['-wal', '-shm']) rmSync(target + suffix, { force: true });
    renameSync(incoming, target);
  } catch (error) {
    rmSync(incoming, { force: true });
    throw storeError(error, target);
  }
}

/** Who opens a library, and in words, for the lock another process reads. */
export interface LibraryAccess {
  /** «Skyavtale (skrivebord)», «Skyavtale (nettlesermodus)», «skyavtale-kommandoen». */
  program: string;
  /** Check a large library page by page in a worker thread after it opens (the app: yes). */
  backgroundCheck: boolean;
}

const DEFAULT_ACCESS: LibraryAccess = { program: 'Skyavtale', backgroundCheck: false };

/** What the app shows about the library: read-only because of another process, or damaged. */
export interface LibraryStatus {
  file: string;
  heldBy: LockHolder | null;
  integrity: 'ok' | 'checking' | 'damaged';
  /** In words, when the user must know: who has the library, or what is damaged. */
  problem: SkyError | null;
}

/**
 * The library in a data folder. One process writes to it at a time (the lock beside it); a
 * second opens it read-only, and every write it tries says which process has the library. It
 * opens the database (naming the latest backup when the file is broken), checks large files in
 * the background, and makes and restores backups.
 */
export class LibraryFolder {
  private current: LibraryStore;
  private lock: LibraryLock | null = null;
  private heldBy: LockHolder | null = null;
  private integrity: LibraryStatus['integrity'] = 'ok';
  private damage: SkyError | null = null;

  private constructor(
    readonly dataDir: string,
    private readonly context: StoreContext,
    private readonly access: LibraryAccess,
  ) {
    const taken = LibraryLock.acquire(this.file, access.program, context.now());
    if ('lock' in taken) this.lock = taken.lock;
    else this.heldBy = taken.heldBy;
    try {
      this.current = this.open();
    } catch (error) {
      this.lock?.release();
      throw error;
    }
  }

  static open(
    dataDir: string,
    context: StoreContext,
    access: LibraryAccess = DEFAULT_ACCESS,
  ): LibraryFolder {
    try {
      mkdirSync(dataDir, { recursive: true });
    } catch (error) {
      throw storeError(error, dataDir);
    }
    return new LibraryFolder(resolve(dataDir), context, access);
  }

  get file(): string {
    return join(this.dataDir, DATABASE_NAME);
  }

  get store(): LibraryStore {
    return this.current;
  }

  /** Whether another process has the library, so this one only reads it. */
  get readOnly(): boolean {
    return this.heldBy !== null || this.damage !== null;
  }

  status(): LibraryStatus {
    return {
      file: this.file,
      heldBy: this.heldBy,
      integrity: this.integrity,
      problem: this.damage ?? (this.heldBy ? inUseError(this.heldBy, this.file) : null),
    };
  }

  private open(): LibraryStore {
    if (this.heldBy) {
      refuseWritesTo(this.file, inUseError(this.heldBy, this.file));
      return new LibraryStore(openDatabase(this.file, { readonly: true }), this.file, this.context);
    }
    allowWritesTo(this.file);
    // Decided before opening, as openDatabase does: a large file closed cleanly is trusted then.
    const checkLater =
      this.access.backgroundCheck && !needsFullCheck(this.file, FULL_CHECK_BELOW_BYTES);
    const store = LibraryFolder.openStore(this.file, this.dataDir, this.context);
    if (checkLater) this.checkInBackground(store);
    return store;
  }

  private static openStore(file: string, dataDir: string, context: StoreContext): LibraryStore {
    try {
      return new LibraryStore(openDatabase(file), file, context);
    } catch (error) {
      const latest = backupsIn(dataDir)[0];
      if (
        error instanceof SkyError &&
        latest &&
        ['store.corrupt', 'store.not-sqlite', 'store.foreign'].includes(error.code)
      ) {
        throw new SkyError(
          error.code,
          {
            nb: `${error.text.nb}. Siste sikkerhetskopi: ${latest}`,
            nn: `${error.text.nn ?? error.text.nb}. Siste tryggingskopi: ${latest}`,
            en: `${error.text.en}. Latest backup: ${latest}`,
          },
          error.where,
        );
      }
      throw error;
    }
  }

  /**
   * Reads every page of a large library in a worker thread; a damaged file is then opened
   * read-only, so no save goes into it, and the status names the damage.
   */
  private checkInBackground(store: LibraryStore): void {
    this.integrity = 'checking';
    void checkPagesInBackground(this.file).then((result) => {
      if (this.current !== store) return;
      if (result === 'ok') {
        this.integrity = 'ok';
        return;
      }
      this.integrity = 'damaged';
      this.damage = corrupt(this.file, result);
      refuseWritesTo(this.file, this.damage);
      // Reading goes on, so the user can still see and back up what is there.
      store.db.pragma('query_only = ON');
    });
  }

  /**
   * A consistent online copy of the database (SQLite's backup API) to `file`, or to the data
   * folder's backups when no file is given (keeping the newest BACKUPS_KEPT). Written beside the
   * target first and renamed into place, so a failed backup never replaces a good one.
   */
  async backup(file: string | null): Promise<{ path: string; size: number }> {
    const target = resolve(
      file ?? join(this.dataDir, BACKUP_FOLDER, `skyavtale-${stamp(this.context.now())}.sqlite`),
    );
    const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
    try {
      mkdirSync(dirname(target), { recursive: true });
      await this.current.db.backup(temporary);
      // A copy in rollback-journal mode is one self-contained file: opening it to check it
      // leaves no -wal/-shm companions behind.
      const copy = connect(temporary);
      copy.pragma('journal_mode = DELETE');
      copy.close();
      checkBackup(temporary);
      renameSync(temporary, target);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw storeError(error, target);
    }
    if (file === null) for (const old of backupsIn(this.dataDir).slice(BACKUPS_KEPT)) rmSync(old);
    return { path: target, size: statSync(target).size };
  }

  /** Makes a scheduled backup when the newest one is older than BACKUP_INTERVAL_MS (or missing). */
  async backupIfDue(): Promise<{ path: string; size: number } | null> {
    const newest = backupsIn(this.dataDir)[0];
    const time = newest ? stampTime(newest) : null;
    if (time !== null && this.context.now().getTime() - time < BACKUP_INTERVAL_MS) return null;
    return this.backup(null);
  }

  /**
   * Replaces the library with a backup after checking it. The current database is first copied
   * into its own file in `backups/before-restore/`, so a restore can itself be undone.
   */
  async restore(file: string): Promise<{ restored: string; safetyCopy: string }> {
    if (this.heldBy) throw inUseError(this.heldBy, this.file);
    const source = resolve(file);
    checkBackup(source);
    const safetyCopy = freshName(join(this.dataDir, SAFETY_FOLDER), this.context.now());
    try {
      await this.backup(safetyCopy);
      closeDatabase(this.current.db);
    } catch {
      // A damaged library cannot be read whole through SQLite: it is copied aside as it is.
      closeDatabase(this.current.db);
      copyAside(this.file, safetyCopy);
    }
    try {
      replaceDatabase(source, this.file);
    } finally {
      this.damage = null;
      this.integrity = 'ok';
      this.current = this.open();
    }
    return { restored: source, safetyCopy };
  }

  /**
   * Restores a library that is not open in this process, which is what a damaged library needs:
   * its file is not opened at all, only copied aside as it is (with its log) before the backup
   * replaces it. Refused while another process has the library.
   */
  static restoreInto(
    dataDir: string,
    file: string,
    context: StoreContext,
    access: LibraryAccess = DEFAULT_ACCESS,
  ): { restored: string; safetyCopy: string } {
    const target = join(resolve(dataDir), DATABASE_NAME);
    const source = resolve(file);
    checkBackup(source);
    const taken = LibraryLock.acquire(target, access.program, context.now());
    if ('heldBy' in taken) throw inUseError(taken.heldBy, target);
    try {
      const safetyCopy = freshName(join(resolve(dataDir), SAFETY_FOLDER), context.now());
      copyAside(target, safetyCopy);
      replaceDatabase(source, target);
      return { restored: source, safetyCopy };
    } finally {
      taken.lock.release();
    }
  }

  close(): void {
    closeDatabase(this.current.db);
    this.lock?.release();
  }
}
