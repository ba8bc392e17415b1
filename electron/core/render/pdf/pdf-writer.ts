import fontkit, { type Font } from '@pdf-lib/fontkit';
import {
  PDFDict,
  PDFDocument,
  PDFName,
  PDFString,
  degrees,
  rgb,
  type Color,
  type PDFFont,
  type PDFPage,
} from 'pdf-lib';
import type { Document } from '../../document/model';
import { word } from '../../i18n/document-words';
import { cachedMeasurer, type Measurer } from '../layout/line-breaker';
import type { Face, PageLayout, ParagraphItem, Placed, RunStyle } from '../layout/page-layout';
import { COLORS, HEADER_SIZE, PAGE, TABLE, TEXT_WIDTH } from '../typography';
import { addInternalLink, addOutline, addSignatureField, type Destination } from './pdf-navigation';
import { evenGlyphSubsets } from './even-glyphs';
import { shapeByWord } from './word-shaping';

/** TrueType fonts (not WOFF2: fontkit cannot subset those safely), one per face. */
export type PdfFonts = Record<Face, Uint8Array>;

export interface PdfOptions {
  /** The date written into the metadata: the case's, never the clock's; none when unknown. */
  date: Date | null;
  /** A final export carries FINAL metadata and no watermark; a draft carries «UTKAST». */
  status: 'draft' | 'final';
  /** SHA-256 of the DOCX this PDF matches, recorded in final exports. */
  docxSha256: string | null;
  /** The case version the document was made from, when the library knows it. */
  caseVersion: number | null;
  /** The case data, embedded as an attached JSON file. */
  attachment: { name: string; bytes: Uint8Array } | null;
}

const LANGUAGE_TAG = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' } as const;

// Parsing a font, shaping its words and measuring them depend only on the font file, so they are
// done once per file however many documents, in whatever language, are set in it.
const parsedFonts = new WeakMap<Uint8Array, Font>();
function parsed(data: Uint8Array): Font {
  let font = parsedFonts.get(data);
  if (!font) {
    font = fontkit.create(data);
    shapeByWord(font);
    evenGlyphSubsets(font);
    parsedFonts.set(data, font);
  }
  return font;
}
const cachingFontkit: typeof fontkit = { ...fontkit, create: parsed };

const measurers = new WeakMap<Uint8Array, Measurer>();
/** Word widths at size 1 in the PDF's faces, which are the DOCX's metrics too. */
export function measurerOf(fonts: PdfFonts): (style: RunStyle) => Measurer {
  return (style) => {
    const bytes = fonts[style.face];
    let m = measurers.get(bytes);
    if (!m) {
      const font = parsed(bytes);
      // Glyph advances without kerning: what the PDF draws, and what Word sets by default.
      m = cachedMeasurer(
        (text) =>
          font.layout(text).glyphs.reduce((sum, glyph) => sum + glyph.advanceWidth, 0) /
          font.unitsPerEm,
      );
      measurers.set(bytes, m);
    }
    return m;
  };
}

const color = (hex: string): Color =>
  rgb(
    parseInt(hex.slice(0, 2), 16) / 255,
    parseInt(hex.slice(2, 4), 16) / 255,
    parseInt(hex.slice(4, 6), 16) / 255,
  );
const INK = color(COLORS.ink);
const ACCENT = color(COLORS.accent);
const MUTED = color(COLORS.muted);
const GUIDANCE = color(COLORS.guidance);
const RULE = color(COLORS.rule);
const SHADE = color(COLORS.shade);

/** The baseline of a line of `size` points in a line box of `line` points, from its top. */
const baseline = (top: number, line: number, size: number): number =>
  PAGE.height - top - (line + 0.76 * size) / 2;

function inkOf(item: ParagraphItem): Color {
  switch (item.role) {
    case 'title':
    case 'heading':
    case 'contents-heading':
      return ACCENT;
    case 'guidance':
      return GUIDANCE;
    default:
      return INK;
  }
}

/** Draws the laid-out pages: text, tables, contents, links and signature fields. */
class PageDrawer {
  readonly destinations = new Map<string, Destination>();
  readonly outline: { title: string; level: number; dest: Destination }[] = [];
  private readonly refs: {
    page: PDFPage;
    rect: [number, number, number, number];
    target: string;
  }[] = [];
  private readonly entries: { page: PDFPage; top: number; item: ParagraphItem }[] = [];

  constructor(
    private readonly pdf: PDFDocument,
    private readonly pages: PDFPage[],
    private readonly fonts: Record<Face, PDFFont>,
    private readonly layout: PageLayout,
  ) {}

