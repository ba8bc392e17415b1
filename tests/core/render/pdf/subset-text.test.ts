import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont } from 'pdf-lib';
import { describe, expect, it, vi } from 'vitest';
import { ByteWriter } from '../../../../electron/core/render/pdf/byte-writer';
import { SubsetText } from '../../../../electron/core/render/pdf/subset-text';
import { FONTS } from '../../../fixtures/fonts';

/** The bytes a literal string's inside stands for, as a reader unescapes them. */
function unescape(literal: string): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < literal.length; i++) {
    const char = literal[i] ?? '';
    if (char !== '\\') bytes.push(char.charCodeAt(0));
    else {
      const next = literal[++i] ?? '';
      const octal = /^[0-7]{1,3}/.exec(literal.slice(i))?.[0];
      if (octal) {
        bytes.push(parseInt(octal, 8));
        i += octal.length - 1;
      } else bytes.push(next === 'r' ? 0x0d : next.charCodeAt(0));
    }
  }
  return bytes;
}

/** Two embeddings of one face: one for SubsetText, and one that pdf-lib encodes whole texts in. */
async function fonts(): Promise<{ font: PDFFont; reference: PDFFont }> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(FONTS.regular, { subset: true });
  const reference = await pdf.embedFont(FONTS.regular, { subset: true });
  return { font, reference };
}

/** What SubsetText writes for each text, one after another in one document, as literal strings. */
function written(text: SubsetText, texts: string[]): string[] {
  const out = new ByteWriter();
  return texts.map((t) => {
    out.reset();
    text.write(t, out);
    return String.fromCharCode(...out.bytes());
  });
}

const hexOf = (bytes: number[]): string =>
  bytes.map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join('');

describe('glyph codes in a literal string', () => {
  it('are the subset numbers pdf-lib gives, escaped so that the string stays ASCII on one line', async () => {
    const { font, reference } = await fonts();
    const chars = Array.from({ length: 190 }, (_, i) => String.fromCharCode(33 + i)).filter(
      (c) => c.charCodeAt(0) < 127 || c.charCodeAt(0) > 160,
    );
    const lines = [`${chars.join('')} ${[...chars].reverse().join('')}`, 'Æøå «sitat» – §'];
    // The reference sees the same texts in the same order, the space first as SubsetText takes
    // it, so it numbers the glyphs alike.
    const space = reference.encodeText(' ').asString();
    expect(space).toBe('0001');
    for (const [i, codes] of written(new SubsetText(font), lines).entries()) {
      const expected = reference.encodeText(lines[i] ?? '').asString();
      expect(Array.from(codes).every((c) => c.charCodeAt(0) < 0x80)).toBe(true);
      expect(codes).not.toMatch(/\r/);
      expect(codes.replace(/\\[()\\]/g, '')).not.toMatch(/[()]/);
      expect(hexOf(unescape(codes))).toBe(expected);
    }
  });

  it('asks pdf-lib once a document for each character, and gives the same codes each time', async () => {
    const { font } = await fonts();
    const encode = vi.spyOn(font, 'encodeText');
    const text = new SubsetText(font);
    const [first, second] = written(text, ['avtale og avtaler', 'avtale og avtaler']);
    expect(second).toBe(first);
    expect(encode).toHaveBeenCalledTimes(new Set('avtale og avtaler').size);
  });

  it('encodes a character beyond 16 bits, and one with a variation selector, as pdf-lib does', async () => {
    const { font, reference } = await fonts();
    reference.encodeText(' ');
    const lines = ['a\u{1F600}b', 'x\uFE0Fy', 'x y\u{E0100}', '\uFE0F\uFE0F', 'a\uD800b\uDC00'];
    const codes = written(new SubsetText(font), lines);
    lines.forEach((line, i) => {
      expect(hexOf(unescape(codes[i] ?? ''))).toBe(reference.encodeText(line).asString());
    });
  });
});
