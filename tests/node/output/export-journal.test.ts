import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/node/backend';
import { exportJournal } from '../../../electron/node/output/export-journal';
import { tempDir } from '../../fixtures/cli';

const DAY = 24 * 60 * 60 * 1000;
const journalOf = (dataDir: string) => join(dataDir, 'exports-under-way');
const gonePid = () => spawnSync(process.execPath, ['-e', '0']).pid;

function contents(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder)
      .sort()
      .map((name) => [name, readFileSync(join(folder, name), 'utf8')]),
  );
}

/**
 * A folder as a process killed half-way through replacing its set leaves it, beside a new
 * folder's staging it never renamed into place, and the note it kept in the data folder.
 */
function crashedExport(pid: number): { dataDir: string; parent: string; folder: string } {
  const dataDir = tempDir('skyavtale-journal-data-');
  const parent = tempDir('skyavtale-journal-out-');
  const folder = join(parent, 'plattform');
  mkdirSync(folder);
  writeFileSync(join(folder, 'manifest.json'), JSON.stringify({ files: [{ name: 'a.pdf' }] }));
  writeFileSync(join(folder, 'a.pdf'), 'old a');
  writeFileSync(join(folder, 'notater.txt'), 'the user’s own');
  const staging = join(folder, `.skyavtale-staging-${pid}-abc`);
  const previous = join(folder, `.skyavtale-previous-${pid}-abc`);
  mkdirSync(staging);
  mkdirSync(previous);
  renameSync(join(folder, 'manifest.json'), join(previous, 'manifest.json'));
  renameSync(join(folder, 'a.pdf'), join(previous, 'a.pdf'));
  writeFileSync(join(folder, 'a.pdf'), 'new a');
  writeFileSync(join(staging, 'manifest.json'), JSON.stringify({ files: [{ name: 'a.pdf' }] }));
  mkdirSync(join(parent, `.skyavtale-staging-${pid}-new`));
  // Hidden folders of the user's own naming, which are never touched.
  mkdirSync(join(parent, '.skyavtale-notater'));
  mkdirSync(join(parent, '.plattform-utkast'));
  mkdirSync(journalOf(dataDir), { recursive: true });
  writeFileSync(join(journalOf(dataDir), `${pid}-abc.json`), JSON.stringify({ folder }));
  return { dataDir, parent, folder };
}

describe('the journal of exports under way', () => {
  it('puts back a set a crashed export left half-replaced and removes only our staging folders', () => {
    const { dataDir, parent, folder } = crashedExport(gonePid());
    expect(exportJournal(dataDir).recover()).toEqual([folder]);
    expect(contents(folder)).toEqual({
      'a.pdf': 'old a',
      'manifest.json': JSON.stringify({ files: [{ name: 'a.pdf' }] }),
      'notater.txt': 'the user’s own',
    });
    expect(readdirSync(parent).sort()).toEqual([
      '.plattform-utkast',
      '.skyavtale-notater',
      'plattform',
    ]);
    expect(readdirSync(journalOf(dataDir))).toEqual([]);
  });

  it('leaves the export of a running process alone, unless it began longer ago than any export takes', () => {
    const { dataDir, folder } = crashedExport(process.pid);
    const journal = exportJournal(dataDir);
    expect(journal.recover()).toEqual([]);
    expect(readdirSync(folder)).toContain(`.skyavtale-staging-${process.pid}-abc`);
    expect(journal.recover(Date.now() + 2 * DAY)).toEqual([folder]);
    expect(readFileSync(join(folder, 'a.pdf'), 'utf8')).toBe('old a');
    expect(readdirSync(folder).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('keeps a note only while the set is written, whether or not the writing succeeds', async () => {
    const dataDir = tempDir('skyavtale-journal-data-');
    const journal = exportJournal(dataDir);
    const folder = tempDir('skyavtale-journal-out-');
    const during = await journal.writing(folder, () =>
      Promise.resolve(
        readdirSync(journalOf(dataDir)).map((n) =>
          readFileSync(join(journalOf(dataDir), n), 'utf8'),
        ),
      ),
    );
    expect(during).toEqual([JSON.stringify({ folder })]);
    expect(readdirSync(journalOf(dataDir))).toEqual([]);
    await expect(
      journal.writing(folder, () => Promise.reject(new Error('full disk'))),
    ).rejects.toThrow('full disk');
    expect(readdirSync(journalOf(dataDir))).toEqual([]);
  });

  it('is read when the back end starts', async () => {
    const { dataDir, folder } = crashedExport(gonePid());
    const backend = createBackend({ dataDir, backgroundCheck: false });
    try {
      expect(readFileSync(join(folder, 'a.pdf'), 'utf8')).toBe('old a');
      expect(readdirSync(journalOf(dataDir))).toEqual([]);
    } finally {
      await backend.close();
    }
  });
});
