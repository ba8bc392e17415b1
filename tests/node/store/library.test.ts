import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SkyError } from '../../../electron/core/errors';
import {
  BACKUP_INTERVAL_MS,
  BACKUPS_KEPT,
  backupsIn,
  LibraryFolder,
} from '../../../electron/node/store/library';
import { tempDir } from '../../fixtures/cli';
import { exampleText, openTestLibrary } from '../../fixtures/library';

async function rejection(promise: Promise<unknown>): Promise<SkyError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SkyError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('backup and restore', () => {
  it('round-trips: a backup restored brings back exactly what was saved', async () => {
    const { folder, store } = openTestLibrary();
    const matter = store.createMatter({
      name: 'Før backup',
      customer: null,
      reference: null,
      tags: [],
    });
    const { case: c } = store.createCase(matter.id, exampleText(), 'v1');
    const file = join(tempDir(), 'kopi.sqlite');
    const backup = await folder.backup(file);
    expect(backup.path).toBe(file);
    store.saveVersion(c.id, exampleText(), 'etter backup');
    store.createMatter({ name: 'Etter backup', customer: null, reference: null, tags: [] });

    const { safetyCopy } = await folder.restore(file);
    expect(
      folder.store.listMatters({ page: 1, pageSize: 10, status: null }).items.map((m) => m.name),
    ).toEqual(['Før backup']);
    expect(folder.store.history(c.id).versions.map((v) => v.label)).toEqual(['v1']);
    expect(folder.store.search('Bærum', 5).length).toBeGreaterThan(0);
    expect(existsSync(safetyCopy)).toBe(true);
    const safety = new Database(safetyCopy, { readonly: true });
    expect(safety.prepare('SELECT count(*) AS n FROM matters').get()).toEqual({ n: 2 });
    safety.close();
  });

  it('keeps the newest scheduled backups in the data folder', async () => {
    const { folder, clock, dataDir } = openTestLibrary();
    for (let i = 0; i < BACKUPS_KEPT + 3; i++) {
      clock.advance(3_600_000);
      await folder.backup(null);
    }
    const kept = backupsIn(dataDir);
    expect(kept).toHaveLength(BACKUPS_KEPT);
    expect(kept[0]).toMatch(/skyavtale-20261124-230000\.sqlite$/);
    expect(kept.at(-1)).toMatch(/skyavtale-20261124-140000\.sqlite$/);
  });

  it('makes the scheduled backup once per interval', async () => {
    const { folder, clock, dataDir } = openTestLibrary();
    expect((await folder.backupIfDue())?.path).toMatch(/skyavtale-20261124-100000\.sqlite$/);
    clock.advance(BACKUP_INTERVAL_MS - 1000);
    expect(await folder.backupIfDue()).toBeNull();
    clock.advance(1000);
    expect((await folder.backupIfDue())?.path).toMatch(/skyavtale-20261125-100000\.sqlite$/);
    expect(backupsIn(dataDir)).toHaveLength(2);
    // Each backup is one self-contained file: checking it leaves no journal files behind.
    expect(readdirSync(join(dataDir, 'backups'))).toHaveLength(2);
  });

  it('refuses to restore from a file that is not a backup, and changes nothing', async () => {
    const { folder, store } = openTestLibrary();
    store.createMatter({ name: 'Behold meg', customer: null, reference: null, tags: [] });
    const text = join(tempDir(), 'notat.sqlite');
    writeFileSync(text, 'ikke en database');
    expect((await rejection(folder.restore(text))).code).toBe('store.not-backup');
    const foreign = join(tempDir(), 'annen.sqlite');
    const other = new Database(foreign);
    other.exec('CREATE TABLE t (x)');
    other.close();
    const error = await rejection(folder.restore(foreign));
    expect(error.code).toBe('store.not-backup');
    expect(error.describe('nb')).toContain(foreign);
    expect(
      folder.store.listMatters({ page: 1, pageSize: 5, status: null }).items.map((m) => m.name),
    ).toEqual(['Behold meg']);
  });

  it('offers the latest backup when the database file is broken', async () => {
    const { folder, dataDir } = openTestLibrary();
    const { path } = await folder.backup(null);
    folder.close();
    writeFileSync(folder.file, 'knust');
    let message = '';
    try {
      LibraryFolder.open(dataDir, { now: () => new Date(), author: () => 'x' });
    } catch (error) {
      message = (error as SkyError).describe('nb');
    }
    expect(message).toContain(folder.file);
    expect(message).toContain(`Siste sikkerhetskopi: ${path}`);
  });
});
