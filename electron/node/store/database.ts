import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import type Database from 'better-sqlite3';
import { SkyError } from '../../core/errors';
import { MIGRATIONS } from './migrations';

/** Marks a database file as Skyavtale's ("Skya"), so a restore can tell ours from others. */
export const APPLICATION_ID = 0x536b7961;

const SQLITE_HEADER = 'SQLite format 3\0';

export interface OpenOptions {
  /** How long a write waits for another process's lock before giving up. */
  busyTimeoutMs?: number;
  readonly?: boolean;
  /** Files up to this size get a full page check on every open; see `needsFullCheck`. */
  fullCheckBelowBytes?: number;
}

/** About 40 ms of `quick_check` on a 2-core machine (it reads 3–4 ms per MB). */
export const FULL_CHECK_BELOW_BYTES = 12 * 1024 * 1024;

// Each connection that has the library open for writing leaves a mark beside it until it closes
// the file; a mark whose process no longer runs, or a write-ahead log with no running process
// behind it, means the last session ended without closing (a crash, a kill, a power cut).
let connections = 0;
const markOf = new WeakMap<Database.Database, string>();

/** `skyavtale.sqlite.open-PID-N`: one mark per connection, as a process may open the file twice. */
function newSessionMark(file: string): string {
  connections += 1;
  return `${file}.open-${process.pid}-${connections}`;
}

/** Whether a process of this machine still runs (EPERM: it runs, as another user). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sessionMarks(file: string): { live: string[]; stale: string[] } {
  const prefix = `${basename(file)}.open-`;
  let names: string[];
  try {
    names = readdirSync(dirname(file)).filter((n) => n.startsWith(prefix));
  } catch {
    names = [];
  }
  const found = { live: [] as string[], stale: [] as string[] };
  for (const name of names) {
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    (Number.isInteger(pid) && pid > 0 && isRunning(pid) ? found.live : found.stale).push(
      join(dirname(file), name),
    );
  }
  return found;
}

/**
 * Whether opening must read every page (`quick_check`, seconds on a large library) or may trust
 * the file: a small file is always checked; a large one when the last session did not close
 * cleanly. Large files that were closed cleanly are checked every day instead, by the scheduled
 * backup, whose copy is checked page by page before it is kept.
 */
export function needsFullCheck(file: string, belowBytes: number): boolean {
  try {
    if (statSync(file).size < belowBytes) return true;
  } catch {
    return true;
  }
  const marks = sessionMarks(file);
  return marks.stale.length > 0 || (marks.live.length === 0 && existsSync(`${file}-wal`));
}

/** Closes a database opened for writing, and takes away this process's mark. */
export function closeDatabase(db: Database.Database): void {
  db.close();
  const mark = markOf.get(db);
  if (mark) rmSync(mark, { force: true });
}

function headerOf(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(16);
    const read = readSync(fd, buffer, 0, 16, 0);
    return buffer.subarray(0, read).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

// Libraries opened read-only on purpose (another process writes to them, or the background check
// found them damaged), with the reason a write is refused.
const writeRefusals = new Map<string, SkyError>();

/** From now on a write to `file` fails with `reason` instead of a bare «read-only». */
export function refuseWritesTo(file: string, reason: SkyError): void {
  writeRefusals.set(file, reason);
}

export function allowWritesTo(file: string): void {
  writeRefusals.delete(file);
}

/** Turns an SQLite or file-system failure into a message that names the file and the cause. */
export function storeError(error: unknown, file: string): SkyError {
  if (error instanceof SkyError) return error;
  const code = (error as { code?: string }).code ?? '';
  const refusal = code.startsWith('SQLITE_READONLY') ? writeRefusals.get(file) : undefined;
  if (refusal) return refusal;
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new SkyError(
      'store.locked',
      {
        nb: 'databasen er låst av et annet program; kjører Skyavtale allerede i et annet vindu?',
        nn: 'databasen er låst av eit anna program; køyrer Skyavtale alt i eit anna vindauge?',
        en: 'the database is locked by another program; is Skyavtale already running?',
      },
      file,
    );
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return new SkyError(
      'store.disk-full',
      {
        nb: 'disken er full; endringen er ikke lagret, og forrige versjon er uendret',
        nn: 'disken er full; endringa er ikkje lagra, og førre versjon er uendra',
        en: 'the disk is full; the change was not saved and the previous version is intact',
      },
      file,
    );
  }
  if (
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_CANTOPEN') ||
    code === 'EACCES' ||
    code === 'EROFS'
  ) {
    return new SkyError(
      'store.unwritable',
      {
        nb: 'databasefilen eller mappen kan ikke skrives til; endringen er ikke lagret',
        nn: 'databasefila eller mappa kan ikkje skrivast til; endringa er ikkje lagra',
        en: 'the database file or its folder cannot be written; the change was not saved',
      },
      file,
    );
  }
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return corrupt(file, code);
  return new SkyError(
    'store.failed',
    {
      nb: `databasen svarte med en feil (${code || String(error)})`,
      en: `the database reported an error (${code || String(error)})`,
    },
    file,
  );
}

