import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Face } from '../../../../electron/core/render/layout/page-layout';
import {
  ContentStream,
  pdfNumber,
  popplerReads,
  rgbOperands,
} from '../../../../electron/core/render/pdf/content-stream';

// What a PDF number may look like: digits, a point only before a last digit that is not 0.
const PDF_NUMBER = /^-?\d+(\.\d*[1-9])?$/;

describe('pdfNumber', () => {
  it('rounds to the places asked and writes no trailing zeros, exponent or negative zero', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.integer({ min: 0, max: 6 }),
        (value, decimals) => {
          const written = pdfNumber(value, decimals);
          expect(written).toMatch(PDF_NUMBER);
          expect(written).not.toBe('-0');
          const scale = 10 ** decimals;
          expect(Number(written)).toBe(Math.round(value * scale) / scale || 0);
        },
      ),
    );
  });

  it('without places, writes a number that reads back as the same number', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), fc.boolean(), (v, negative) => {
        const value = negative ? -v : v;
        const written = pdfNumber(value);
        expect(written).toMatch(PDF_NUMBER);
        expect(Number(written)).toBe(value);
      }),
    );
    expect(pdfNumber(1e-9)).toBe('0');
  });

  it('writes the examples a reader sees', () => {
    expect(pdfNumber(758.8700000001, 2)).toBe('758.87');
    expect(pdfNumber(0.5, 2)).toBe('0.5');
    expect(pdfNumber(-0.001, 2)).toBe('0');
    expect(pdfNumber(14, 2)).toBe('14');
    expect(rgbOperands('1A1A1F')).toBe('0.102 0.102 0.1216');
  });
});

const FACES: Face[] = ['regular', 'bold', 'italic', 'boldItalic', 'symbol'];
type Op =
  | { kind: 'text'; face: Face; size: number; fill: string; text: string }
  | { kind: 'line'; width: number }
  | { kind: 'rect'; fill: string }
  | { kind: 'faint'; text: string };
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('text' as const),
    face: fc.constantFrom(...FACES),
    size: fc.constantFrom(8, 8.5, 10, 13),
    fill: fc.constantFrom('0 0 0', '0.5 0.5 0.5'),
    text: fc.string({ maxLength: 4 }),
  }),
  fc.record({ kind: fc.constant('line' as const), width: fc.constantFrom(0.5, 1.5) }),
  fc.record({ kind: fc.constant('rect' as const), fill: fc.constantFrom('0 0 0', '1 0 0') }),
  fc.record({
    kind: fc.constant('faint' as const),
    text: fc.string({ minLength: 1, maxLength: 4 }),
  }),
);

function draw(ops: Op[]): { operators: string; shown: string[] } {
  const stream = new ContentStream(new Set());
  for (const o of ops) {
    if (o.kind === 'text') stream.text(o.text, 10, 20, o.size, o.face, o.fill);
    else if (o.kind === 'line') stream.line(1, 2, 3, 4, o.width, '0 0 1');
    else if (o.kind === 'rect') stream.rect(1, 2, 3, 4, o.fill);
    else stream.faintText(o.text, 100, 200, Math.PI / 4, 96, 'bold', '0.75 0.1 0.1');
  }
  const parts = stream.finish();
  return {
    operators: parts.map((p) => (typeof p === 'string' ? p : '<> Tj\n')).join(''),
    shown: parts.flatMap((p) => (typeof p === 'string' ? [] : [p.text])),
  };
}

describe('a content stream', () => {
  it('balances its text objects and saved states, draws rules and boxes outside text, and shows every text', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const { operators, shown } = draw(ops);
        let inText = false;
        let saved = 0;
        let font = false;
        for (const token of operators.split(/\s+/)) {
          if (token === 'BT') {
            expect(inText).toBe(false);
            inText = true;
          } else if (token === 'ET') {
            expect(inText).toBe(true);
            inText = false;
          } else if (token === 'q') saved++;
          else if (token === 'Q') saved--;
          else if (token === 'Tf') font = true;
          else if (['re', 'm', 'l', 'S', 'f'].includes(token)) expect(inText).toBe(false);
          else if (token === 'Tj') {
            expect(inText).toBe(true);
            expect(font).toBe(true);
          }
          expect(saved).toBeGreaterThanOrEqual(0);
        }
        expect(inText).toBe(false);
        expect(saved).toBe(0);
        const texts = ops.flatMap((o) =>
          (o.kind === 'text' || o.kind === 'faint') && o.text ? [o.text] : [],
        );
        expect(shown).toEqual(texts);
      }),
    );
  });

  it('sets the font and colour only when they change', () => {
    const { operators } = draw([
      { kind: 'text', face: 'regular', size: 10, fill: '0 0 0', text: 'a' },
      { kind: 'text', face: 'regular', size: 10, fill: '0 0 0', text: 'b' },
      { kind: 'rect', fill: '0 0 0' },
      { kind: 'text', face: 'regular', size: 10, fill: '0 0 0', text: 'c' },
      { kind: 'text', face: 'bold', size: 10, fill: '0 0 0', text: 'd' },
    ]);
    expect(operators.match(/ Tf/g)).toHaveLength(2);
    expect(operators.match(/ rg/g)).toHaveLength(1);
    expect(operators.match(/BT/g)).toHaveLength(2);
  });
});