  private text(
    page: PDFPage,
    text: string,
    x: number,
    y: number,
    size: number,
    face: Face,
    ink: Color,
  ): void {
    if (text) page.drawText(text, { x, y, size, font: this.fonts[face], color: ink });
  }

  line(p: Extract<Placed, { kind: 'line' }>): void {
    const page = this.pages[p.page];
    if (!page) return;
    const { item } = p;
    const { size, line } = item.look;
    const y = baseline(p.top, line, size);
    const ink = inkOf(item);
    const left = PAGE.margin + item.indent;
    if (p.line === 0) {
      if (item.lead)
        this.text(page, item.lead.text, PAGE.margin + item.lead.x, y, size, item.lead.face, ink);
      if (item.heading) {
        const dest = { page, y: PAGE.height - p.top };
        if (item.heading.id) this.destinations.set(item.heading.id, dest);
        const { number, text, level } = item.heading;
        this.outline.push({ title: number ? `${number} ${text}` : text, level, dest });
      }
      if (item.entry) this.entries.push({ page, top: p.top, item });
    }
    if (item.role === 'guidance') {
      page.drawLine({
        start: { x: PAGE.margin + 3, y: PAGE.height - p.top },
        end: { x: PAGE.margin + 3, y: PAGE.height - p.top - line },
        thickness: 1.5,
        color: GUIDANCE,
      });
    }
    for (const segment of item.lines[p.line]?.segments ?? []) {
      const x = left + segment.x;
      this.text(page, segment.text, x, y, size, segment.style.face, ink);
      if (segment.style.ref) {
        const width = this.fonts[segment.style.face].widthOfTextAtSize(segment.text, size);
        this.refs.push({ page, rect: [x, y - 2, x + width, y + size], target: segment.style.ref });
      }
    }
    if (item.signatureField) {
      const text = item.lines[0]?.segments[0]?.text ?? '';
      const label = text.slice(0, text.indexOf('_'));
      const start = left + this.fonts.regular.widthOfTextAtSize(label, size);
      const end = left + this.fonts.regular.widthOfTextAtSize(text, size);
      addSignatureField(this.pdf, page, item.signatureField, [start, y - 2, end, y + 28]);
    }
  }

  row(p: Extract<Placed, { kind: 'row' }>): void {
    const page = this.pages[p.page];
    if (!page) return;
    const top = PAGE.height - p.top;
    const { row, item } = p;
    if (row.shaded) {
      page.drawRectangle({
        x: PAGE.margin,
        y: top - row.height,
        width: TEXT_WIDTH,
        height: row.height,
        color: SHADE,
      });
    }
    let x = PAGE.margin;
    row.cells.forEach((cell, i) => {
      cell.forEach((line, n) => {
        const y = baseline(p.top + TABLE.padY + n * TABLE.line, TABLE.line, TABLE.size);
        for (const segment of line.segments)
          this.text(
            page,
            segment.text,
            x + TABLE.padX + segment.x,
            y,
            TABLE.size,
            segment.style.face,
            INK,
          );
      });
      x += item.widths[i] ?? 0;
    });
    page.drawLine({
      start: { x: PAGE.margin, y: top - row.height },
      end: { x: PAGE.margin + TEXT_WIDTH, y: top - row.height },
      thickness: TABLE.rule,
      color: RULE,
    });
  }

  /** Page numbers of the contents and links, once every heading has its page. */
  finish(): void {
    for (const { page, top, item } of this.entries) {
      const heading = item.entry;
      const index = heading ? this.layout.headingPages.get(heading) : undefined;
      if (!heading || index === undefined) continue;
      const { size, line } = item.look;
      const label = String(index + 1);
      const face: Face = heading.level === 1 ? 'bold' : 'regular';
      const width = this.fonts[face].widthOfTextAtSize(label, size);
      const lastTop = top + (item.lines.length - 1) * line;
      this.text(
        page,
        label,
        PAGE.width - PAGE.margin - width,
        baseline(lastTop, line, size),
        size,
        face,
        INK,
      );
      const dest = heading.id ? this.destinations.get(heading.id) : undefined;
      if (dest) {
        addInternalLink(
          this.pdf,
          page,
          [PAGE.margin, PAGE.height - lastTop - line, PAGE.width - PAGE.margin, PAGE.height - top],
          dest,
        );
      }
    }
    for (const ref of this.refs) {
      const dest = this.destinations.get(ref.target);
      if (dest) addInternalLink(this.pdf, ref.page, ref.rect, dest);
    }
  }

