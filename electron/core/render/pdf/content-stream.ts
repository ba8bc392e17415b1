import type { Face } from '../layout/page-layout';

/**
 * A number as the content stream writes it: rounded to `decimals` places, without trailing zeros
 * or a sign on zero (two places are a seventh of a thousandth of an inch on the page); without
 * `decimals`, the shortest decimal that reads back as the same number.
 */
export function pdfNumber(value: number, decimals?: number): string {
  if (decimals === undefined) return Math.abs(value) < 1e-6 ? '0' : String(value);
  const scale = 10 ** decimals;
  // A whole number of steps divided back prints as its shortest decimal, never exponential.
  return String(Math.round(value * scale) / scale);
}

/** Whether a move `by` from `from`, written by `pdfNumber`, lands exactly on `to`. */
const lands = (from: number, by: number, to: number): boolean =>
  from + by === to && (by === 0 || Math.abs(by) >= 1e-6);

/**
 * A number as poppler (pdftotext, pdftoppm, Evince) reads it from a content stream: the whole part
 * exactly, then each decimal added at a tenth of the scale of the one before, which is not always
 * the nearest double to the decimal.
 */
export function popplerReads(text: string): number {
  let at = text.charCodeAt(0) === 0x2d ? 1 : 0;
  let value = 0;
  for (; at < text.length && text.charCodeAt(at) !== 0x2e; at++)
    value = value * 10 + (text.charCodeAt(at) - 0x30);
  let scale = 0.1;
  for (at++; at < text.length; at++) {
    value = value + scale * (text.charCodeAt(at) - 0x30);
    scale *= 0.1;
  }
  return text.charCodeAt(0) === 0x2d ? -value : value;
}

/** The operands of an RGB colour (`rg`, `RG`) from a hex colour, `RRGGBB`. */
export function rgbOperands(hex: string): string {
  return [0, 2, 4].map((i) => pdfNumber(parseInt(hex.slice(i, i + 2), 16) / 255, 4)).join(' ');
}

/** Text shown in a face, encoded once the face's subset is known. */
export interface Show {
  face: Face;
  text: string;
}

/** The resource name a face has on every page. */
export const fontKey = (face: Face): string => `/${face}`;

/** The resource name of the watermark's transparency. */
export const WATERMARK_STATE = '/Watermark';

/**
 * One page's drawing operators, written as text: text objects, rules and filled rectangles, with
 * the graphics state (colours, line width, font) set only when it changes.
 */
export class ContentStream {
  /** The operators; text shown is kept as a `Show` until its face's glyphs are numbered. */
  readonly parts: (string | Show)[] = [];
  private pending = '';
  private inText = false;
  private fill = '';
  private stroke = '';
  private lineWidth = '';
  private face: Face | null = null;
  private size = 0;
  /**
   * Where the current text line starts, which `Td` moves from (a text object starts at 0, 0): as
   * drawn, and as poppler reads the moves there.
   */
  private lineX = 0;
  private lineY = 0;
  private readX = 0;
  private readY = 0;

  constructor(private readonly faces: Set<Face>) {}

  /** Text at (x, y), its baseline's left end, in a face, size and fill colour (`rgbOperands`). */
  text(text: string, x: number, y: number, size: number, face: Face, fill: string): void {
    if (!text) return;
    if (!this.inText) this.beginText();
    this.setFill(fill);
    if (face !== this.face || size !== this.size) {
      this.pending += `${fontKey(face)} ${pdfNumber(size, 2)} Tf\n`;
      this.face = face;
      this.size = size;
    }
    this.moveTo(x, y);
    this.show(face, text);
  }

