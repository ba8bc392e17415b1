import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clauseNumbers, numberHeadings } from '../../../electron/core/assembly/numbering';
import type { Block, Heading } from '../../../electron/core/document/model';

const heading = (level: 1 | 2 | 3, id: string): Heading => ({
  kind: 'heading',
  level,
  text: id,
  id,
  number: null,
});

/** A well-formed outline: a level never jumps more than one deeper than the one before. */
const outline = fc
  .array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 60 })
  .map((levels) => {
    let previous = 0;
    return levels.map((level, i) => {
      const l = Math.min(level, previous + 1) as 1 | 2 | 3;
      previous = l;
      return heading(l, `c${i}`);
    });
  });

function numbersOf(blocks: Block[]): string[] {
  return numberHeadings(blocks).flatMap((b) =>
    b.kind === 'heading' && b.number ? [b.number] : [],
  );
}

describe('legal numbering', () => {
  it('numbers chapters, clauses and sub-clauses', () => {
    const blocks = [
      heading(1, 'a'),
      heading(2, 'b'),
      heading(2, 'c'),
      heading(3, 'd'),
      heading(1, 'e'),
      heading(2, 'f'),
    ];
    expect(numbersOf(blocks)).toEqual(['1', '1.1', '1.2', '1.2.1', '2', '2.1']);
    expect(clauseNumbers(numberHeadings(blocks)).get('d')).toBe('1.2.1');
  });

  it('stays consecutive whichever clauses a condition switches off', () => {
    fc.assert(
      fc.property(
        outline,
        fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
        (blocks, keep) => {
          // Switching off a clause removes it with its sub-clauses, as a Liquid condition around it does.
          const kept: Heading[] = [];
          let dropBelow = 0;
          blocks.forEach((b, i) => {
            if (dropBelow && b.level > dropBelow) return;
            dropBelow = 0;
            if (keep[i] === false) dropBelow = b.level;
            else kept.push(b);
          });
          const numbers = numbersOf(kept);
          let previous: number[] = [];
          for (const n of numbers) {
            const parts = n.split('.').map(Number);
            const depth = parts.length - 1;
            // Each number is the previous one at its depth plus one, with deeper levels restarting at 1.
            const expected = [
              ...previous.slice(0, depth),
              (previous.length > depth ? (previous[depth] ?? 0) : 0) + 1,
            ];
            expect(parts).toEqual(expected);
            previous = parts;
          }
        },
      ),
    );
  });

  it('gives every clause ID a distinct number', () => {
    fc.assert(
      fc.property(outline, (blocks) => {
        const numbers = [...clauseNumbers(numberHeadings(blocks)).values()];
        expect(new Set(numbers).size).toBe(numbers.length);
      }),
    );
  });
});
