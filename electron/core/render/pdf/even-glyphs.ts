import type { Font } from '@pdf-lib/fontkit';

/** The parts of fontkit's TrueType subset this works on. */
interface TrueTypeSubset {
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: unknown[] };
  offset: number;
  _addGlyph(gid: number): number;
}

/**
 * Pads each glyph of the font's subsets to an even length, and copies a simple glyph into every
 * later subset from the first.
 *
 * fontkit writes a subset's glyph offsets halved (the short `loca` format) when they are small,
 * which only holds for even offsets: Arimo has glyphs of odd length, and every glyph after one was
 * drawn from the wrong bytes, or not at all.
 *
 * fontkit decodes a glyph's whole outline each time a subset takes it, only to learn whether it
 * is built of other glyphs; a simple glyph's bytes and metrics are the same in every subset.
 */
export function evenGlyphSubsets(font: Font): void {
  const simple = new Map<number, { data: Uint8Array; metrics: unknown }>();
  const createSubset = font.createSubset.bind(font);
  font.createSubset = () => {
    const subset = createSubset();
    const tt = subset as unknown as TrueTypeSubset;
    const addGlyph = tt._addGlyph.bind(subset);
    tt._addGlyph = (gid) => {
      const known = simple.get(gid);
      if (known) {
        tt.glyf.push(known.data);
        tt.loca.offsets.push(tt.offset);
        tt.hmtx.metrics.push(known.metrics);
        tt.offset += known.data.length;
        return tt.glyf.length - 1;
      }
      const index = addGlyph(gid);
      let data = tt.glyf[index];
      if (data && data.length % 2 === 1) {
        // fontkit's stream takes only its own Buffer class, so the copy is made by it.
        const padded = (data.constructor as unknown as { alloc(size: number): Uint8Array }).alloc(
          data.length + 1,
        );
        padded.set(data);
        tt.glyf[index] = padded;
        tt.offset += 1;
        data = padded;
      }
      // A glyph's data starts with its number of contours, negative for a composite one, whose
      // components are numbered anew in each subset.
      if (data && (data.length === 0 || ((data[0] ?? 0) & 0x80) === 0))
        simple.set(gid, { data, metrics: tt.hmtx.metrics[index] });
      return index;
    };
    return subset;
  };
}

/**
 * Keeps the characters of a glyph that a subset took first as part of another: fontkit caches
 * the glyph of a composite's component («E» of «É») without the characters it stands for, and
 * reuses it when the text later has them, so pdf-lib's character map left them out and text
 * extraction lost every «E» of the later documents.
 */
export function keepCodePoints(font: Font): void {
  const getGlyph = font.getGlyph.bind(font);
  font.getGlyph = (id, codePoints) => {
    const glyph = getGlyph(id, codePoints);
    if (glyph.codePoints.length === 0 && codePoints && codePoints.length > 0)
      glyph.codePoints = codePoints;
    return glyph;
  };
}
