import { describe, expect, it } from 'vitest';
import { trackedWords } from '../../../renderer/src/case/tracked-words';

const words = (n: number) => Array.from({ length: n }, (_, i) => `ord${i}`).join(' ');

describe('trackedWords', () => {
  it('marks the one word changed in a sentence', () => {
    expect(trackedWords('Avtalen gjelder i tre år.', 'Avtalen gjelder i fire år.')).toEqual([
      { kind: 'same', text: 'Avtalen gjelder i ' },
      { kind: 'removed', text: 'tre' },
      { kind: 'added', text: 'fire' },
      { kind: 'same', text: ' år.' },
    ]);
  });

  it('marks only the changed word in a clause of thousands of words', () => {
    const before = words(3000);
    const after = before.replace('ord1500 ', 'endret ');
    const changed = trackedWords(before, after).filter((p) => p.kind !== 'same');
    expect(changed).toEqual([
      { kind: 'removed', text: 'ord1500' },
      { kind: 'added', text: 'endret' },
    ]);
  });

  it('puts the texts back together from their parts', () => {
    const parts = trackedWords('Leverandøren skal varsle Kunden.', 'Kunden skal varsles straks.');
    const join = (kind: 'removed' | 'added') =>
      parts
        .filter((p) => p.kind !== kind)
        .map((p) => p.text)
        .join('');
    expect(join('added')).toBe('Leverandøren skal varsle Kunden.');
    expect(join('removed')).toBe('Kunden skal varsles straks.');
  });
});
