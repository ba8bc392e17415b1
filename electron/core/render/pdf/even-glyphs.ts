import type { Font } from '@pdf-lib/fontkit';

/** The parts of fontkit's TrueType subset this works on. */
interface TrueTypeSubset {
  glyf: Uint8Array[];
  offset: number;
  _addGlyph(gid: number): number;
}

/**
 * Pads each glyph of the font's subsets to an even length. fontkit writes a subset's glyph
 * offsets halved (the short `loca` format) when they are small, which only holds for even
 * offsets: Arimo has glyphs of odd length, and every glyph after one was drawn from the wrong
 * bytes, or not at all.
 */
export function evenGlyphSubsets(font: Font): void {
  const createSubset = font.createSubset.bind(font);
  font.createSubset = () => {
    const subset = createSubset();
    const tt = subset as unknown as TrueTypeSubset;
    const addGlyph = tt._addGlyph.bind(subset);
    tt._addGlyph = (gid) => {
      const index = addGlyph(gid);
      const data = tt.glyf[index];
      if (data && data.length % 2 === 1) {
        // fontkit's stream takes only its own Buffer class, so the copy is made by it.
        const padded = (data.constructor as unknown as { alloc(size: number): Uint8Array }).alloc(
          data.length + 1,
        );
        padded.set(data);
        tt.glyf[index] = padded;
        tt.offset += 1;
      }
      return index;
    };
    return subset;
  };
}
