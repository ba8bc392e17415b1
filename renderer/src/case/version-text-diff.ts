import { diffArrays } from 'diff';
import { documentParagraphs } from '../../../electron/core/document/document-text';
import type { Document } from '../../../electron/core/document/model';
import { trackedWords, type TrackedPart } from './tracked-words';

/** One changed passage: the paragraphs removed and added, as tracked words. */
export interface TextHunk {
  /** The unchanged paragraph just before the change (often its heading), for orientation. */
  context: string | null;
  parts: TrackedPart[];
}

export interface DocumentChanges {
  id: string;
  title: string;
  hunks: TextHunk[];
}

/** The changed passages between two texts given as paragraphs; unchanged ones are left out. */
export function paragraphHunks(before: string[], after: string[]): TextHunk[] {
  const hunks: TextHunk[] = [];
  let context: string | null = null;
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    if (removed.length > 0 || added.length > 0)
      hunks.push({ context, parts: trackedWords(removed.join('\n'), added.join('\n')) });
    removed = [];
    added = [];
  };
  for (const change of diffArrays(before, after)) {
    if (change.removed) removed.push(...change.value);
    else if (change.added) added.push(...change.value);
    else {
      flush();
      context = change.value[change.value.length - 1] ?? context;
    }
  }
  flush();
  return hunks;
}

/** What the documents of two versions say differently, document by document. */
export function documentChanges(before: Document[], after: Document[]): DocumentChanges[] {
  const old = new Map(before.map((d) => [d.id, d]));
  const ids = [
    ...after.map((d) => d.id),
    ...before.map((d) => d.id).filter((id) => !after.some((d) => d.id === id)),
  ];
  return ids.flatMap((id) => {
    const a = after.find((d) => d.id === id);
    const b = old.get(id);
    const hunks = paragraphHunks(b ? documentParagraphs(b) : [], a ? documentParagraphs(a) : []);
    return hunks.length > 0 ? [{ id, title: (a ?? b)?.title ?? id, hunks }] : [];
  });
}
