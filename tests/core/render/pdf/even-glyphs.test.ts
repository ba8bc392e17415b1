import fontkit, { type Font } from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { evenGlyphSubsets, keepCodePoints } from '../../../../electron/core/render/pdf/even-glyphs';
import { FONTS } from '../../../fixtures/fonts';

function subsetOf(font: Font, text: string): Promise<Font> {
  const subset = font.createSubset();
  for (const glyph of font.layout(text).glyphs) subset.includeGlyph(glyph);
  return new Promise((resolve, reject) => {
    const parts: Uint8Array[] = [];
    subset
      .encodeStream()
      .on('data', (bytes: Uint8Array) => parts.push(bytes))
      .on('end', () => {
        try {
          resolve(fontkit.create(new Uint8Array(Buffer.concat(parts))));
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
  });
}

const outlines = (font: Font, ids: number[]): string[] =>
  ids.map((id) => font.getGlyph(id).path.toSVG());

describe('font subsets', () => {
  const text = 'Kunde: Bærum kommune, Leverandøren – § 12 «tjenesten»';
  // A subset holds glyph 0 (.notdef), then the glyphs in the order they were included.
  const glyphsOf = (font: Font): number[] => [
    0,
    ...new Set(font.layout(text).glyphs.map((g) => g.id)),
  ];

  it('keep the outline of every glyph in Arimo, whose glyphs have odd lengths', async () => {
    const font = fontkit.create(FONTS.regular);
    const ids = glyphsOf(font);
    evenGlyphSubsets(font);
    const subset = await subsetOf(font, text);
    expect(
      outlines(
        subset,
        ids.map((_, i) => i),
      ),
    ).toEqual(outlines(font, ids));
  });

  it('lose outlines without the padding, which is why it is there', async () => {
    const font = fontkit.create(FONTS.regular);
    const ids = glyphsOf(font);
    const broken = await subsetOf(font, text)
      .then((subset) =>
        outlines(
          subset,
          ids.map((_, i) => i),
        ),
      )
      .catch(() => null);
    expect(broken).not.toEqual(outlines(font, ids));
  });
});

describe('glyphs a subset takes as parts of others', () => {
  it('keep the characters they stand for when the text has them later', async () => {
    const font = fontkit.create(FONTS.regular);
    keepCodePoints(font);
    // «É» is built of «E» and an accent: the subset takes «E» as a part first.
    await subsetOf(font, 'É');
    expect(font.glyphsForString('E')[0]?.codePoints).toEqual([0x45]);
  });

  it('lose them without it, which is why it is there', async () => {
    const font = fontkit.create(FONTS.regular);
    await subsetOf(font, 'É');
    expect(font.glyphsForString('E')[0]?.codePoints).toEqual([]);
  });
});
