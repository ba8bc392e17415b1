import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordDiff, type DiffPart } from '../../../renderer/src/case/word-diff';

/** The text on one side of the diff: what was there before, or what is there after. */
function side(parts: DiffPart[], which: 'before' | 'after'): string {
  const skip = which === 'before' ? 'added' : 'removed';
  return parts
    .filter((p) => p.kind !== skip)
    .map((p) => p.text)
    .join('');
}

describe('wordDiff', () => {
  it('marks an inserted word as added, keeping the words around it', () => {
    expect(wordDiff('the cat sat', 'the black cat sat')).toEqual([
      { kind: 'same', text: 'the ' },
      { kind: 'added', text: 'black ' },
      { kind: 'same', text: 'cat sat' },
    ]);
  });

  it('marks a deleted word as removed', () => {
    expect(wordDiff('the black cat sat', 'the cat sat')).toEqual([
      { kind: 'same', text: 'the ' },
      { kind: 'removed', text: 'black ' },
      { kind: 'same', text: 'cat sat' },
    ]);
  });

  it('shows a replaced word as removed, then added', () => {
    expect(wordDiff('Leverandøren skal varsle Kunden', 'Leverandøren må varsle Kunden')).toEqual([
      { kind: 'same', text: 'Leverandøren ' },
      { kind: 'removed', text: 'skal' },
      { kind: 'added', text: 'må' },
      { kind: 'same', text: ' varsle Kunden' },
    ]);
  });

  it('handles changes at the start and the end', () => {
    expect(wordDiff('a b c', 'x b c y')).toEqual([
      { kind: 'removed', text: 'a' },
      { kind: 'added', text: 'x' },
      { kind: 'same', text: ' b c' },
      { kind: 'added', text: ' y' },
    ]);
  });

  it('merges neighbouring words of the same kind into one part', () => {
    const parts = wordDiff('keep', 'keep one two three');
    expect(parts).toEqual([
      { kind: 'same', text: 'keep' },
      { kind: 'added', text: ' one two three' },
    ]);
    for (let i = 1; i < parts.length; i++) {
      expect(parts[i]?.kind).not.toBe(parts[i - 1]?.kind);
    }
  });

  it('returns one unchanged part for identical texts', () => {
    expect(wordDiff('same words here', 'same words here')).toEqual([
      { kind: 'same', text: 'same words here' },
    ]);
  });

  it('handles empty texts', () => {
    expect(wordDiff('', '')).toEqual([]);
    expect(wordDiff('', 'new text')).toEqual([{ kind: 'added', text: 'new text' }]);
    expect(wordDiff('old text', '')).toEqual([{ kind: 'removed', text: 'old text' }]);
  });

  it('compares whole words, not characters', () => {
    expect(wordDiff('cat', 'cats')).toEqual([
      { kind: 'removed', text: 'cat' },
      { kind: 'added', text: 'cats' },
    ]);
  });

  it('is case-sensitive', () => {
    expect(wordDiff('Kunden', 'kunden')).toEqual([
      { kind: 'removed', text: 'Kunden' },
      { kind: 'added', text: 'kunden' },
    ]);
  });

  it('keeps line breaks and runs of whitespace as they are', () => {
    expect(wordDiff('one\n\ntwo', 'one\n\ntwo three')).toEqual([
      { kind: 'same', text: 'one\n\ntwo' },
      { kind: 'added', text: ' three' },
    ]);
    // A changed run of whitespace is itself a change.
    expect(wordDiff('a  b', 'a b')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: '  ' },
      { kind: 'added', text: ' ' },
      { kind: 'same', text: 'b' },
    ]);
  });

  it('keeps as many words unchanged as possible (longest common subsequence)', () => {
    const parts = wordDiff('a b c d e f', 'a c e f g');
    const same = parts
      .filter((p) => p.kind === 'same')
      .map((p) => p.text)
      .join('');
    expect(same.split(/\s+/).filter(Boolean)).toEqual(['a', 'c', 'e', 'f']);
  });

  it('rebuilds both texts exactly from its parts', () => {
    const word = fc.constantFrom('a', 'b', 'c', 'Kunden', 'skal', 'må', 'ikke');
    const space = fc.constantFrom(' ', '  ', '\n', '\t');
    const text = fc
      .array(fc.tuple(word, space), { maxLength: 12 })
      .map((pairs) => pairs.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const parts = wordDiff(before, after);
        expect(side(parts, 'before')).toBe(before);
        expect(side(parts, 'after')).toBe(after);
        expect(parts.every((p) => p.text !== '')).toBe(true);
      }),
    );
  });

  it('falls back to «all removed, all added» for very long texts', () => {
    // 1000 words give 1999 tokens a side: far above the 400 000-cell table limit.
    const before = Array.from({ length: 1000 }, (_, i) => `w${i}`).join(' ');
    const after = `${before} extra`;
    expect(wordDiff(before, after)).toEqual([
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ]);
  });

  it('still diffs word by word just under the size limit', () => {
    // 300 words → 599 tokens; 599 × 600 = 359 400 cells, under the limit.
    const before = Array.from({ length: 300 }, (_, i) => `w${i}`).join(' ');
    const after = before.replace('w150', 'changed');
    const parts = wordDiff(before, after);
    expect(parts.filter((p) => p.kind === 'removed')).toEqual([{ kind: 'removed', text: 'w150' }]);
    expect(parts.filter((p) => p.kind === 'added')).toEqual([{ kind: 'added', text: 'changed' }]);
  });
});
