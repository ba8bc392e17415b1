import type { Glyph } from '@pdf-lib/fontkit';
import type { PDFFont } from 'pdf-lib';

/**
 * A byte as it stands in a literal string: the delimiters and the escape escaped, CR too (a
 * reader takes a bare CR for a line end, and reads LF), and bytes above ASCII in octal, so the
 * content stream stays ASCII (few glyphs of a subset are numbered that high).
 */
function literalByte(byte: number): string {
  const char = String.fromCharCode(byte);
  if (byte === 0x28 || byte === 0x29 || byte === 0x5c) return `\\${char}`;
  if (byte === 0x0d) return '\\r';
  return byte < 0x80 ? char : `\\${byte.toString(8)}`;
}

/**
 * Text in one face of one document as the inside of a literal string: two bytes a glyph, its
 * number in the document's subset (the font is Identity-H). Bytes rather than hex halve the
 * content streams, and with them the time to compress them.
 *
 * The subset numbers glyphs in the order the document first uses them, so the codes hold for one
 * document: each distinct word is encoded once, from the codes of its glyphs, and only a word with
 * a glyph new to the document goes through pdf-lib, which adds the glyph to the subset.
 */
export class SubsetText {
  private readonly words = new Map<string, string>();
  private readonly glyphs = new Map<number, string>();
  private readonly space: string;

  constructor(
    private readonly font: PDFFont,
    /** The glyphs of a word, as the font shapes it (and pdf-lib encodes it). */
    private readonly glyphsOf: (word: string) => Glyph[],
  ) {
    this.space = this.word(' ');
  }

  codes(text: string): string {
    let codes = '';
    for (let from = 0; ;) {
      const to = text.indexOf(' ', from);
      if (to === -1) return codes + this.word(from === 0 ? text : text.slice(from));
      if (to > from) codes += this.word(text.slice(from, to));
      codes += this.space;
      from = to + 1;
    }
  }

  private word(word: string): string {
    let codes = this.words.get(word);
    if (codes === undefined) {
      codes = this.encode(word);
      this.words.set(word, codes);
    }
    return codes;
  }

  private encode(word: string): string {
    const glyphs = this.glyphsOf(word);
    let codes = '';
    for (const glyph of glyphs) {
      const code = this.glyphs.get(glyph.id);
      if (code === undefined) return this.include(word, glyphs);
      codes += code;
    }
    return codes;
  }

  private include(word: string, glyphs: Glyph[]): string {
    const hex = this.font.encodeText(word).asString();
    let codes = '';
    glyphs.forEach((glyph, i) => {
      const id = parseInt(hex.slice(4 * i, 4 * i + 4), 16);
      const code = literalByte(id >> 8) + literalByte(id & 0xff);
      this.glyphs.set(glyph.id, code);
      codes += code;
    });
    return codes;
  }
}
