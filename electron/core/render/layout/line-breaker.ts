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

interface Word<S> {
  text: string;
  style: S;
  width: number;
  spaceAfter: number;
  hardBreak: boolean;
}

/**
 * Breaks styled spans into lines no wider than `maxWidth` (greedy, like a word processor).
 * `measurer` gives widths at size 1 for a style; `size` scales them.
 */
export function breakLines<S>(
  spans: Span<S>[],
  maxWidth: number,
  size: number,
  measurer: (style: S) => Measurer,
): Line<S>[] {
  const words: Word<S>[] = [];
  for (const span of spans) {
    const m = measurer(span.style);
    const space = m.width(' ') * size;
    const text = span.text.includes('\t') ? span.text.replace(/\t/g, ' ') : span.text;
    for (const part of text.split(/(\n| +)/)) {
      if (part === '') continue;
      const last = words[words.length - 1];
      if (part === '\n') {
        if (last) last.hardBreak = true;
        else words.push({ text: '', style: span.style, width: 0, spaceAfter: 0, hardBreak: true });
      } else if (part.trim() === '') {
        if (last && !last.hardBreak) last.spaceAfter = space * part.length;
      } else if (part.includes('-')) {
        for (const piece of hyphenPieces(part))
          addWord(words, piece, span.style, m, size, maxWidth);
      } else {
        addWord(words, part, span.style, m, size, maxWidth);
      }
    }
  }

  const lines: Line<S>[] = [];
  // The line being filled: its first word's index and its width so far.
  let first = 0;
  let width = 0;
  const flush = (end: number): void => {
    const segments: LineSegment<S>[] = [];
    let last: LineSegment<S> | undefined;
    let x = 0;
    for (let i = first; i < end; i++) {
      const w = words[i] as Word<S>;
      const gap = i < end - 1 ? w.spaceAfter : 0;
      const text = gap > 0 ? w.text + ' ' : w.text;
      if (last && last.style === w.style) last.text += text;
      else {
        last = { text, style: w.style, x };
        segments.push(last);
      }
      x += w.width + gap;
    }
    lines.push({ segments, width });
    first = end;
    width = 0;
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word<S>;
    const prev = i > first ? words[i - 1] : undefined;
    const needed = (prev ? prev.spaceAfter : 0) + w.width;
    if (prev && width + needed > maxWidth) {
      flush(i);
      width = w.width;
    } else width += needed;
    if (w.hardBreak) flush(i + 1);
  }
  if (first < words.length) flush(words.length);
  return lines;
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
function addWord<S>(
  out: Word<S>[],
  text: string,
  style: S,
  m: Measurer,
  size: number,
  maxWidth: number,
): void {
  const width = m.width(text) * size;
  if (width <= maxWidth) {
    out.push({ text, style, width, spaceAfter: 0, hardBreak: false });
    return;
  }
  let piece = '';
  for (const char of text) {
    if (piece && m.width(piece + char) * size > maxWidth) {
      out.push({
        text: piece,
        style,
        width: m.width(piece) * size,
        spaceAfter: 0,
        hardBreak: false,
      });
      piece = '';
    }
    piece += char;
  }
  if (piece)
    out.push({ text: piece, style, width: m.width(piece) * size, spaceAfter: 0, hardBreak: false });
}