describe('how poppler reads a number', () => {
  it('reads whole numbers exactly, and decimals digit by digit, not always as the nearest double', () => {
    expect(popplerReads('-14')).toBe(-14);
    expect(popplerReads('692.25')).toBe(692.25);
    expect(popplerReads('0.3')).toBe(0.1 * 3);
    expect(popplerReads('0.3')).not.toBe(0.3);
    expect(popplerReads('-1.7')).toBe(-(1 + 0.1 * 7));
    fc.assert(
      fc.property(fc.double({ min: -1e4, max: 1e4, noNaN: true }), (value) => {
        const written = pdfNumber(value);
        expect(Math.abs(popplerReads(written) - Number(written))).toBeLessThan(1e-9);
      }),
    );
  });
});

/**
 * Where each text of a stream starts, as a reader follows its `BT`, `Td` and `Tm`: a text object
 * starts at 0, 0, and `Td` adds its operands to the start of the line.
 */
function starts(operators: string, read: (text: string) => number): [number, number][] {
  const found: [number, number][] = [];
  const operands: string[] = [];
  let line: [number, number] = [0, 0];
  for (const token of operators.split(/\s+/)) {
    if (token === 'BT') line = [0, 0];
    else if (token === 'Td') {
      const [dx = '', dy = ''] = operands.slice(-2);
      line = [line[0] + read(dx), line[1] + read(dy)];
    } else if (token === 'Tm') {
      const [e = '', f = ''] = operands.slice(-2);
      line = [read(e), read(f)];
    } else if (token === 'Tj') found.push(line);
    if (/^-?[\d.]+$/.test(token)) operands.push(token);
    else operands.length = 0;
  }
  return found;
}

describe('text positions', () => {
  // Baselines and left ends as the layout gives them: sums of line heights and word widths.
  const position = fc.record({
    x: fc.oneof(fc.constant(70.85), fc.double({ min: 36, max: 560, noNaN: true })),
    y: fc.oneof(
      fc.integer({ min: 0, max: 50 }).map((n) => 760.25 - n * 14),
      fc.double({ min: 30, max: 810, noNaN: true }),
    ),
  });

  it('land on the very numbers written out, for an exact reader and for poppler', () => {
    fc.assert(
      fc.property(fc.array(position, { minLength: 1, maxLength: 60 }), (places) => {
        const stream = new ContentStream(new Set());
        places.forEach(({ x, y }, i) => {
          if (i % 7 === 6) stream.rect(1, 2, 3, 4, '0 0 0');
          stream.text('a', x, y, 10, i % 3 === 0 ? 'bold' : 'regular', '0 0 0');
        });
        const operators = stream
          .finish()
          .map((p) => (typeof p === 'string' ? p : '<> Tj\n'))
          .join('');
        expect(starts(operators, Number)).toEqual(places.map(({ x, y }) => [x, y]));
        expect(starts(operators, popplerReads)).toEqual(
          places.map(({ x, y }) => [popplerReads(pdfNumber(x)), popplerReads(pdfNumber(y))]),
        );
      }),
    );
  });

  it('move from line to line of a paragraph by the line height alone', () => {
    const stream = new ContentStream(new Set());
    for (let n = 0; n < 4; n++) stream.text('a', 70.85, 760.25 - n * 14, 10, 'regular', '0 0 0');
    const operators = stream.finish().filter((p) => typeof p === 'string');
    expect(operators).toEqual([
      'BT\n0 0 0 rg\n/regular 10 Tf\n70.85 760.25 Td\n',
      '0 -14 Td\n',
      '0 -14 Td\n',
      '0 -14 Td\n',
      'ET\n',
    ]);
  });
});
