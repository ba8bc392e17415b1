import { degrees, rgb, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Block, Heading, Inline, SignatureParty, Table } from '../../document/model';
import { breakLines, cachedMeasurer, type Line, type Measurer, type Span } from './line-breaker';
import { addInternalLink, type Destination } from './pdf-navigation';

/** The faces the PDF embeds. */
export type Face = 'serif' | 'serifBold' | 'serifItalic' | 'serifBoldItalic' | 'sans' | 'sansBold';

/** How a run is drawn: a face, and for a cross-reference the clause it points at. */
interface RowLayout {
  lines: Line<RunStyle>[][];
  height: number;
}

interface TableLayout {
  widths: number[];
  header: RowLayout | null;
  rows: RowLayout[];
}

interface RunStyle {
  face: Face;
  ref?: string;
}

// One shared object per plain face, so that the line breaker joins neighbouring runs of it.
const PLAIN: Record<Face, RunStyle> = {
  serif: { face: 'serif' },
  serifBold: { face: 'serifBold' },
  serifItalic: { face: 'serifItalic' },
  serifBoldItalic: { face: 'serifBoldItalic' },
  sans: { face: 'sans' },
  sansBold: { face: 'sansBold' },
};

export const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 70, bottom: 70, left: 70, right: 70 };
const CONTENT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const TOP = A4.height - MARGIN.top;
const BODY = { size: 10, leading: 14 };
const TABLE = { size: 8.5, leading: 11, pad: 4 };
const TOC = { size: 9.5, leading: 15 };
const HEADING = {
  1: { size: 13, before: 16, after: 6 },
  2: { size: 11, before: 10, after: 4 },
  3: { size: 10, before: 8, after: 3 },
} as const;
const INK = rgb(0.1, 0.1, 0.12);
const ACCENT = rgb(0.12, 0.23, 0.37);
const MUTED = rgb(0.4, 0.4, 0.4);
const GUIDANCE = rgb(0.18, 0.42, 0.25);
const RULE = rgb(0.7, 0.72, 0.76);
const SHADE = rgb(0.91, 0.93, 0.95);

export interface PlacedHeading extends Destination {
  heading: Heading;
}

export interface PlacedRef {
  page: PDFPage;
  rect: [number, number, number, number];
  target: string;
}

export interface PlacedSignature {
  page: PDFPage;
  name: string;
  rect: [number, number, number, number];
}

export interface PageWords {
  page: string;
  of: string;
  place: string;
  date: string;
  signature: string;
}

/** Lays blocks out on A4 pages, recording where headings, references and signatures land. */
export class PdfLayout {
  private page!: PDFPage;
  private y = 0;
  readonly pages: PDFPage[] = [];
  readonly headings: PlacedHeading[] = [];
  private readonly tableLayouts = new WeakMap<Table, TableLayout>();
  readonly refs: PlacedRef[] = [];
  readonly signatures: PlacedSignature[] = [];
  private readonly measurers = new Map<Face, Measurer>();

  constructor(
    private readonly pdf: PDFDocument,
    private readonly fonts: Record<Face, PDFFont>,
    private readonly words: PageWords,
    /** Word widths per face, shared by the documents set in the same fonts. */
    private readonly widths: Record<Face, Map<string, number>>,
  ) {}

  private measurer = (style: RunStyle): Measurer => {
    let m = this.measurers.get(style.face);
    if (!m) {
      const font = this.fonts[style.face];
      m = cachedMeasurer((text) => font.widthOfTextAtSize(text, 1), this.widths[style.face]);
      this.measurers.set(style.face, m);
    }
    return m;
  };

  /** Where new pages go: appended, or inserted from an index (front matter laid out last). */
  private insertAt: number | null = null;

  newPage(): void {
    if (this.insertAt === null) {
      this.page = this.pdf.addPage([A4.width, A4.height]);
    } else {
      this.page = this.pdf.insertPage(this.insertAt, [A4.width, A4.height]);
      this.insertAt++;
    }
    this.pages.push(this.page);
    this.y = TOP;
  }

  /** Further pages are inserted at `index`, before pages laid out earlier. */
  insertPagesAt(index: number): void {
    this.insertAt = index;
  }

  private room(): number {
    return this.y - MARGIN.bottom;
  }

  private ensure(height: number): void {
    if (height > this.room() && this.y < TOP) this.newPage();
  }

  private drawLines(
    lines: Line<RunStyle>[],
    x: number,
    size: number,
    leading: number,
    color = INK,
  ): void {
    for (const line of lines) {
      this.ensure(leading);
      for (const segment of line.segments) {
        const font = this.fonts[segment.style.face];
        this.page.drawText(segment.text, { x: x + segment.x, y: this.y - size, size, font, color });
        if (segment.style.ref) {
          const width = font.widthOfTextAtSize(segment.text, size);
          this.refs.push({
            page: this.page,
            rect: [x + segment.x, this.y - size - 2, x + segment.x + width, this.y + 1],
            target: segment.style.ref,
          });
        }
      }
      this.y -= leading;
    }
  }

