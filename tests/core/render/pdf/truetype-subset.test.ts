import fontkit, { type Font, type Subset } from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { copyingSubsets } from '../../../../electron/core/render/pdf/truetype-subset';
import { FONTS } from '../../../fixtures/fonts';

/** The file a subset writes. */
function encoded(subset: Subset): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const parts: Uint8Array[] = [];
    const stream = subset
      .encodeStream()
      .on('data', (bytes: Uint8Array) => parts.push(bytes))
      .on('end', () => {
        resolve(new Uint8Array(Buffer.concat(parts)));
      });
    // pdf-lib listens for errors too, which fontkit's types leave out.
    (stream.on as unknown as (event: string, listener: (error: Error) => void) => unknown)(
      'error',
      reject,
    );
  });
}

/** A subset of the glyphs given by number, and of those of the texts given. */
function subsetOf(font: Font, glyphs: (number | string)[]): Subset {
  const subset = font.createSubset();
  for (const glyph of glyphs)
    if (typeof glyph === 'number') subset.includeGlyph(glyph);
    else for (const g of font.glyphsForString(glyph)) subset.includeGlyph(g);
  return subset;
}

/** A subset's glyphs as the font draws them: outline and horizontal metrics. */
function drawn(font: Font, ids: number[]) {
  return ids.map((id) => {
    const glyph = font.getGlyph(id);
    return { path: glyph.path.toSVG(), advance: glyph.advanceWidth };
  });
}

const copying = (bytes: Uint8Array): Font => {
  const font = fontkit.create(bytes);
  copyingSubsets(font);
  return font;
};

const TEXT = 'Kunde: Bærum kommune, Leverandøren – § 12 «tjenesten» på Åsen';

describe('font subsets copied from the font', () => {
  it('keep the outline and advance of every glyph of Arimo, whose glyphs have odd lengths', async () => {
    const font = copying(FONTS.regular);
    const subset = subsetOf(font, [TEXT]);
    const parsed = fontkit.create(await encoded(subset));
    const ids = (subset as unknown as { glyphs: number[] }).glyphs;
    expect(parsed.numGlyphs).toBe(ids.length);
    expect(
      drawn(
        parsed,
        ids.map((_, i) => i),
      ),
    ).toEqual(drawn(font, ids));
  });

  it('renumber the parts of a composite glyph and take those not in the subset yet', async () => {
    const font = copying(FONTS.regular);
    // «å» is built of «a» and a ring: «a» is in the subset already, the ring is not.
    const subset = subsetOf(font, ['aå']);
    const parsed = fontkit.create(await encoded(subset));
    const ids = (subset as unknown as { glyphs: number[] }).glyphs;
    expect(ids).toHaveLength(4);
    const ring = parsed.getGlyph(2);
    expect(ring.path.toSVG()).toBe(font.glyphsForString('å')[0]?.path.toSVG());
    expect(drawn(parsed, [0, 1, 2, 3])).toEqual(drawn(font, ids));
  });

  it('leave the font as it was, for the next subset', async () => {
    const before = new Uint8Array(FONTS.regular);
    const font = copying(FONTS.regular);
    await encoded(subsetOf(font, ['å']));
    const second = subsetOf(font, ['xyzå']);
    const parsed = fontkit.create(await encoded(second));
    const ids = (second as unknown as { glyphs: number[] }).glyphs;
    expect(
      drawn(
        parsed,
        ids.map((_, i) => i),
      ),
    ).toEqual(drawn(font, ids));
    expect(Buffer.compare(FONTS.regular, before)).toBe(0);
  });

  it("write fontkit's bytes for glyphs of even length, the instruction tables and the metrics past the last advance", async () => {
    // DejaVu Sans has cvt and fpgm, and fewer advances than glyphs.
    const symbols = fontkit.create(FONTS.symbol);
    const even = (id: number) => {
      const offsets = (symbols as unknown as { loca: { offsets: number[] } }).loca.offsets;
      const length = (offsets[id + 1] ?? 0) - (offsets[id] ?? 0);
      const glyph = symbols.getGlyph(id) as unknown as {
        _decode(): { numberOfContours: number } | null;
      };
      return length % 2 === 0 && (glyph._decode()?.numberOfContours ?? 0) >= 0;
    };
    const ids = [
      ...new Set(symbols.glyphsForString('☐☒✓→•€§¶').map((g) => g.id)),
      6240,
      6252,
    ].filter(even);
    expect(ids.length).toBeGreaterThan(5);
    const reference = await encoded(subsetOf(symbols, ids));
    const copied = await encoded(subsetOf(copying(FONTS.symbol), ids));
    expect(copied).toEqual(reference);
  });

  it('write long offsets when the glyphs pass 64 kB, as fontkit does', async () => {
    const font = copying(FONTS.symbol);
    const ids = Array.from({ length: 1500 }, (_, i) => i + 1);
    const bytes = await encoded(subsetOf(font, ids));
    const parsed = fontkit.create(bytes);
    expect(
      (parsed as unknown as { head: { indexToLocFormat: number } }).head.indexToLocFormat,
    ).toBe(1);
    const all = (subsetOf(font, ids) as unknown as { glyphs: number[] }).glyphs;
    expect(drawn(parsed, [1, 700, 1499])).toEqual(drawn(font, [all[1]!, all[700]!, all[1499]!]));
  });

  it('keep the characters of a glyph first taken as part of another', async () => {
    const font = copying(FONTS.regular);
    await encoded(subsetOf(font, ['É']));
    expect(font.glyphsForString('E')[0]?.codePoints).toEqual([0x45]);
  });
});
