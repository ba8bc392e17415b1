import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Face } from '../../../../electron/core/render/layout/page-layout';
import {
  ContentStream,
  pdfNumber,
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
