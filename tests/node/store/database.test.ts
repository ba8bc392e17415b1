import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SkyError } from '../../../electron/core/errors';
import {
  FULL_CHECK_BELOW_BYTES,
  needsFullCheck,
  openDatabase,
} from '../../../electron/node/store/database';
import { LibraryFolder } from '../../../electron/node/store/library';
import { MIGRATIONS } from '../../../electron/node/store/migrations';
import { tempDir } from '../../fixtures/cli';
import { exampleText, openTestLibrary } from '../../fixtures/library';

function codeOf(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (error instanceof SkyError) return `${error.code} @ ${error.where ?? ''}`;
    throw error;
  }
  return 'no error';
}

describe('opening the database', () => {
  it('creates a new file in WAL mode with foreign keys on and the schema up to date', () => {
    const file = join(tempDir(), 'new.sqlite');
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
  });

  it('refuses a file that is not SQLite, naming it', () => {
    const file = join(tempDir(), 'notes.sqlite');
    writeFileSync(file, 'these are my notes, not a database');
    expect(codeOf(() => openDatabase(file))).toBe(`store.not-sqlite @ ${file}`);
  });

  it('refuses a damaged database, naming the file and the way out', () => {
    const { folder, store } = openTestLibrary();
    const matter = store.createMatter({
      name: 'Skadet',
      customer: null,
      reference: null,
      tags: [],
    });
    for (let i = 0; i < 30; i++) store.createCase(matter.id, exampleText(), null);
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    folder.close();
    const bytes = readFileSync(folder.file);
    bytes.fill(0x5a, 4096 * 2, bytes.length - 4096);
    writeFileSync(folder.file, bytes);
    let error: unknown;
    try {
      openDatabase(folder.file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SkyError);
    expect((error as SkyError).code).toBe('store.corrupt');
    expect((error as SkyError).describe('nb')).toMatch(/skyavtale restore/);
  });

  it('reads every page of a large file only after an unclean shutdown, and always of a small one', () => {
    const { folder, store } = openTestLibrary();
    const matter = store.createMatter({ name: 'Stor', customer: null, reference: null, tags: [] });
    for (let i = 0; i < 30; i++) store.createCase(matter.id, exampleText(), null);
    folder.close();
    expect(existsSync(`${folder.file}-wal`)).toBe(false);
    expect(needsFullCheck(folder.file, FULL_CHECK_BELOW_BYTES)).toBe(true);
    expect(needsFullCheck(folder.file, 0)).toBe(false);
    const bytes = readFileSync(folder.file);
    bytes.fill(0x5a, 4096 * 2, bytes.length - 4096);
    writeFileSync(folder.file, bytes);
    // Treated as large and closed cleanly: opened without reading every page.
    openDatabase(folder.file, { fullCheckBelowBytes: 0, readonly: true }).close();
    // Another running session's log and mark: the file is in use, not abandoned.
    writeFileSync(`${folder.file}-wal`, '');
    writeFileSync(`${folder.file}.open-${process.pid}-1`, '');
    expect(needsFullCheck(folder.file, 0)).toBe(false);
    // A mark left by a process that no longer runs: the last session did not close.
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    rmSync(`${folder.file}.open-${process.pid}-1`);
    writeFileSync(`${folder.file}.open-${gone}-1`, '');
    expect(needsFullCheck(folder.file, 0)).toBe(true);
    // A log with no running session behind it means the same.
    rmSync(`${folder.file}.open-${gone}-1`);
    expect(needsFullCheck(folder.file, 0)).toBe(true);
    expect(() => openDatabase(folder.file, { fullCheckBelowBytes: 0 })).toThrow(
      expect.objectContaining({ code: 'store.corrupt' }),
    );
  });

  it('trusts a file another connection of the same process still has open', () => {
    const { folder, dataDir } = openTestLibrary();
    const second = LibraryFolder.open(dataDir, { now: () => new Date(), author: () => 'test' });
    second.close();
    expect(existsSync(`${folder.file}-wal`)).toBe(true);
    expect(needsFullCheck(folder.file, 0)).toBe(false);
    folder.close();
    expect(existsSync(`${folder.file}-wal`)).toBe(false);
  });

  it('refuses a database made by a newer version of the app', () => {
    const file = join(tempDir(), 'newer.sqlite');
    openDatabase(file).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    raw.close();
    const message = (() => {
      try {
        openDatabase(file);
      } catch (e) {
        return (e as SkyError).describe('nb');
      }
      return '';
    })();
    expect(message).toContain(file);
    expect(message).toMatch(/nyere Skyavtale/);
  });

  it('refuses an SQLite database of another program', () => {
    const file = join(tempDir(), 'other.sqlite');
    const raw = new Database(file);
    raw.pragma('application_id = 12345');
    raw.exec('CREATE TABLE t (x)');
    raw.close();
    expect(codeOf(() => openDatabase(file))).toBe(`store.foreign @ ${file}`);
  });
});

describe('faults while saving', () => {
  it('says the database is locked when another program holds it, and loses nothing', () => {
    const { folder, store } = openTestLibrary();
    const matter = store.createMatter({ name: 'Låst', customer: null, reference: null, tags: [] });
    store.db.pragma('busy_timeout = 50');
    const other = new Database(folder.file);
    other.exec('BEGIN EXCLUSIVE');
    expect(codeOf(() => store.updateMatter(matter.id, { name: 'Nytt navn' }))).toBe(
      `store.locked @ ${folder.file}`,
    );
    other.exec('ROLLBACK');
    other.close();
    expect(store.getMatter(matter.id).matter.name).toBe('Låst');
  });

  it('says the disk is full and keeps the previous version intact', () => {
    const { store } = openTestLibrary();
    const matter = store.createMatter({
      name: 'Full disk',
      customer: null,
      reference: null,
      tags: [],
    });
    const { case: c } = store.createCase(matter.id, exampleText(), 'første');
    const pages = store.db.pragma('page_count', { simple: true }) as number;
    store.db.pragma(`max_page_count = ${pages}`);
    const big = JSON.stringify({ title: 'Stor', agreement: 'ssa-l', text: 'x'.repeat(200_000) });
    expect(codeOf(() => store.saveVersion(c.id, big, null))).toMatch(/^store\.disk-full/);
    expect(store.history(c.id).versions.map((v) => v.number)).toEqual([1]);
    expect(store.version(c.id, null).caseText).toBe(exampleText());
  });

  it('says the database cannot be written to when it is read-only', () => {
    const { store } = openTestLibrary();
    store.db.pragma('query_only = 1');
    expect(
      codeOf(() => store.createMatter({ name: 'X', customer: null, reference: null, tags: [] })),
    ).toMatch(/^store\.unwritable/);
  });
});
