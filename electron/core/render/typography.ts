/**
 * The one typography both writers set documents in, in points. The PDF is laid out with these
 * figures and the DOCX carries the same ones as Word styles, so Word and LibreOffice break the
 * pages where the PDF does.
 *
 * The rules that make that hold: every line has an exact height, so it does not depend on how a
 * program reads the font's line metrics; paragraphs are spaced only before, never after, because
 * Word adds the space after one paragraph to the space before the next while LibreOffice takes the
 * larger of the two; the space before a paragraph is dropped at the top of a page the text flowed
 * onto, and kept after a page break.
 */

/** The font family: Arial in Word, metric-compatible Arimo in the PDF (Liberation Sans in LibreOffice). */
export const FONT_FAMILY = 'Arial';

/**
 * Characters Arial lacks, set in DejaVu Sans in both formats (LibreOffice has it; Word puts in a
 * symbol font of its own, a hair's width apart).
 */
export const SYMBOL_FONT = 'DejaVu Sans';
export const SYMBOLS = /([\u2610-\u2612]+)/;

export const PAGE = { width: 595.3, height: 841.9, margin: 70.85 } as const;
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** A paragraph look: font size, exact line height, space before. */
export interface ParagraphLook {
  size: number;
  line: number;
  before: number;
}

export const BODY: ParagraphLook = { size: 10, line: 14, before: 6 };
export const TITLE: ParagraphLook = { size: 18, line: 28, before: 0 };
export const HEADING: Record<1 | 2 | 3, ParagraphLook & { indent: number }> = {
  1: { size: 13, line: 18, before: 16, indent: 30 },
  2: { size: 11, line: 16, before: 10, indent: 36 },
  3: { size: 10, line: 14, before: 8, indent: 42 },
};
export const LIST = { ...BODY, before: 3, indent: 20, marker: 4 } as const;
export const GUIDANCE = { ...BODY, indent: 12 } as const;
/** Table text and cells; a row is its lines, the padding above and below, and its rule. */
export const TABLE = { size: 8.5, line: 11, padY: 4, padX: 5, rule: 0.5 } as const;
/** The empty paragraph that follows each table (Word needs one between two tables). */
export const AFTER_TABLE: ParagraphLook = { size: 10, line: 8, before: 0 };
export const CONTENTS_HEADING: ParagraphLook = { size: 12, line: 18, before: 4 };
export const CONTENTS_ENTRY = { size: 9.5, line: 15, before: 0, levelIndent: 12 } as const;
/** The signature lines: the space before the signature line leaves room to sign. */
export const SIGNATURE = { ...BODY, signBefore: 24 } as const;
/**
 * The header and footer: 8-point text, in paragraphs that keep the body's spacing and exact line
 * (their paragraph marks are body size, which sets the line), this far from the page's edge.
 */
export const RUNNING = { size: 8, edge: PAGE.margin - 38 } as const;

export const COLORS = {
  ink: '1A1A1F',
  accent: '1F3A5F',
  muted: '666666',
  guidance: '2E6B3F',
  rule: 'B3B8C2',
  shade: 'E8EDF2',
} as const;

/** Points to half points, Word's unit of font sizes. */
export function halfPoints(points: number): number {
  return Math.round(points * 2);
}

/** Points to twentieths of a point, Word's unit. */
export function twips(points: number): number {
  return Math.round(points * 20);
}

/** The column widths of a table across the text width, in whole twips as Word stores them. */
export function columnTwips(weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((w / total) * twips(TEXT_WIDTH)));
}