  /** Header text, «Side X av Y» and, on drafts, a faint watermark. */
  decorate(doc: Document, watermark: string | null): void {
    const total = this.pages.length;
    const { regular, bold } = this.fonts;
    this.pages.forEach((page, index) => {
      if (watermark) {
        const size = 96;
        const width = bold.widthOfTextAtSize(watermark, size);
        const rad = Math.PI / 4;
        page.drawText(watermark, {
          x: PAGE.width / 2 - (width / 2) * Math.cos(rad) + (size / 3) * Math.sin(rad),
          y: PAGE.height / 2 - (width / 2) * Math.sin(rad) - (size / 3) * Math.cos(rad),
          size,
          font: bold,
          color: rgb(0.75, 0.1, 0.1),
          opacity: 0.07,
          rotate: degrees(45),
        });
      }
      page.drawText(doc.header, {
        x: PAGE.width - PAGE.margin - regular.widthOfTextAtSize(doc.header, HEADER_SIZE),
        y: PAGE.height - 40,
        size: HEADER_SIZE,
        font: regular,
        color: MUTED,
      });
      const footer = `${word('page', doc.lang)} ${index + 1} ${word('of', doc.lang)} ${total}`;
      page.drawText(footer, {
        x: (PAGE.width - regular.widthOfTextAtSize(footer, HEADER_SIZE)) / 2,
        y: 36,
        size: HEADER_SIZE,
        font: regular,
        color: MUTED,
      });
    });
  }
}

function setMetadata(pdf: PDFDocument, doc: Document, options: PdfOptions): void {
  pdf.setTitle(doc.title, { showInWindowTitleBar: true });
  pdf.setAuthor(doc.meta.author);
  pdf.setSubject(doc.meta.subject);
  pdf.setKeywords([
    ...doc.meta.keywords,
    options.status === 'final' ? 'FINAL' : word('draft', doc.lang),
  ]);
  pdf.setLanguage(LANGUAGE_TAG[doc.lang]);
  pdf.setCreator('Skyavtale');
  pdf.setProducer('Skyavtale');
  if (options.date) {
    pdf.setCreationDate(options.date);
    pdf.setModificationDate(options.date);
  }
  // Custom entries in the document information dictionary: what signing tools and `verify` read.
  const info = pdf.context.lookup(pdf.context.trailerInfo.Info, PDFDict);
  const set = (key: string, value: string): void => {
    info.set(PDFName.of(key), PDFString.of(value));
  };
  set('SkyavtaleStatus', options.status === 'final' ? 'FINAL' : 'DRAFT');
  if (options.caseVersion !== null) set('SkyavtaleCaseVersion', String(options.caseVersion));
  if (options.docxSha256) set('SkyavtaleDocxSha256', options.docxSha256);
}

/** Renders a laid-out document as a PDF: embedded font subsets, outline, links, signature fields. */
export async function renderPdf(
  doc: Document,
  layout: PageLayout,
  fontBytes: PdfFonts,
  options: PdfOptions,
): Promise<Uint8Array> {
  // No clock in the file: its dates are set below from the options, or left out.
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(cachingFontkit);
  const faces = Object.keys(fontBytes) as Face[];
  const embedded = await Promise.all(
    faces.map((face) => pdf.embedFont(fontBytes[face], { subset: true })),
  );
  const fonts = Object.fromEntries(faces.map((face, i) => [face, embedded[i]])) as Record<
    Face,
    PDFFont
  >;
  const pages = Array.from({ length: layout.pageCount }, () =>
    pdf.addPage([PAGE.width, PAGE.height]),
  );
  const drawer = new PageDrawer(pdf, pages, fonts, layout);
  for (const p of layout.placed) {
    if (p.kind === 'line') drawer.line(p);
    else drawer.row(p);
  }
  drawer.finish();
  drawer.decorate(doc, options.status === 'draft' ? word('draft', doc.lang) : null);
  addOutline(
    pdf,
    drawer.outline.map((entry) => ({ title: entry.title, level: entry.level, ...entry.dest })),
  );
  if (options.attachment) {
    await pdf.attach(options.attachment.bytes, options.attachment.name, {
      mimeType: 'application/json',
      description: doc.meta.subject,
      ...(options.date && { creationDate: options.date, modificationDate: options.date }),
    });
  }
  setMetadata(pdf, doc, options);
  return pdf.save({ useObjectStreams: true });
}