/** The message for a damaged library file, with what to do about it. */
export function corrupt(file: string, detail: string): SkyError {
  return new SkyError(
    'store.corrupt',
    {
      nb: `databasefilen er skadet (${detail}); gjenopprett fra siste sikkerhetskopi med «skyavtale restore»`,
      nn: `databasefila er skadd (${detail}); gjenopprett frå siste tryggingskopi med «skyavtale restore»`,
      en: `the database file is damaged (${detail}); restore the latest backup with «skyavtale restore»`,
    },
    file,
  );
}

/** Checks that a file is an intact SQLite database before anything is written to it. */
function checkFile(file: string): void {
  if (!existsSync(file)) return;
  const header = headerOf(file);
  if (header.length === 0) return;
  if (header !== SQLITE_HEADER) {
    throw new SkyError(
      'store.not-sqlite',
      {
        nb: 'filen er ikke en Skyavtale-database (den er ikke en SQLite-fil)',
        nn: 'fila er ikkje ein Skyavtale-database (ho er ikkje ei SQLite-fil)',
        en: 'the file is not a Skyavtale database (it is not an SQLite file)',
      },
      file,
    );
  }
}

// Loaded with the first connection: a command that opens no library (generate, validate) does not
// load SQLite.
let sqlite: typeof Database | undefined;

/** A raw connection, with the native build the process needs. */
export function connect(file: string, options: Database.Options = {}): Database.Database {
  sqlite ??= createRequire(import.meta.url)('better-sqlite3') as typeof Database;
  return new sqlite(file, {
    ...options,
    // The desktop app runs on Electron's ABI, with a build of its own (build/electron-setup.mjs).
    ...(process.env.SKYAVTALE_SQLITE_BINDING && {
      nativeBinding: process.env.SKYAVTALE_SQLITE_BINDING,
    }),
  });
}

/** Runs the migrations the file has not had yet, each in its own transaction. */
export function migrate(db: Database.Database, file: string): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new SkyError(
      'store.newer',
      {
        nb: `databasen er laget av en nyere Skyavtale (skjema ${current}, denne versjonen kjenner ${MIGRATIONS.length}); oppdater programmet`,
        nn: `databasen er laga av ein nyare Skyavtale (skjema ${current}, denne versjonen kjenner ${MIGRATIONS.length}); oppdater programmet`,
        en: `the database was made by a newer Skyavtale (schema ${current}, this version knows ${MIGRATIONS.length}); update the app`,
      },
      file,
    );
  }
  MIGRATIONS.slice(current).forEach((sql, index) => {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${current + index + 1}`);
    })();
  });
  if (current === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
}

/**
 * Opens (or creates) a library database: checks that it is intact, turns on WAL and foreign
 * keys, and brings its schema up to date. Every failure names the file and what to do.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Database.Database {
  checkFile(file);
  // Decided before opening: reading a WAL database creates its log file.
  const fullCheck = needsFullCheck(file, options.fullCheckBelowBytes ?? FULL_CHECK_BELOW_BYTES);
  let db: Database.Database | undefined;
  try {
    db = connect(file, {
      readonly: options.readonly ?? false,
      fileMustExist: options.readonly ?? false,
      timeout: options.busyTimeoutMs ?? 5000,
    });
    if (fullCheck) {
      const check = db.pragma('quick_check', { simple: true }) as string;
      if (check !== 'ok') throw corrupt(file, check);
      if (!options.readonly) for (const stale of sessionMarks(file).stale) rmSync(stale);
    }
    const id = db.pragma('application_id', { simple: true }) as number;
    if (id !== 0 && id !== APPLICATION_ID) {
      throw new SkyError(
        'store.foreign',
        {
          nb: 'filen er en SQLite-database fra et annet program, ikke fra Skyavtale',
          nn: 'fila er ein SQLite-database frå eit anna program, ikkje frå Skyavtale',
          en: 'the file is an SQLite database from another program, not from Skyavtale',
        },
        file,
      );
    }
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      migrate(db, file);
      const mark = newSessionMark(file);
      writeFileSync(mark, '');
      markOf.set(db, mark);
    }
    return db;
  } catch (error) {
    db?.close();
    throw storeError(error, file);
  }
}
