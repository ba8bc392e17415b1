import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Block, Document, Inline, SignatureParty, Table } from '../../document/model';
import { word } from '../../i18n/document-words';
import { breakLines, cachedMeasurer, type Line, type Measurer, type Span } from './line-breaker';

/** TrueType fonts (not WOFF2: fontkit cannot subset those safely) for each face the PDF uses. */
export interface PdfFonts {
  serif: Uint8Array;
  serifBold: Uint8Array;
  serifItalic: Uint8Array;
  serifBoldItalic: Uint8Array;
  sans: Uint8Array;
  sansBold: Uint8Array;
}
type Face = keyof PdfFonts;

export interface PdfOptions {
  /** The moment written into the metadata; fixed in tests for reproducible bytes. */
  now: Date;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 70, bottom: 70, left: 70, right: 70 };
const CONTENT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const BODY = { size: 10, leading: 14 };
const TABLE = { size: 8.5, leading: 11, pad: 4 };
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
const LANGUAGE_TAG = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' } as const;

/** Lays a document out on A4 pages and writes it as PDF bytes. */
class PdfLayout {
  private page!: PDFPage;
  private y = 0;
  readonly pages: PDFPage[] = [];
  private readonly measurers = new Map<Face, Measurer>();

  constructor(
    private readonly pdf: PDFDocument,
    private readonly fonts: Record<Face, PDFFont>,
  ) {
    this.newPage();
  }

  private measurer = (face: Face): Measurer => {
    let m = this.measurers.get(face);
    if (!m) {
      const font = this.fonts[face];
      m = cachedMeasurer((text) => font.widthOfTextAtSize(text, 1));
      this.measurers.set(face, m);
    }
    return m;
  };

  private newPage(): void {
    this.page = this.pdf.addPage([A4.width, A4.height]);
    this.pages.push(this.page);
    this.y = A4.height - MARGIN.top;
  }

  private room(): number {
    return this.y - MARGIN.bottom;
  }

  private ensure(height: number): void {
    if (height > this.room() && this.y < A4.height - MARGIN.top) this.newPage();
  }

  private drawLines(
    lines: Line<Face>[],
    x: number,
    size: number,
    leading: number,
    color = INK,
  ): void {
    for (const line of lines) {
      this.ensure(leading);
      for (const segment of line.segments) {
        this.page.drawText(segment.text, {
          x: x + segment.x,
          y: this.y - size,
          size,
          font: this.fonts[segment.style],
          color,
        });
      }
      this.y -= leading;
    }
  }

  private spans(content: Inline[], base: 'serif' | 'sans' = 'serif'): Span<Face>[] {
    return content.map((inline) => {
      if (inline.kind === 'ref') return { text: inline.label, style: base };
      const face: Face =
        base === 'sans'
          ? inline.bold
            ? 'sansBold'
            : 'sans'
          : inline.bold && inline.italic
            ? 'serifBoldItalic'
            : inline.bold
              ? 'serifBold'
              : inline.italic
                ? 'serifItalic'
                : 'serif';
      return { text: inline.text, style: face };
    });
  }

  title(text: string): void {
    const lines = breakLines([{ text, style: 'sansBold' }], CONTENT_WIDTH, 18, this.measurer);
    this.drawLines(lines, MARGIN.left, 18, 24, ACCENT);
    this.y -= 10;
  }