  private spans(content: Inline[], base: 'serif' | 'sans' = 'serif'): Span<RunStyle>[] {
    return content.map((inline) => {
      if (inline.kind === 'ref')
        return { text: inline.label, style: { face: base, ref: inline.target } };
      const bold = Boolean(inline.bold);
      const italic = Boolean(inline.italic);
      const face: Face =
        base === 'sans'
          ? bold
            ? 'sansBold'
            : 'sans'
          : bold && italic
            ? 'serifBoldItalic'
            : bold
              ? 'serifBold'
              : italic
                ? 'serifItalic'
                : 'serif';
      return { text: inline.text, style: PLAIN[face] };
    });
  }

  title(text: string): void {
    const lines = breakLines([{ text, style: PLAIN.sansBold }], CONTENT_WIDTH, 18, this.measurer);
    this.drawLines(lines, MARGIN.left, 18, 24, ACCENT);
    this.y -= 10;
  }

  /** Table of contents lines, each linked to its heading; `pageOf` gives the final page number. */
  tableOfContents(
    title: string,
    entries: PlacedHeading[],
    pageOf: (page: PDFPage) => number,
  ): void {
    this.y -= 4;
    this.drawLines(
      breakLines([{ text: title, style: PLAIN.sansBold }], CONTENT_WIDTH, 12, this.measurer),
      MARGIN.left,
      12,
      18,
      ACCENT,
    );
    for (const entry of entries) {
      const { heading } = entry;
      const indent = heading.level === 1 ? 0 : 18;
      const label = heading.number ? `${heading.number}  ${heading.text}` : heading.text;
      const pageLabel = String(pageOf(entry.page));
      const face = heading.level === 1 ? PLAIN.sansBold : PLAIN.sans;
      const lines = breakLines(
        [{ text: label, style: face }],
        CONTENT_WIDTH - indent - 40,
        TOC.size,
        this.measurer,
      );
      this.ensure(lines.length * TOC.leading);
      const top = this.y;
      const page = this.page;
      this.drawLines(lines, MARGIN.left + indent, TOC.size, TOC.leading);
      const numberWidth = this.fonts.sans.widthOfTextAtSize(pageLabel, TOC.size);
      page.drawText(pageLabel, {
        x: A4.width - MARGIN.right - numberWidth,
        y: this.y + TOC.leading - TOC.size,
        size: TOC.size,
        font: this.fonts.sans,
        color: INK,
      });
      addInternalLink(
        this.pdf,
        page,
        [MARGIN.left, this.y + 2, A4.width - MARGIN.right, top],
        entry,
      );
    }
  }

  /** How many pages a table of contents with these entries needs, below a title block of `titleHeight`. */
  tocPageCount(entries: Heading[], titleHeight: number): number {
    let pages = 1;
    let y = TOP - titleHeight - 22;
    for (const heading of entries) {
      const indent = heading.level === 1 ? 0 : 18;
      const label = heading.number ? `${heading.number}  ${heading.text}` : heading.text;
      const face = heading.level === 1 ? PLAIN.sansBold : PLAIN.sans;
      const height =
        breakLines(
          [{ text: label, style: face }],
          CONTENT_WIDTH - indent - 40,
          TOC.size,
          this.measurer,
        ).length * TOC.leading;
      if (y - height < MARGIN.bottom) {
        pages++;
        y = TOP;
      }
      y -= height;
    }
    return pages;
  }

  titleHeight(text: string): number {
    return (
      breakLines([{ text, style: PLAIN.sansBold }], CONTENT_WIDTH, 18, this.measurer).length * 24 +
      10
    );
  }

  private headingLines(block: Heading): {
    indent: number;
    lines: Line<RunStyle>[];
    height: number;
  } {
    const style = HEADING[block.level];
    const indent = block.number
      ? Math.max(30, this.fonts.sansBold.widthOfTextAtSize(block.number, style.size) + 10)
      : 0;
    const lines = breakLines(
      [{ text: block.text, style: PLAIN.sansBold }],
      CONTENT_WIDTH - indent,
      style.size,
      this.measurer,
    );
    return { indent, lines, height: style.before + lines.length * style.size * 1.3 + style.after };
  }

