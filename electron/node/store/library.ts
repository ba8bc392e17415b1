import { copyFileSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { SkyError } from '../../core/errors';
import { APPLICATION_ID, closeDatabase, connect, openDatabase, storeError } from './database';
import { LibraryStore, type StoreContext } from './library-store';
import { MIGRATIONS } from './migrations';

export const DATABASE_NAME = 'skyavtale.sqlite';
const BACKUP_FOLDER = 'backups';
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
      .filter((name) => name.endsWith('.sqlite'))
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

/**
 * The library in a data folder: opens the database (naming the latest backup when the file is
 * broken), and makes and restores backups.
 */
export class LibraryFolder {
  private current: LibraryStore;

  private constructor(
    readonly dataDir: string,
    private readonly context: StoreContext,
  ) {
    this.current = this.open();
  }

  static open(dataDir: string, context: StoreContext): LibraryFolder {
    try {
      mkdirSync(dataDir, { recursive: true });
    } catch (error) {
      throw storeError(error, dataDir);
    }
    return new LibraryFolder(resolve(dataDir), context);
  }

  get file(): string {
    return join(this.dataDir, DATABASE_NAME);
  }

  get store(): LibraryStore {
    return this.current;
  }

  private open(): LibraryStore {
    try {
      return new LibraryStore(openDatabase(this.file), this.file, this.context);
    } catch (error) {
      const latest = backupsIn(this.dataDir)[0];
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
   * Replaces the library with a backup after checking it. The current database is first backed
   * up into the data folder, so a restore can itself be undone.
   */
  async restore(file: string): Promise<{ restored: string; safetyCopy: string }> {
    const source = resolve(file);
    checkBackup(source);
    const safety = await this.backup(null);
    const incoming = join(this.dataDir, `.restore.${process.pid}.tmp`);
    try {
      copyFileSync(source, incoming);
      closeDatabase(this.current.db);
      for (const suffix of ['-wal', '-shm']) rmSync(this.file + suffix, { force: true });
      renameSync(incoming, this.file);
    } catch (error) {
      rmSync(incoming, { force: true });
      this.current = this.open();
      throw storeError(error, this.file);
    }
    this.current = this.open();
    return { restored: source, safetyCopy: safety.path };
  }

  close(): void {
    closeDatabase(this.current.db);
  }
}
