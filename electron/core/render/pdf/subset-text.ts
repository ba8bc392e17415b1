import type { PDFFont } from 'pdf-lib';
import { LITERAL_BYTE_MAX, literalByte, type ByteWriter } from './byte-writer';

/** How many UTF-16 units the code point at `at` takes: two for a surrogate pair. */
function codePointLength(text: string, at: number): number {
  const unit = text.charCodeAt(at);
  if (unit < 0xd800 || unit > 0xdbff || at + 1 >= text.length) return 1;
  const next = text.charCodeAt(at + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/**
 * Whether a variation selector starts at `at`, which picks the glyph of the character before it.
 * (Reading past the end would slow every reading, so the ends are checked.)
 */
function selectorAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const unit = text.charCodeAt(at);
  if (unit >= 0xfe00 && unit <= 0xfe0f) return true;
  if (unit !== 0xdb40 || at + 1 >= text.length) return false;
  const low = text.charCodeAt(at + 1);
  return low >= 0xdd00 && low <= 0xddef;
}

/** A UTF-16 unit that is a character of its own: neither half of a pair nor a selector. */
const standsAlone = (unit: number): boolean =>
  (unit < 0xd800 || unit > 0xdfff) && (unit < 0xfe00 || unit > 0xfe0f);

/** At most how many bytes the codes of one UTF-16 unit take: a glyph, two escaped bytes. */
const UNIT_MAX = 2 * LITERAL_BYTE_MAX;

/**
 * Text in one face of one document as the inside of a literal string: two bytes a glyph, its
 * number in the document's subset (the font is Identity-H). Bytes rather than hex halve the
 * content streams, and with them the time to compress them.
 *
 * The font finds a character's glyph from its character map alone (word-shaping.ts): a glyph a
 * character, but for a variation selector, which picks the glyph of the character before it. So
 * pdf-lib is asked once a document for each character's number, which adds its glyph to the
 * subset and to the text a reader extracts, and every later use looks the number up by the
 * UTF-16 unit. A character beyond 16 bits, or with a selector after it, goes through pdf-lib
 * each time it is new to a text. A text written before is copied from its first writing.
 */
export class SubsetText {
  /** The subset number of each UTF-16 unit's glyph; 0 until the document first uses it. */
  private readonly numbers = new Uint16Array(0x10000);

  constructor(private readonly font: PDFFont) {
    // The commonest character is numbered first, 1, which a literal string takes unescaped.
    this.numbers[0x20] = parseInt(font.encodeText(' ').asString(), 16);
  }

  /** The codes of each text written, which headers, table cells and repeated lines reuse. */
  private readonly texts = new Map<string, Uint8Array>();

  /** Writes the codes of `text`'s glyphs, escaped for a literal string. */
  write(text: string, out: ByteWriter): void {
    const known = this.texts.get(text);
    if (known) {
      out.ensure(known.length);
      out.buffer.set(known, out.length);
      out.length += known.length;
      return;
    }
    const start = out.length;
    this.encode(text, out);
    this.texts.set(text, out.buffer.slice(start, out.length));
  }

  private encode(text: string, out: ByteWriter): void {
    // A cluster has no more glyphs than UTF-16 units.
    out.ensure(text.length * UNIT_MAX);
    const { buffer } = out;
    const numbers = this.numbers;
    const end = text.length;
    let at = out.length;
    let number = end > 0 ? (numbers[text.charCodeAt(0)] ?? 0) : 0;
    for (let i = 0; i < end;) {
      const next = i + 1 < end ? (numbers[text.charCodeAt(i + 1)] ?? 0) : 1;
      // A selector has no number of its own, so only a unit before one without a number is checked.
      if (number !== 0 && (next !== 0 || !selectorAt(text, i + 1))) {
        if (
          number < 0x80 &&
          number !== 0x28 &&
          number !== 0x29 &&
          number !== 0x5c &&
          number !== 0x0d
        ) {
          buffer[at] = 0;
          buffer[at + 1] = number;
          at += 2;
        } else at = literalByte(buffer, literalByte(buffer, at, number >> 8), number & 0xff);
        i++;
        number = next;
        continue;
      }
      let stop = i + codePointLength(text, i);
      if (selectorAt(text, stop)) stop += codePointLength(text, stop);
      const unit = text.charCodeAt(i);
      const hex = this.font.encodeText(text.slice(i, stop)).asString();
      if (stop === i + 1 && standsAlone(unit)) numbers[unit] = parseInt(hex, 16);
      for (let h = 0; h < hex.length; h += 2)
        at = literalByte(buffer, at, parseInt(hex.slice(h, h + 2), 16));
      i = stop;
      number = i < end ? (numbers[text.charCodeAt(i)] ?? 0) : 0;
    }
    out.length = at;
  }
}
