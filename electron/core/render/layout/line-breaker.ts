/** Something that can tell the width of a string at size 1. */
export interface Measurer {
  width(text: string): number;
  /** The width of `text.slice(start, end)`, measured where it stands in `text`. */
  widthOf(text: string, start: number, end: number): number;
}

/**
 * Caches widths per word: fontkit costs tens of microseconds a call, and words repeat. The
 * measurer outlives one document, so a pack measures each word of a face once.
 */
export function cachedMeasurer(measure: (text: string) => number): Measurer {
  const cache = new Map<string, number>();
  const width = (text: string): number => {
    let w = cache.get(text);
    if (w === undefined) {
      w = measure(text);
      cache.set(text, w);
    }
    return w;
  };
  return { width, widthOf: (text, start, end) => width(text.slice(start, end)) };
}

/** An advance not yet looked up. */
const UNKNOWN = 0xffff;

/**
 * Widths that are the sum of their characters' advances, as in faces that kern and substitute
 * nothing, looked up once per character: a page layout measures tens of thousands of words, and
 * finding each in a cache of words took most of its time. `advance` gives a character's advance
 * in font units, and `whole` the advances of a text whose characters do not stand alone (a
 * variation selector, a character outside the basic plane).
 */
export function advanceMeasurer(
  advance: (code: number) => number,
  whole: (text: string) => number,
  unitsPerEm: number,
): Measurer {
  // Advances are whole font units below 2^16; the table is a quarter of one of doubles, which
  // every face's measurer kept in the command line's start-up snapshot.
  const advances = new Uint16Array(0x10000).fill(UNKNOWN);
  const rest = cachedMeasurer((text) => whole(text) / unitsPerEm);
  const widthOf = (text: string, start: number, end: number): number => {
    // The advances are whole font units: their sum is exact, as the glyphs' sum was.
    let sum = 0;
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      let a = advances[code] as number;
      if (a === UNKNOWN) {
        if (!standsAlone(code)) return rest.widthOf(text, start, end);
        a = advance(code);
        if (!(a >= 0 && a < UNKNOWN)) return rest.widthOf(text, start, end);
        advances[code] = a;
      }
      sum += a;
    }
    return sum / unitsPerEm;
  };
  return { width: (text) => widthOf(text, 0, text.length), widthOf };
}

/**
 * A UTF-16 unit that is a character of its own: not half of a surrogate pair, nor a variation
 * selector, which changes the glyph before it.
 */
export const standsAlone = (code: number): boolean =>
  (code < 0xd800 || code > 0xdfff) && (code < 0xfe00 || code > 0xfe0f);

/** A piece of text in one style; `style` is opaque to the breaker. */
export interface Span<S> {
  text: string;
  style: S;
}

export interface LineSegment<S> {
  text: string;
  style: S;
  x: number;
}

export interface Line<S> {
  segments: LineSegment<S>[];
  width: number;
}

const NEWLINE = 10;
const SPACE = 32;
const TAB = 9;
const HYPHEN = 45;

/**
 * The words of the paragraph being broken, in parallel arrays that every call reuses: a page
 * layout breaks tens of thousands of words, and an object per word was much of its garbage.
 */
class Words {
  count = 0;
  styles: unknown[] = [];
  /** The text each word was cut from, and where in it the word starts and ends. */
  sources: string[] = [];
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  widths = new Float64Array(256);
  /** The width of the spaces after a word, 0 where the line may not break (inside "e-post"). */
  spaceAfter = new Float64Array(256);
  /** 1 where a line break follows the word. */
  hardBreak = new Uint8Array(256);

  add(
    style: unknown,
    width: number,
    source: string,
    start: number,
    end: number,
    hardBreak = false,
  ): void {
    const i = this.count++;
    if (i === this.widths.length) this.grow();
    this.styles[i] = style;
    this.sources[i] = source;
    this.starts[i] = start;
    this.ends[i] = end;
    this.widths[i] = width;
    this.spaceAfter[i] = 0;
    this.hardBreak[i] = hardBreak ? 1 : 0;
  }

  private grow(): void {
    const size = this.widths.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const widths = new Float64Array(size);
    const spaceAfter = new Float64Array(size);
    const hardBreak = new Uint8Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    widths.set(this.widths);
    spaceAfter.set(this.spaceAfter);
    hardBreak.set(this.hardBreak);
    this.starts = starts;
    this.ends = ends;
    this.widths = widths;
    this.spaceAfter = spaceAfter;
    this.hardBreak = hardBreak;
  }
}

const words = new Words();

/**
 * Text fits in `maxWidth` when it is narrower than this. LibreOffice sets text on one line that
 * runs past the width by less than a twip (a twentieth of a point), so the layout does too.
 */
const fitLimit = (maxWidth: number): number => maxWidth + 0.05;

/**
 * Breaks styled spans into lines no wider than `maxWidth` (greedy, like a word processor).
 * `measurer` gives widths at size 1 for a style; `size` scales them. A tab reads as a space, a
 * run of spaces is as wide as its spaces, and a line break ends the line.
 */
