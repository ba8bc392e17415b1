import { spawnSync } from 'node:child_process';
import { existsSync, openSync, readFileSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SkyError } from '../../../electron/core/errors';
import { LibraryFolder } from '../../../electron/node/store/library';
import { cli, tempDir } from '../../fixtures/cli';
import { exampleText, testClock } from '../../fixtures/library';

const CLI = join(process.cwd(), 'dist', 'cli.cjs');
const WEB = { program: 'Skyavtale (nettlesermodus)', backgroundCheck: false };

/** The command line as a process of its own, as a user runs it beside the app. */
function otherProcess(...argv: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...argv], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function openLibrary(dataDir = tempDir('skyavtale-lock-'), clock = testClock()) {
  const folder = LibraryFolder.open(dataDir, { now: clock.now, author: () => 'Kari' }, WEB);
  return { folder, dataDir, clock };
}

function matterNames(folder: LibraryFolder): string[] {
  return folder.store.listMatters({ page: 1, pageSize: 50, status: null }).items.map((m) => m.name);
}

describe('one writer per library', () => {
  it('lets a second process read an open library but not write to it, naming the one that has it', () => {
    const { folder, dataDir } = openLibrary();
    folder.store.createMatter({ name: 'Første', customer: null, reference: null, tags: [] });

    const write = otherProcess('matters', 'create', 'Andre', '--data', dataDir);
    expect(write.code).toBe(1);
    expect(write.stderr).toContain('Skyavtale (nettlesermodus)');
    expect(write.stderr).toContain(`prosess ${process.pid}`);
    expect(write.stderr).toContain(folder.file);

    const read = otherProcess('matters', 'list', '--data', dataDir);
    expect(read.code).toBe(0);
    expect(read.stdout).toContain('Første');
    expect(matterNames(folder)).toEqual(['Første']);
    folder.close();

    // Closed, the library is free for the next writer.
    expect(otherProcess('matters', 'create', 'Andre', '--data', dataDir).code).toBe(0);
  });

  it('refuses a restore while another process has the library, and changes nothing', async () => {
    const { folder, dataDir } = openLibrary();
    const backup = join(tempDir(), 'kopi.sqlite');
    await folder.backup(backup);
    folder.store.createMatter({ name: 'Etter kopien', customer: null, reference: null, tags: [] });

    const restore = otherProcess('restore', backup, '--data', dataDir);
    expect(restore.code).toBe(1);
    expect(restore.stderr).toContain(`prosess ${process.pid}`);
    expect(matterNames(folder)).toEqual(['Etter kopien']);
    folder.close();
  });

  it('takes over a lock left by a process that no longer runs', () => {
    const dataDir = tempDir('skyavtale-lock-');
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(
      join(dataDir, 'skyavtale.sqlite.lock'),
      JSON.stringify({
        pid: gone,
        program: 'Skyavtale',
        host: hostname(),
        since: '2026-11-24T09:00:00.000Z',
      }),
    );
    const { folder } = openLibrary(dataDir);
    expect(folder.readOnly).toBe(false);
    folder.store.createMatter({ name: 'Etter krasjet', customer: null, reference: null, tags: [] });
    expect(JSON.parse(readFileSync(join(dataDir, 'skyavtale.sqlite.lock'), 'utf8'))).toMatchObject({
      pid: process.pid,
    });
    folder.close();
    expect(existsSync(join(dataDir, 'skyavtale.sqlite.lock'))).toBe(false);
  });
});

describe('restore', () => {
  it('restores a damaged library, keeping the damaged file aside', async () => {
    const { folder, dataDir } = openLibrary();
    const matter = folder.store.createMatter({
      name: 'Reddet',
      customer: null,
      reference: null,
      tags: [],
    });
    folder.store.createCase(matter.id, exampleText(), null);
    const backup = join(tempDir(), 'kopi.sqlite');
    await folder.backup(backup);
    folder.close();
    writeFileSync(folder.file, 'SQLite format 3\0 men resten er knust');

    const opened = await cli('matters', 'list', '--data', dataDir);
    expect(opened.code).toBe(1);
    expect(opened.stderr).toMatch(/skyavtale restore|ikke en/);

    const restored = await cli('restore', backup, '--data', dataDir);
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    const safetyCopy = /kopiert til (.+)$/m.exec(restored.stdout)?.[1] ?? '';
    expect(readFileSync(safetyCopy, 'utf8')).toContain('men resten er knust');
    const { folder: again } = openLibrary(dataDir);
    expect(matterNames(again)).toEqual(['Reddet']);
    again.close();
  });

  it('keeps both safety copies of two restores in the same second', async () => {
    const { folder } = openLibrary();
    folder.store.createMatter({ name: 'Original', customer: null, reference: null, tags: [] });
    const backup = join(tempDir(), 'tom.sqlite');
    await folder.backup(backup);
    folder.store.createMatter({ name: 'Nummer to', customer: null, reference: null, tags: [] });

    // The test clock stands still: both restores happen in the same second.
    const first = await folder.restore(backup);
    const second = await folder.restore(backup);
    expect(first.safetyCopy).not.toBe(second.safetyCopy);
    // The first holds the library before any restore, the second the one after the first.
    const matters = (file: string) => {
      const db = new Database(file, { readonly: true });
      const rows = db.prepare('SELECT name FROM matters ORDER BY id').all() as { name: string }[];
      db.close();
      return rows.map((r) => r.name);
    };
    expect(matters(first.safetyCopy)).toEqual(['Original', 'Nummer to']);
    expect(matters(second.safetyCopy)).toEqual(['Original']);
    folder.close();
  });
});

describe('background check of a large library', () => {
  it('finds damage after opening, tells the app and refuses saves', async () => {
    const dataDir = tempDir('skyavtale-large-');
    const { folder } = openLibrary(dataDir);
    // Over the size that is trusted when it was closed cleanly.
    folder.store.setSetting('padding', 'x'.repeat(13 * 1024 * 1024));
    folder.store.createMatter({ name: 'Stor', customer: null, reference: null, tags: [] });
    folder.close();
    const fd = openSync(folder.file, 'r+');
    writeSync(fd, Buffer.alloc(256 * 1024, 0xff), 0, 256 * 1024, 6 * 1024 * 1024);
    closeSync(fd);

    const opened = LibraryFolder.open(
      dataDir,
      { now: () => new Date(), author: () => 'Kari' },
      { program: 'Skyavtale', backgroundCheck: true },
    );
    expect(opened.status().integrity).toBe('checking');
    await expect.poll(() => opened.status().integrity, { timeout: 20_000 }).toBe('damaged');
    expect(opened.status().problem?.code).toBe('store.corrupt');
    let refused: unknown = null;
    try {
      opened.store.createMatter({ name: 'Ny', customer: null, reference: null, tags: [] });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(SkyError);
    expect((refused as SkyError).code).toBe('store.corrupt');
    opened.close();
  });
});