  /** Starts a new page unless these blocks (text and the signatures after it) fit on this one. */
  keepTogether(blocks: Block[]): void {
    const line = BODY.leading + 5;
    const height = blocks.reduce((sum, block) => {
      switch (block.kind) {
        case 'heading':
          return sum + this.headingLines(block).height;
        case 'paragraph':
          return (
            sum +
            breakLines(this.spans(block.content), CONTENT_WIDTH, BODY.size, this.measurer).length *
              BODY.leading +
            5
          );
        case 'signatures':
          return (
            sum +
            block.parties.reduce((h, p) => h + line + 10 + p.signatories.length * (50 + line), 0)
          );
        default:
          return sum;
      }
    }, 0);
    this.ensure(Math.min(height, TOP - MARGIN.bottom));
  }

  heading(block: Heading, next: Block | undefined): void {
    const style = HEADING[block.level];
    const { indent, lines, height } = this.headingLines(block);
    // Keep the heading with the start of what follows: no heading is left alone at a page foot.
    this.ensure(height + this.firstLinesHeight(next));
    if (this.y < TOP) this.y -= style.before;
    this.headings.push({ heading: block, page: this.page, y: this.y });
    if (block.number) {
      this.page.drawText(block.number, {
        x: MARGIN.left,
        y: this.y - style.size,
        size: style.size,
        font: this.fonts.sansBold,
        color: ACCENT,
      });
    }
    this.drawLines(lines, MARGIN.left + indent, style.size, style.size * 1.3, ACCENT);
    this.y -= style.after;
  }

  /** The header row and first row of a table, which never start a page apart. */
  private tableStartHeight(block: Table): number {
    const { header, rows } = this.tableLayout(block);
    return (header?.height ?? 0) + (rows[0]?.height ?? 0);
  }

  private firstLinesHeight(next: Block | undefined): number {
    if (!next) return 0;
    if (next.kind === 'table') return this.tableStartHeight(next);
    if (next.kind === 'heading') return HEADING[next.level].size * 3;
    return BODY.leading * 2;
  }

  paragraph(
    content: Inline[],
    options: { indent?: number; color?: ReturnType<typeof rgb> } = {},
  ): void {
    const indent = options.indent ?? 0;
    const lines = breakLines(this.spans(content), CONTENT_WIDTH - indent, BODY.size, this.measurer);
    // Avoid a lone first line at the page foot.
    if (lines.length > 1) this.ensure(BODY.leading * 2);
    this.drawLines(lines, MARGIN.left + indent, BODY.size, BODY.leading, options.color);
    this.y -= 5;
  }

  guidance(content: Inline[]): void {
    const top = this.y;
    const startPage = this.page;
    this.paragraph(content, { indent: 12, color: GUIDANCE });
    if (this.page === startPage) {
      this.page.drawLine({
        start: { x: MARGIN.left + 3, y: top },
        end: { x: MARGIN.left + 3, y: this.y + 5 },
        thickness: 1.5,
        color: GUIDANCE,
      });
    }
  }

  list(block: Extract<Block, { kind: 'list' }>): void {
    block.items.forEach((item, index) => {
      const marker = block.ordered ? `${index + 1}.` : '–';
      const lines = breakLines(this.spans(item), CONTENT_WIDTH - 20, BODY.size, this.measurer);
      this.ensure(BODY.leading);
      this.page.drawText(marker, {
        x: MARGIN.left + 4,
        y: this.y - BODY.size,
        size: BODY.size,
        font: this.fonts.serif,
        color: INK,
      });
      this.drawLines(lines, MARGIN.left + 20, BODY.size, BODY.leading);
      this.y -= 2;
    });
    this.y -= 4;
  }

  /** A table's rows broken into lines, once: a heading before it measures its first rows. */
  private tableLayout(block: Table): TableLayout {
    const cached = this.tableLayouts.get(block);
    if (cached) return cached;
    const weights = block.widths ?? (block.rows[0] ?? block.header).map(() => 1);
    const total = weights.reduce((a, b) => a + b, 0);
    const widths = weights.map((w) => (w / total) * CONTENT_WIDTH);
    const emphasis = new Set(block.emphasis ?? []);
    const layoutRow = (cells: string[], bold: boolean): RowLayout => {
      const lines = cells.map((text, i) =>
        breakLines(
          [{ text, style: bold ? PLAIN.sansBold : PLAIN.sans }],
          (widths[i] ?? 0) - 2 * TABLE.pad,
          TABLE.size,
          this.measurer,
        ),
      );
      return {
        lines,
        height: Math.max(1, ...lines.map((l) => l.length)) * TABLE.leading + 2 * TABLE.pad,
      };
    };
    const layout = {
      widths,
      header: block.header.length > 0 ? layoutRow(block.header, true) : null,
      rows: block.rows.map((cells, r) => layoutRow(cells, emphasis.has(r))),
    };
    this.tableLayouts.set(block, layout);
    return layout;
  }