export function breakLines<S>(
  spans: Span<S>[],
  maxWidth: number,
  size: number,
  measurer: (style: S) => Measurer,
): Line<S>[] {
  words.count = 0;
  const limit = fitLimit(maxWidth);
  for (const span of spans) splitWords(span, measurer(span.style), size, limit);
  const { count, widths, spaceAfter, hardBreak } = words;
  const styles = words.styles as S[];

  const lines: Line<S>[] = [];
  // The line being filled: its first word's index and its width so far.
  let first = 0;
  let width = 0;
  const flush = (end: number): void => {
    const segments: LineSegment<S>[] = [];
    // The line's last word, after which no gap is drawn.
    const last = end - 1;
    let from = first;
    let x = 0;
    for (let i = first; i < end; i++) {
      if (i < last && styles[i + 1] === styles[from]) continue;
      segments.push({ text: segmentText(from, i + 1, end), style: styles[from] as S, x });
      for (let k = from; k <= i; k++)
        x += (widths[k] as number) + (k < last ? (spaceAfter[k] as number) : 0);
      from = i + 1;
    }
    lines.push({ segments, width });
    first = end;
    width = 0;
  };
  for (let i = 0; i < count; i++) {
    const w = widths[i] as number;
    if (i > first) {
      const needed = (spaceAfter[i - 1] as number) + w;
      if (!(width + needed < limit)) {
        flush(i);
        width = w;
      } else width += needed;
    } else width += w;
    if (hardBreak[i] === 1) flush(i + 1);
  }
  if (first < count) flush(count);
  return lines;
}

/** The spaces drawn after a word of a line that ends before `end`: none after its last word. */
const gapAfter = (i: number, end: number): number =>
  i < end - 1 ? (words.spaceAfter[i] as number) : 0;

/**
 * The text of words `from` to `to` of a line ending before `end`: its words, a space after each
 * that has a gap after it. Most often that is a piece of the text they were cut from, taken
 * whole rather than put together word by word.
 */
function segmentText(from: number, to: number, end: number): string {
  const { sources, starts, ends } = words;
  const source = sources[from] as string;
  let at = starts[from] as number;
  let whole = true;
  for (let i = from; i < to && whole; i++) {
    whole = sources[i] === source && starts[i] === at;
    at = ends[i] as number;
    if (gapAfter(i, end) > 0) whole &&= source.charCodeAt(at++) === SPACE;
  }
  if (whole) return source.slice(starts[from], at);
  let text = '';
  for (let i = from; i < to; i++) {
    text += (sources[i] as string).slice(starts[i], ends[i]);
    if (gapAfter(i, end) > 0) text += ' ';
  }
  return text;
}

/** Adds a span's words: the text between spaces, tabs and line breaks. */
function splitWords<S>(span: Span<S>, m: Measurer, size: number, limit: number): void {
  const { text, style } = span;
  const space = m.width(' ') * size;
  const end = text.length;
  let i = 0;
  while (i < end) {
    const c = text.charCodeAt(i);
    let j = i + 1;
    if (c === NEWLINE) {
      lineBreak(style, text, i);
    } else if (c === SPACE || c === TAB) {
      while (j < end && isSpace(text.charCodeAt(j))) j++;
      spaces(space * (j - i));
    } else {
      let hyphen = c === HYPHEN;
      for (; j < end; j++) {
        const d = text.charCodeAt(j);
        if (d === SPACE || d === TAB || d === NEWLINE) break;
        if (d === HYPHEN) hyphen = true;
      }
      // Other white space (a no-break space alone) is as wide as that many spaces, as it was.
      if (mayBeWhiteSpace(c) && text.slice(i, j).trim() === '') spaces(space * (j - i));
      else if (hyphen) {
        let at = i;
        for (const piece of hyphenPieces(text.slice(i, j))) {
          addWord(text, at, at + piece.length, style, m, size, limit);
          at += piece.length;
        }
      } else addWord(text, i, j, style, m, size, limit);
    }
    i = j;
  }
}

const isSpace = (c: number): boolean => c === SPACE || c === TAB;
// No printable ASCII character is white space; others may be (\r, no-break space).
const mayBeWhiteSpace = (c: number): boolean => c < 33 || c > 126;

/** A line break ends the last word's line; two in a row make one. */
function lineBreak(style: unknown, source: string, at: number): void {
  if (words.count > 0) words.hardBreak[words.count - 1] = 1;
  else words.add(style, 0, source, at, at, true);
}

/** Spaces after a word, where the line may break; none at the start or after a line break. */
function spaces(width: number): void {
  const last = words.count - 1;
  if (last >= 0 && words.hardBreak[last] === 0) words.spaceAfter[last] = width;
}

/**
 * A word split after each hyphen between a letter or digit and a letter ("e-", "post";
 * "27001-", "sertifisering"), where Word and LibreOffice may also break a line; not before a
 * digit ("2026-01"), where they do not.
 */
function hyphenPieces(word: string): string[] {
  return word.split(/(?<=[\p{L}\p{N}]-)(?=\p{L})/u);
}

/**
 * Adds the word `source.slice(start, end)`; one wider than the line (a long URL) is split by
 * characters so nothing runs off the page.
 */
function addWord(
  source: string,
  start: number,
  end: number,
  style: unknown,
  m: Measurer,
  size: number,
  limit: number,
): void {
  const width = m.widthOf(source, start, end) * size;
  if (width < limit) {
    words.add(style, width, source, start, end);
    return;
  }
  let piece = '';
  let at = start;
  for (const char of source.slice(start, end)) {
    if (piece && !(m.width(piece + char) * size < limit)) {
      words.add(style, m.width(piece) * size, source, at, at + piece.length);
      at += piece.length;
      piece = '';
    }
    piece += char;
  }
  if (piece) words.add(style, m.width(piece) * size, source, at, at + piece.length);
}