  /** A straight rule from (x1, y1) to (x2, y2). */
  line(x1: number, y1: number, x2: number, y2: number, width: number, stroke: string): void {
    this.endText();
    if (stroke !== this.stroke) {
      this.pending += `${stroke} RG\n`;
      this.stroke = stroke;
    }
    const w = pdfNumber(width, 2);
    if (w !== this.lineWidth) {
      this.pending += `${w} w\n`;
      this.lineWidth = w;
    }
    const [a, b, c, d] = [x1, y1, x2, y2].map((n) => pdfNumber(n, 2));
    this.pending += `${a} ${b} m ${c} ${d} l S\n`;
  }

  /** A filled rectangle with its lower left corner at (x, y). */
  rect(x: number, y: number, width: number, height: number, fill: string): void {
    this.endText();
    this.setFill(fill);
    const box = [x, y, width, height].map((n) => pdfNumber(n, 2)).join(' ');
    this.pending += `${box} re f\n`;
  }

  /**
   * Text turned `angle` radians about its start, seen through the watermark's transparency; the
   * graphics state is saved around it, so nothing after it is faint.
   */
  faintText(
    text: string,
    x: number,
    y: number,
    angle: number,
    size: number,
    face: Face,
    fill: string,
  ): void {
    this.endText();
    // Exact, as text positions are: its letters fall among the lines of text extraction.
    const matrix = [Math.cos(angle), Math.sin(angle), -Math.sin(angle), Math.cos(angle), x, y];
    this.pending +=
      `q ${WATERMARK_STATE} gs BT ${fill} rg ${fontKey(face)} ${pdfNumber(size, 2)} Tf ` +
      `${matrix.map((n) => pdfNumber(n)).join(' ')} Tm\n`;
    this.show(face, text);
    this.pending += 'ET Q\n';
  }

  /** The page's operators, closed; call once, after the last drawing. */
  finish(): (string | Show)[] {
    this.endText();
    if (this.pending) this.parts.push(this.pending);
    this.pending = '';
    return this.parts;
  }

  private show(face: Face, text: string): void {
    this.faces.add(face);
    if (this.pending) this.parts.push(this.pending);
    this.pending = '';
    this.parts.push({ face, text });
  }

  private beginText(): void {
    this.pending += 'BT\n';
    this.inText = true;
    this.lineX = 0;
    this.lineY = 0;
    this.readX = 0;
    this.readY = 0;
  }

  /**
   * Starts a text line at (x, y) by a move from the one before, exactly: text extraction counts
   * the blank lines between two lines from their baselines, and rounding them would move some
   * counts across a whole number; a rasterizer places a glyph at a fraction of a pixel, and the
   * last bit of a position can move it to the next. So the move is written only where it lands on
   * the very number both a reader that reads decimals exactly and poppler give the position
   * written out; elsewhere a new text object moves there from 0, 0.
   */
  private moveTo(x: number, y: number): void {
    const dx = x - this.lineX;
    const dy = y - this.lineY;
    // Along a line, or down a paragraph's left edge, one of the two stays where poppler had it.
    const readX = dx === 0 ? this.readX : popplerReads(pdfNumber(x));
    const readY = dy === 0 ? this.readY : popplerReads(pdfNumber(y));
    const moveX = pdfNumber(dx);
    const moveY = pdfNumber(dy);
    if (
      lands(this.lineX, dx, x) &&
      lands(this.lineY, dy, y) &&
      this.readX + popplerReads(moveX) === readX &&
      this.readY + popplerReads(moveY) === readY
    )
      this.pending += `${moveX} ${moveY} Td\n`;
    else {
      this.pending += 'ET\n';
      this.beginText();
      this.pending += `${pdfNumber(x)} ${pdfNumber(y)} Td\n`;
    }
    this.lineX = x;
    this.lineY = y;
    this.readX = readX;
    this.readY = readY;
  }

  private setFill(fill: string): void {
    if (fill !== this.fill) {
      this.pending += `${fill} rg\n`;
      this.fill = fill;
    }
  }

  private endText(): void {
    if (this.inText) {
      this.pending += 'ET\n';
      this.inText = false;
    }
  }
}
