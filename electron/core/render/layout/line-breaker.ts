/** Something that can tell the width of a string at size 1. */
export interface Measurer {
  width(text: string): number;
}

/**
 * Caches widths per word: fontkit costs tens of microseconds a call, and words repeat. A cache
 * given by the caller outlives one document, so a pack measures each word of a face once.
 */
export function cachedMeasurer(
  measure: (text: string) => number,
  cache: Map<string, number> = new Map<string, number>(),
): Measurer {
  return {
    width(text) {
      let w = cache.get(text);
      if (w === undefined) {
        w = measure(text);
        cache.set(text, w);
      }
      return w;
    },
  };
}

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

/**
 * The words of the paragraph being broken, in parallel arrays that every call reuses: a page
 * layout breaks tens of thousands of words, and an object per word was much of its garbage.
 */
class Words {
  count = 0;
  texts: string[] = [];
  styles: unknown[] = [];
  widths = new Float64Array(256);
  /** The width of the spaces after a word, 0 where the line may not break (inside "e-post"). */
  spaceAfter = new Float64Array(256);
  /** 1 where a line break follows the word. */
  hardBreak = new Uint8Array(256);

  add(text: string, style: unknown, width: number, hardBreak = false): void {
    const i = this.count++;
    if (i === this.widths.length) this.grow();
    this.texts[i] = text;
    this.styles[i] = style;
    this.widths[i] = width;
    this.spaceAfter[i] = 0;
    this.hardBreak[i] = hardBreak ? 1 : 0;
  }

  private grow(): void {
    const size = this.widths.length * 2;
    const widths = new Float64Array(size);
    const spaceAfter = new Float64Array(size);
    const hardBreak = new Uint8Array(size);
    widths.set(this.widths);
    spaceAfter.set(this.spaceAfter);
    hardBreak.set(this.hardBreak);
    this.widths = widths;
    this.spaceAfter = spaceAfter;
    this.hardBreak = hardBreak;
  }
}

const words = new Words();

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
  for (const span of spans) splitWords(span, measurer(span.style), size, maxWidth);
  const { count, texts, widths, spaceAfter, hardBreak } = words;
  const styles = words.styles as S[];

  const lines: Line<S>[] = [];
  // The line being filled: its first word's index and its width so far.
  let first = 0;
  let width = 0;
  const flush = (end: number): void => {
    const segments: LineSegment<S>[] = [];
    let style = styles[first] as S;
    let text = '';
    let start = 0;
    let x = 0;
    for (let i = first; i < end; i++) {
      if (styles[i] !== style) {
        segments.push({ text, style, x: start });
        style = styles[i] as S;
        text = '';
        start = x;
      }
      const gap = i < end - 1 ? (spaceAfter[i] as number) : 0;
      text += gap > 0 ? `${texts[i] as string} ` : (texts[i] as string);
      x += (widths[i] as number) + gap;
    }
    segments.push({ text, style, x: start });
    lines.push({ segments, width });
    first = end;
    width = 0;
  };
  for (let i = 0; i < count; i++) {
    const w = widths[i] as number;
    if (i > first) {
      const needed = (spaceAfter[i - 1] as number) + w;
      if (width + needed > maxWidth) {
        flush(i);
        width = w;
      } else width += needed;
    } else width += w;
    if (hardBreak[i] === 1) flush(i + 1);
  }
  if (first < count) flush(count);
  return lines;
}

/** Adds a span's words: the text between spaces, tabs and line breaks. */
function splitWords<S>(span: Span<S>, m: Measurer, size: number, maxWidth: number): void {
  const { text, style } = span;
  const space = m.width(' ') * size;
  const end = text.length;
  let i = 0;
  while (i < end) {
    const c = text.charCodeAt(i);
    let j = i + 1;
    if (c === NEWLINE) {
      lineBreak(style);
    } else if (c === SPACE || c === TAB) {
      while (j < end && isSpace(text.charCodeAt(j))) j++;
      spaces(space * (j - i));
    } else {
      while (j < end && !isSeparator(text.charCodeAt(j))) j++;
      const part = text.slice(i, j);
      // Other white space (a no-break space alone) is as wide as that many spaces, as it was.
      if (mayBeWhiteSpace(c) && part.trim() === '') spaces(space * part.length);
      else if (part.includes('-')) {
        for (const piece of hyphenPieces(part)) addWord(piece, style, m, size, maxWidth);
      } else addWord(part, style, m, size, maxWidth);
    }
    i = j;
  }
}

const isSpace = (c: number): boolean => c === SPACE || c === TAB;
const isSeparator = (c: number): boolean => c === SPACE || c === TAB || c === NEWLINE;
// No printable ASCII character is white space; others may be (\r, no-break space).
const mayBeWhiteSpace = (c: number): boolean => c < 33 || c > 126;

/** A line break ends the last word's line; two in a row make one. */
function lineBreak(style: unknown): void {
  if (words.count > 0) words.hardBreak[words.count - 1] = 1;
  else words.add('', style, 0, true);
}

/** Spaces after a word, where the line may break; none at the start or after a line break. */
function spaces(width: number): void {
  const last = words.count - 1;
  if (last >= 0 && words.hardBreak[last] === 0) words.spaceAfter[last] = width;
}

/**
 * A word split after each hyphen between letters ("e-", "post"), where Word and LibreOffice may
 * also break a line; not before a digit ("2026-01"), where they do not.
 */
function hyphenPieces(word: string): string[] {
  return word.split(/(?<=\p{L}-)(?=\p{L})/u);
}

/**
 * Adds a word; one wider than the line (a long URL) is split by characters so nothing runs off
 * the page.
 */
function addWord(text: string, style: unknown, m: Measurer, size: number, maxWidth: number): void {
  const width = m.width(text) * size;
  if (width <= maxWidth) {
    words.add(text, style, width);
    return;
  }
  let piece = '';
  for (const char of text) {
    if (piece && m.width(piece + char) * size > maxWidth) {
      words.add(piece, style, m.width(piece) * size);
      piece = '';
    }
    piece += char;
  }
  if (piece) words.add(piece, style, m.width(piece) * size);
}
