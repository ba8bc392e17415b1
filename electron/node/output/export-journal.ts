import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { isRunning } from '../store/database';
import { recoverInterruptedSets } from './write-folder';

// Exports go to any folder the user names, so the data folder keeps a note of each folder while a
// set is written into it: whatever a crash left there is found on the next start, not only on
// the next export into the same folder.
const JOURNAL = 'exports-under-way';
const NOTE_OLDEST_MS = 24 * 60 * 60 * 1000;
const NoteSchema = z.object({ folder: z.string() });

export interface ExportJournal {
  /** Writes a set into `folder` with a note of it kept until the writing ends. */
  writing: <T>(folder: string, write: () => Promise<T>) => Promise<T>;
  /**
   * Tidies the folders of exports whose process is gone (or that began more than a day ago):
   * an unfinished replacement is put back, staging folders of our own naming are removed.
   * Answers the folders it tidied.
   */
  recover: (now?: number) => string[];
}

export function exportJournal(dataDir: string): ExportJournal {
  const dir = join(dataDir, JOURNAL);
  return {
    writing: async (folder, write) => {
      let note: string | null = join(dir, `${process.pid}-${randomBytes(6).toString('hex')}.json`);
      try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(note, JSON.stringify({ folder: resolve(folder) }));
      } catch {
        // A data folder that cannot take the note must not stop the export; the next export
        // into the folder still tidies it.
        note = null;
      }
      try {
        return await write();
      } finally {
        if (note) rmSync(note, { force: true });
      }
    },
    recover: (now = Date.now()) => {
      let names: string[];
      try {
        names = readdirSync(dir).filter((name) => name.endsWith('.json'));
      } catch {
        return [];
      }
      const tidied: string[] = [];
      for (const name of names) {
        const note = join(dir, name);
        try {
          const left =
            !isRunning(Number(name.split('-')[0])) || now - statSync(note).mtimeMs > NOTE_OLDEST_MS;
          if (!left) continue;
          const parsed = NoteSchema.safeParse(JSON.parse(readFileSync(note, 'utf8')));
          if (parsed.success) {
            // A new folder is staged beside its place, a replacement inside it.
            recoverInterruptedSets(parsed.data.folder, now);
            recoverInterruptedSets(dirname(parsed.data.folder), now);
            tidied.push(parsed.data.folder);
          }
          rmSync(note, { force: true });
        } catch {
          // A folder that cannot be tidied now keeps its note for the next start.
        }
      }
      return tidied;
    },
  };
}
