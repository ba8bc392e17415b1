import type { Font, Glyph, GlyphRun } from '@pdf-lib/fontkit';

/**
 * Makes a font find the glyphs of text a word at a time, each distinct word once, straight from
 * its character map, and reuse them for every line and document the word appears in. Shaping
 * (decoding and running the GSUB and GPOS lookups) was fontkit's slowest part; our faces
 * substitute nothing by default and pdf-lib draws no positioning, so the glyphs are the ones
 * shaping whole lines gives (a test holds the two to the same output over every example line).
 */
export function shapeByWord(font: Font): void {
  const shapeLine = font.layout.bind(font);
  const words = new Map<string, GlyphRun>();
  const shape = (text: string): GlyphRun => {
    let run = words.get(text);
    if (!run) {
      // pdf-lib reads only the glyphs of a run: it draws them by their advances, unpositioned.
      run = { glyphs: font.glyphsForString(text) } as unknown as GlyphRun;
      words.set(text, run);
    }
    return run;
  };
  font.layout = (text, features) => {
    if (features !== undefined) return shapeLine(text, features);
    const glyphs: Glyph[] = [];
    for (const part of text.split(/( +)/)) if (part !== '') glyphs.push(...shape(part).glyphs);
    return { glyphs } as unknown as GlyphRun;
  };
}
