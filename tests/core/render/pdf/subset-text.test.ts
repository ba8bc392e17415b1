import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { SubsetText } from '../../../../electron/core/render/pdf/subset-text';
import { shapeByWord } from '../../../../electron/core/render/pdf/word-shaping';
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

describe('glyph codes in a literal string', () => {
  it('are the subset numbers pdf-lib gives, escaped so that the string stays ASCII on one line', async () => {
    const pdf = await PDFDocument.create();
    pdf.registerFontkit(fontkit);
    const font = await pdf.embedFont(FONTS.regular, { subset: true });
    const reference = await pdf.embedFont(FONTS.regular, { subset: true });
    const shaped = fontkit.create(FONTS.regular);
    const text = new SubsetText(font, shapeByWord(shaped));
    const chars = Array.from({ length: 190 }, (_, i) => String.fromCharCode(33 + i)).filter(
      (c) => c.charCodeAt(0) < 127 || c.charCodeAt(0) > 160,
    );
    const line = `${chars.join('')} ${[...chars].reverse().join('')}`;
    // SubsetText encodes the space first, and each word once; the reference sees the same order.
    reference.encodeText(' ');
    const expected = reference.encodeText(line).asString();
    const codes = text.codes(line);
    expect(Array.from(codes).every((c) => c.charCodeAt(0) < 0x80)).toBe(true);
    expect(codes).not.toMatch(/\r/);
    expect(codes.replace(/\\[()\\]/g, '')).not.toMatch(/[()]/);
    const bytes = unescape(codes);
    const hex = bytes.map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join('');
    expect(hex).toBe(expected);
    expect(bytes.length / 2).toBe(line.length);
  });
});
