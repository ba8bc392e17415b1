import type { PDFFont } from 'pdf-lib';
import { standsAlone } from '../layout/line-breaker';
import { LITERAL_BYTE_MAX, literalByte, plainInLiteral, type ByteWriter } from './byte-writer';

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
 * UTF-16 unit. Text with a character beyond 16 bits or a selector goes through pdf-lib a
 * cluster at a time.
 */
export class SubsetText {
  /** The subset number of each UTF-16 unit's glyph; 0 until the document first uses it. */
  private readonly numbers = new Uint16Array(0x10000);
  /** 1 where a unit's number is a byte a literal string takes as it is, after a zero byte. */
  private readonly plain = new Uint8Array(0x10000);

  constructor(private readonly font: PDFFont) {
    // The commonest character is numbered first, 1, which a literal string takes unescaped.
    this.numberUnit(0x20);
  }

  /** Writes the codes of `text`'s glyphs, escaped for a literal string. */
  write(text: string, out: ByteWriter): void {
    // A cluster has no more glyphs than UTF-16 units.
    out.ensure(text.length * UNIT_MAX);
    const at = this.writeUnits(text, out.buffer, out.length);
    out.length = at >= 0 ? at : this.writeClusters(text, out.buffer, out.length);
  }

  /**
   * Text with a glyph a UTF-16 unit, as nearly all is; -1 at a unit of a larger cluster, which
   * has no number of its own and may change the glyph before it, so the text is written again.
   */
  private writeUnits(text: string, buffer: Uint8Array, from: number): number {
    const { numbers, plain } = this;
    const length = text.length;
    let at = from;
    for (let i = 0; i < length; i++) {
      const unit = text.charCodeAt(i);
      let number = numbers[unit] as number;
      if (number === 0) {
        if (!standsAlone(unit)) return -1;
        number = this.numberUnit(unit);
      }
      if (plain[unit] === 1) {
        buffer[at] = 0;
        buffer[at + 1] = number;
        at += 2;
      } else at = literalByte(buffer, literalByte(buffer, at, number >> 8), number & 0xff);
    }
    return at;
  }

  /** Numbers a unit's glyph, as the document first uses it. */
  private numberUnit(unit: number): number {
    const number = this.number(String.fromCharCode(unit));
    this.numbers[unit] = number;
    this.plain[unit] = plainInLiteral(number) ? 1 : 0;
    return number;
  }

  /** Text with characters beyond 16 bits or variation selectors: a cluster at a time. */
  private writeClusters(text: string, buffer: Uint8Array, from: number): number {
    let at = from;
    for (let i = 0; i < text.length;) {
      let stop = i + codePointLength(text, i);
      if (selectorAt(text, stop)) stop += codePointLength(text, stop);
      const hex = this.font.encodeText(text.slice(i, stop)).asString();
      for (let h = 0; h < hex.length; h += 2)
        at = literalByte(buffer, at, parseInt(hex.slice(h, h + 2), 16));
      i = stop;
    }
    return at;
  }

  /** The subset number of a character's glyph, which pdf-lib adds to the subset. */
  private number(char: string): number {
    return parseInt(this.font.encodeText(char).asString(), 16);
  }
}
