// An unanswered value travels through templates, Markdown and assembly as a marker of two
// private-use characters around a number: none of them is Markdown punctuation, and no user types them.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKER = /\uE000(\d+)\uE001/g;

/** The marker that stands for the placeholder numbered `index` in the preview's list. */
export function placeholderMarker(index: number): string {
  return `${OPEN}${index}${CLOSE}`;
}

export type TextPiece = { kind: 'text'; text: string } | { kind: 'placeholder'; index: number };

/** Text → the runs of plain text and the placeholders between them, in order. */
export function splitPlaceholders(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(MARKER)) {
    if (match.index > last) pieces.push({ kind: 'text', text: text.slice(last, match.index) });
    pieces.push({ kind: 'placeholder', index: Number(match[1]) });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push({ kind: 'text', text: text.slice(last) });
  return pieces;
}

/** Whether a text holds any placeholder. */
export function hasPlaceholder(text: string): boolean {
  return text.includes(OPEN);
}

/** Text with each placeholder as «…», for copying preview text into the case. */
export function withoutPlaceholders(text: string): string {
  return text.replace(MARKER, '…');
}
