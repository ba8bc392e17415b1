import { diffWordsWithSpace } from 'diff';

export interface TrackedPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** The words removed from and added to a clause, as tracked changes show them; any length. */
export function trackedWords(before: string, after: string): TrackedPart[] {
  return diffWordsWithSpace(before, after).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}
