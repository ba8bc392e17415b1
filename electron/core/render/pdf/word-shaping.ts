import type { Font, Glyph, GlyphPosition, GlyphRun } from '@pdf-lib/fontkit';

/**
 * Makes a font shape text a word at a time, each distinct word once, and reuse the glyphs for
 * every line and document it appears in: shaping (GSUB and GPOS lookups) is fontkit's slowest
 * part, and words repeat. Our faces substitute nothing across a space, so the glyphs are the same
 * as shaping the whole line (a test holds the two to the same output).
 */
export function shapeByWord(font: Font): void {
  const shapeLine = font.layout.bind(font);
  const words = new Map<string, GlyphRun>();
  const shape = (text: string): GlyphRun => {
    let run = words.get(text);
    if (!run) {
      run = shapeLine(text);
      words.set(text, run);
    }
    return run;
  };
  font.layout = (text, features) => {
    if (features !== undefined) return shapeLine(text, features);
    const glyphs: Glyph[] = [];
    const positions: GlyphPosition[] = [];
    for (const part of text.split(/( +)/)) {
      if (part === '') continue;
      const run = shape(part);
      glyphs.push(...run.glyphs);
      positions.push(...run.positions);
    }
    // pdf-lib reads only the glyphs of a run: it draws them by their advances, without kerning.
    return { glyphs, positions } as unknown as GlyphRun;
  };
}
