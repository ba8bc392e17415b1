import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  advanceMeasurer,
  breakLines,
  cachedMeasurer,
  type Line,
} from '../../../../electron/core/render/layout/line-breaker';

// Every character is one unit wide at size 1, so widths can be counted.
const byLength = () => cachedMeasurer((text) => text.length);
const texts = (lines: Line<string>[]) => lines.map((l) => l.segments.map((s) => s.text).join('|'));
const breakText = (text: string, maxWidth: number) =>
  breakLines([{ text, style: 'r' }], maxWidth, 1, byLength);

describe('measuring by advances', () => {
  it('adds the advances of the characters, asking for each once, and measures a text whose characters do not stand alone whole', () => {
    const asked: number[] = [];
    const whole: string[] = [];
    const m = advanceMeasurer(
      (code) => {
        asked.push(code);
        return code === 32 ? 250 : 500;
      },
      (text) => {
        whole.push(text);
        return 1234;
      },
      1000,
    );
    expect(m.width('ab a')).toBe(1.75);
    expect(m.widthOf('xx ab', 3, 5)).toBe(1);
    expect(asked).toEqual([97, 98, 32]);
    expect(m.width('☺\ufe0f')).toBe(1.234);
    expect(m.widthOf('a 😀b', 2, 4)).toBe(1.234);
    expect(whole).toEqual(['☺\ufe0f', '😀']);
  });

  it('keeps an advance of nothing, and measures one too large to keep whole', () => {
    const asked: number[] = [];
    const m = advanceMeasurer(
      (code) => {
        asked.push(code);
        return code === 0x200b ? 0 : 70000;
      },
      (text) => 70000 * text.length,
      1000,
    );
    expect(m.width('\u200b\u200b')).toBe(0);
    expect(asked).toEqual([0x200b]);
    expect(m.width('mm')).toBe(140);
    expect(m.width('mm')).toBe(140);
  });
});

describe('breaking lines', () => {
  it('fills each line with whole words, a run of spaces as wide as its spaces', () => {
    const lines = breakText('alle   skal ha ei  avtale', 10);
    expect(texts(lines)).toEqual(['alle', 'skal ha ei', 'avtale']);
    expect(lines.map((l) => l.width)).toEqual([4, 10, 6]);
  });

  it('may break after a hyphen before a letter, never before a digit', () => {
    expect(texts(breakText('send e-post nå', 7))).toEqual(['send e-', 'post nå']);
    expect(texts(breakText('ISO 27001-sertifisering', 13))).toEqual([
      'ISO 27001-',
      'sertifisering',
    ]);
    expect(texts(breakText('frist 2026-01-01', 12))).toEqual(['frist', '2026-01-01']);
  });

  it('keeps on the line a word that runs past the width by less than a twip, as LibreOffice does', () => {
    const byHalves = () => cachedMeasurer((text) => text.length / 2);
    const at = (maxWidth: number) =>
      texts(breakLines([{ text: 'ab cd', style: 'r' }], maxWidth, 1, byHalves));
    expect(at(2.5 - 0.049)).toEqual(['ab cd']);
    expect(at(2.5 - 0.051)).toEqual(['ab', 'cd']);
  });

  it('reads a tab as a space and breaks the line at a line break', () => {
    expect(texts(breakText('a\tb\nc', 10))).toEqual(['a b', 'c']);
  });

  it('makes one line break of two in a row, and an empty first line of a leading one', () => {
    expect(texts(breakText('a\n\nb', 10))).toEqual(['a', 'b']);
    expect(texts(breakText('\nb', 10))).toEqual(['', 'b']);
  });

  it('reads other white space standing alone between words as that many spaces', () => {
    const lines = breakText('a \u00a0 b', 10);
    expect(texts(lines)).toEqual(['a b']);
    expect(lines[0]?.width).toBe(3);
  });

  it('breaks a paragraph of many hundred words as it breaks a short one', () => {
    const lines = breakText('ord '.repeat(1000), 15);
    expect(lines).toHaveLength(250);
    expect(new Set(texts(lines))).toEqual(new Set(['ord ord ord ord']));
  });

  it('splits a word wider than the line by characters', () => {
    expect(texts(breakText('https://eksempel.no/x', 8))).toEqual(['https://', 'eksempel', '.no/x']);
  });

  it('joins words of one style into one segment, and starts a new one where the style changes', () => {
    const lines = breakLines(
      [
        { text: 'fet tekst ', style: 'b' },
        { text: 'vanlig', style: 'r' },
      ],
      40,
      1,
      byLength,
    );
    expect(lines[0]?.segments).toEqual([
      { text: 'fet tekst ', style: 'b', x: 0 },
      { text: 'vanlig', style: 'r', x: 10 },
    ]);
  });

  it('keeps every word, in order, on lines no wider than the line, each segment where the last ends', () => {
    // Words of letters, digits and hyphens, one separator apart, in spans of two styles.
    const span = fc.record({
      text: fc
        .array(fc.tuple(fc.stringMatching(/^[a-zæ1-]{1,12}$/), fc.constantFrom(' ', '\n', '')), {
          maxLength: 30,
        })
        .map((parts) => parts.map(([word, separator]) => word + separator).join('')),
      style: fc.constantFrom('a', 'b'),
    });
    fc.assert(
      fc.property(
        fc.array(span, { maxLength: 6 }),
        fc.integer({ min: 1, max: 30 }),
        (spans, max) => {
          const lines = breakLines(spans, max, 1, byLength);
          const letters = (text: string) => text.replace(/\s/g, '');
          expect(letters(lines.flatMap((l) => l.segments.map((s) => s.text)).join(''))).toBe(
            letters(spans.map((s) => s.text).join('')),
          );
          for (const line of lines) {
            expect(line.width).toBeLessThanOrEqual(max);
            let x = 0;
            line.segments.forEach((segment, i) => {
              expect(segment.x).toBe(x);
              if (i > 0) expect(segment.style).not.toBe(line.segments[i - 1]?.style);
              x += segment.text.length;
            });
            expect(x).toBe(line.width);
          }
        },
      ),
    );
  });
});