  table(block: Table): void {
    const { widths, header, rows } = this.tableLayout(block);
    const drawRow = (row: RowLayout, shaded: boolean): void => {
      const top = this.y;
      if (shaded)
        this.page.drawRectangle({
          x: MARGIN.left,
          y: top - row.height,
          width: CONTENT_WIDTH,
          height: row.height,
          color: SHADE,
        });
      let x = MARGIN.left;
      row.lines.forEach((cell, i) => {
        let y = top - TABLE.pad;
        for (const line of cell) {
          for (const segment of line.segments) {
            this.page.drawText(segment.text, {
              x: x + TABLE.pad + segment.x,
              y: y - TABLE.size,
              size: TABLE.size,
              font: this.fonts[segment.style.face],
              color: INK,
            });
          }
          y -= TABLE.leading;
        }
        x += widths[i] ?? 0;
      });
      this.page.drawLine({
        start: { x: MARGIN.left, y: top - row.height },
        end: { x: MARGIN.left + CONTENT_WIDTH, y: top - row.height },
        thickness: 0.5,
        color: RULE,
      });
      this.y -= row.height;
    };
    this.ensure(this.tableStartHeight(block));
    if (header) drawRow(header, true);
    for (const row of rows) {
      if (row.height > this.room()) {
        // The row moves whole to the next page, under a repeated header.
        this.newPage();
        if (header) drawRow(header, true);
      }
      drawRow(row, false);
    }
    this.y -= 10;
  }

  signatureBlock(parties: SignatureParty[]): void {
    parties.forEach((party) => {
      this.ensure(30 + Math.min(party.signatories.length, 2) * 86);
      this.paragraph([{ kind: 'text', text: `${party.role}: ${party.name}`, bold: true }]);
      party.signatories.forEach((signatory, index) => {
        this.ensure(86);
        this.y -= 6;
        const labelY = this.y - BODY.size;
        const small = { size: 8, font: this.fonts.sans, color: MUTED };
        this.page.drawText(`${this.words.place} / ${this.words.date}`, {
          x: MARGIN.left,
          y: labelY,
          ...small,
        });
        this.page.drawLine({
          start: { x: MARGIN.left + 80, y: labelY - 2 },
          end: { x: MARGIN.left + 300, y: labelY - 2 },
          thickness: 0.6,
          color: INK,
        });
        const lineY = labelY - 40;
        this.page.drawText(this.words.signature, { x: MARGIN.left, y: lineY + 3, ...small });
        this.page.drawLine({
          start: { x: MARGIN.left + 80, y: lineY },
          end: { x: MARGIN.left + 300, y: lineY },
          thickness: 0.6,
          color: INK,
        });
        this.signatures.push({
          page: this.page,
          name: `Signatur ${party.role} ${index + 1}`,
          rect: [MARGIN.left + 80, lineY, MARGIN.left + 300, lineY + 30],
        });
        this.y = lineY - 4;
        this.paragraph(
          [
            {
              kind: 'text',
              text: signatory.title ? `${signatory.name}, ${signatory.title}` : signatory.name,
            },
          ],
          { indent: 80 },
        );
      });
      this.y -= 10;
    });
  }

  pageBreak(): void {
    if (this.y < TOP) this.newPage();
  }

  /** Header text, «Side X av Y» and, on drafts, a faint watermark, once the page count is known. */
  decorate(pages: PDFPage[], header: string, watermark: string | null): void {
    const total = pages.length;
    pages.forEach((page, index) => {
      if (watermark) {
        const size = 96;
        const width = this.fonts.sansBold.widthOfTextAtSize(watermark, size);
        const angle = 45;
        const rad = (angle * Math.PI) / 180;
        page.drawText(watermark, {
          x: A4.width / 2 - (width / 2) * Math.cos(rad) + (size / 3) * Math.sin(rad),
          y: A4.height / 2 - (width / 2) * Math.sin(rad) - (size / 3) * Math.cos(rad),
          size,
          font: this.fonts.sansBold,
          color: rgb(0.75, 0.1, 0.1),
          opacity: 0.07,
          rotate: degrees(angle),
        });
      }
      const headerWidth = this.fonts.sans.widthOfTextAtSize(header, 7.5);
      page.drawText(header, {
        x: A4.width - MARGIN.right - headerWidth,
        y: A4.height - 40,
        size: 7.5,
        font: this.fonts.sans,
        color: MUTED,
      });
      const footer = `${this.words.page} ${index + 1} ${this.words.of} ${total}`;
      const footerWidth = this.fonts.sans.widthOfTextAtSize(footer, 8);
      page.drawText(footer, {
        x: (A4.width - footerWidth) / 2,
        y: 36,
        size: 8,
        font: this.fonts.sans,
        color: MUTED,
      });
    });
  }
}