  heading(block: Extract<Block, { kind: 'heading' }>, next: Block | undefined): void {
    const style = HEADING[block.level];
    const indent = block.number ? 36 : 0;
    const lines = breakLines(
      [{ text: block.text, style: 'sansBold' }],
      CONTENT_WIDTH - indent,
      style.size,
      this.measurer,
    );
    const height = style.before + lines.length * style.size * 1.3 + style.after;
    // Keep the heading with the start of what follows, so no heading is left alone at a page foot.
    this.ensure(height + this.firstLinesHeight(next));
    if (this.y < A4.height - MARGIN.top) this.y -= style.before;
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

  private firstLinesHeight(next: Block | undefined): number {
    if (!next) return 0;
    if (next.kind === 'table') return TABLE.leading * 2 + TABLE.pad * 4;
    if (next.kind === 'heading') return HEADING[next.level].size * 2;
    return BODY.leading * 2;
  }

  paragraph(
    content: Inline[],
    options: { indent?: number; color?: ReturnType<typeof rgb>; face?: 'serif' | 'sans' } = {},
  ): void {
    const indent = options.indent ?? 0;
    const lines = breakLines(
      this.spans(content, options.face),
      CONTENT_WIDTH - indent,
      BODY.size,
      this.measurer,
    );
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

  table(block: Table): void {
    const weights = block.widths ?? (block.rows[0] ?? block.header).map(() => 1);
    const total = weights.reduce((a, b) => a + b, 0);
    const widths = weights.map((w) => (w / total) * CONTENT_WIDTH);
    const emphasis = new Set(block.emphasis ?? []);
    const layoutRow = (
      cells: string[],
      bold: boolean,
    ): { lines: Line<Face>[][]; height: number } => {
      const lines = cells.map((text, i) =>
        breakLines(
          [{ text, style: bold ? 'sansBold' : 'sans' }],
          (widths[i] ?? 0) - 2 * TABLE.pad,
          TABLE.size,
          this.measurer,
        ),
      );
      const height = Math.max(1, ...lines.map((l) => l.length)) * TABLE.leading + 2 * TABLE.pad;
      return { lines, height };
    };
    const header = layoutRow(block.header, true);
    const drawRow = (row: { lines: Line<Face>[][]; height: number }, shaded: boolean): void => {
      const top = this.y;
      if (shaded) {
        this.page.drawRectangle({
          x: MARGIN.left,
          y: top - row.height,
          width: CONTENT_WIDTH,
          height: row.height,
          color: SHADE,
        });
      }
      let x = MARGIN.left;
      row.lines.forEach((cell, i) => {
        let y = top - TABLE.pad;
        for (const line of cell) {
          for (const segment of line.segments) {
            this.page.drawText(segment.text, {
              x: x + TABLE.pad + segment.x,
              y: y - TABLE.size,
              size: TABLE.size,
              font: this.fonts[segment.style],
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
    const hasHeader = block.header.length > 0;
    this.ensure((hasHeader ? header.height : 0) + TABLE.leading + 2 * TABLE.pad);
    if (hasHeader) drawRow(header, true);
    block.rows.forEach((cells, r) => {
      const row = layoutRow(cells, emphasis.has(r));
      if (row.height > this.room()) {
        // The row moves whole to the next page and the header is repeated above it.
        this.newPage();
        if (hasHeader) drawRow(header, true);
      }
      drawRow(row, false);
    });
    this.y -= 10;
  }

  signatures(parties: SignatureParty[], lang: Document['lang']): void {
    for (const party of parties) {
      this.ensure(40 + party.signatories.length * 80);
      this.paragraph([{ kind: 'text', text: `${party.role}: ${party.name}`, bold: true }]);
      for (const signatory of party.signatories) {
        this.y -= 8;
        const lineY = (): number => this.y - 2;
        this.paragraph([{ kind: 'text', text: `${word('place', lang)} / ${word('date', lang)}:` }]);
        this.page.drawLine({
          start: { x: MARGIN.left + 90, y: lineY() + 17 },
          end: { x: MARGIN.left + 300, y: lineY() + 17 },
          thickness: 0.6,
          color: INK,
        });
        this.y -= 28;
        this.page.drawLine({
          start: { x: MARGIN.left, y: this.y },
          end: { x: MARGIN.left + 300, y: this.y },
          thickness: 0.6,
          color: INK,
        });
        this.y -= 4;
        this.paragraph([
          {
            kind: 'text',
            text: signatory.title ? `${signatory.name}, ${signatory.title}` : signatory.name,
          },
        ]);
      }
      this.y -= 12;
    }
  }

  pageBreak(): void {
    if (this.y < A4.height - MARGIN.top) this.newPage();
  }

  /** Header text and «Side X av Y» on every page, once the page count is known. */
  decorate(doc: Document): void {
    const total = this.pages.length;
    this.pages.forEach((page, index) => {
      const header = doc.header;
      const headerWidth = this.fonts.sans.widthOfTextAtSize(header, 7.5);
      page.drawText(header, {
        x: A4.width - MARGIN.right - headerWidth,
        y: A4.height - 40,
        size: 7.5,
        font: this.fonts.sans,
        color: MUTED,
      });
      const footer = `${word('page', doc.lang)} ${index + 1} ${word('of', doc.lang)} ${total}`;
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

/** Renders a document as a PDF with embedded, subset fonts. */
export async function renderPdf(
  doc: Document,
  fontBytes: PdfFonts,
  options: PdfOptions,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const faces = Object.keys(fontBytes) as Face[];
  const embedded = await Promise.all(
    faces.map((face) => pdf.embedFont(fontBytes[face], { subset: true })),
  );
  const fonts = Object.fromEntries(faces.map((face, i) => [face, embedded[i]])) as Record<
    Face,
    PDFFont
  >;

  pdf.setTitle(doc.title, { showInWindowTitleBar: true });
  pdf.setAuthor(doc.meta.author);
  pdf.setSubject(doc.meta.subject);
  pdf.setKeywords(doc.meta.keywords);
  pdf.setLanguage(LANGUAGE_TAG[doc.lang]);
  pdf.setCreator('Skyavtale');
  pdf.setProducer('Skyavtale');
  pdf.setCreationDate(options.now);
  pdf.setModificationDate(options.now);

  const layout = new PdfLayout(pdf, fonts);
  layout.title(doc.title);
  doc.blocks.forEach((block, index) => {
    switch (block.kind) {
      case 'heading':
        layout.heading(block, doc.blocks[index + 1]);
        break;
      case 'paragraph':
        layout.paragraph(block.content);
        break;
      case 'guidance':
        layout.guidance(block.content);
        break;
      case 'list':
        layout.list(block);
        break;
      case 'table':
        layout.table(block);
        break;
      case 'signatures':
        layout.signatures(block.parties, doc.lang);
        break;
      case 'page-break':
        layout.pageBreak();
        break;
    }
  });
  layout.decorate(doc);
  return pdf.save({ useObjectStreams: true });
}
