import fontkit, { type Font } from '@pdf-lib/fontkit';
import { PDFDict, PDFDocument, PDFName, PDFString, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Document } from '../../document/model';
import { LANGUAGE_TAG, word } from '../../i18n/document-words';
import { advanceMeasurer, type Measurer } from '../layout/line-breaker';
import type { Face, PageLayout, ParagraphItem, Placed, RunStyle } from '../layout/page-layout';
import { BODY, COLORS, PAGE, RUNNING, TABLE, TEXT_WIDTH } from '../typography';
import { ContentStream, WATERMARK_STATE, fontKey, rgbOperands } from './content-stream';
import { addInternalLink, addOutline, addSignatureField, type Destination } from './pdf-navigation';
import { postHeaderOnly } from './post-header';
import { SubsetText } from './subset-text';
import { copyingSubsets } from './truetype-subset';
import { ByteWriter } from './byte-writer';
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

// fontkit's Buffer shim copies a typed array byte by byte, a twentieth of a cold start for the five
// faces; the ArrayBuffer under a view of a whole font file it wraps as it is.
function wrappable(data: Uint8Array): Uint8Array {
  const whole = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength;
  return whole ? (data.buffer as unknown as Uint8Array) : data;
}

// Parsing a font, shaping its words and measuring them depend only on the font file, so they are
// done once per file however many documents, in whatever language, are set in it.
const parsedFonts = new WeakMap<Uint8Array, Font>();
function parsed(data: Uint8Array): Font {
  let font = parsedFonts.get(data);
  if (!font) {
    font = fontkit.create(wrappable(data));
    shapeByWord(font);
    copyingSubsets(font);
    postHeaderOnly(font);
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
      // Glyph advances without kerning: what the PDF draws, and what Word sets by default. The
      // faces substitute nothing, so a character has the glyph it has alone.
      const advances = (text: string): number =>
        font.layout(text).glyphs.reduce((sum, glyph) => sum + glyph.advanceWidth, 0);
      m = advanceMeasurer((code) => advances(String.fromCharCode(code)), advances, font.unitsPerEm);
      measurers.set(bytes, m);
    }
    return m;
  };
}

const INK = rgbOperands(COLORS.ink);
const ACCENT = rgbOperands(COLORS.accent);
const MUTED = rgbOperands(COLORS.muted);
const GUIDANCE = rgbOperands(COLORS.guidance);
const RULE = rgbOperands(COLORS.rule);
const SHADE = rgbOperands(COLORS.shade);
const WATERMARK = { fill: '0.75 0.1 0.1', opacity: 0.07, size: 96, angle: Math.PI / 4 };

/** The baseline of a line of `size` points in a line box of `line` points, from its top. */
const baseline = (top: number, line: number, size: number): number =>
  PAGE.height - top - (line + 0.76 * size) / 2;

/** Where the text's right margin is. */
const RIGHT = PAGE.width - PAGE.margin;

// The header's line starts below the header edge by the body's space before; the footer's ends
// at the footer edge.
const HEADER_BASELINE = baseline(RUNNING.edge + BODY.before, BODY.line, BODY.size);
const FOOTER_BASELINE = baseline(PAGE.height - RUNNING.edge - BODY.line, BODY.line, BODY.size);

function inkOf(item: ParagraphItem): string {
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
  /** The faces drawn in, which are the only ones embedded. */
  readonly faces = new Set<Face>();
  readonly streams: ContentStream[];
  private readonly refs: {
    page: PDFPage;
    rect: [number, number, number, number];
    target: string;
  }[] = [];
  private readonly entries: { page: number; top: number; item: ParagraphItem }[] = [];

  constructor(
    private readonly pdf: PDFDocument,
    readonly pages: PDFPage[],
    private readonly width: (face: Face, text: string, size: number) => number,
    private readonly layout: PageLayout,
  ) {
    this.streams = pages.map(() => new ContentStream(this.faces));
  }

  line(p: Extract<Placed, { kind: 'line' }>): void {
    const page = this.pages[p.page];
    const stream = this.streams[p.page];
    if (!page || !stream) return;
    const { item } = p;
    const { size, line } = item.look;
    const y = baseline(p.top, line, size);
    const ink = inkOf(item);
    const left = PAGE.margin + item.indent;
    if (p.line === 0) {
      if (item.lead)
        stream.text(item.lead.text, PAGE.margin + item.lead.x, y, size, item.lead.face, ink);
      if (item.heading) {
        const dest = { page, y: PAGE.height - p.top };
        if (item.heading.id) this.destinations.set(item.heading.id, dest);
        const { number, text, level } = item.heading;
        this.outline.push({ title: number ? `${number} ${text}` : text, level, dest });
      }
      if (item.entry) this.entries.push({ page: p.page, top: p.top, item });
    }
    if (item.role === 'guidance') {
      const x = PAGE.margin + 3;
      stream.line(x, PAGE.height - p.top, x, PAGE.height - p.top - line, 1.5, GUIDANCE);
    }
    for (const segment of item.lines[p.line]?.segments ?? []) {
      const x = left + segment.x;
      stream.text(segment.text, x, y, size, segment.style.face, ink);
      if (segment.style.ref) {
        const width = this.width(segment.style.face, segment.text, size);
        this.refs.push({ page, rect: [x, y - 2, x + width, y + size], target: segment.style.ref });
      }
    }
    if (item.signatureField) {
      const text = item.lines[0]?.segments[0]?.text ?? '';
      const label = text.slice(0, text.indexOf('_'));
      const start = left + this.width('regular', label, size);
      const end = left + this.width('regular', text, size);
      addSignatureField(this.pdf, page, item.signatureField, [start, y - 2, end, y + 28]);
    }
  }

  row(p: Extract<Placed, { kind: 'row' }>): void {
    const stream = this.streams[p.page];
    if (!stream) return;
    const top = PAGE.height - p.top;
    const { row, item } = p;
    if (row.shaded) stream.rect(PAGE.margin, top - row.height, TEXT_WIDTH, row.height, SHADE);
    let x = PAGE.margin;
    row.cells.forEach((cell, i) => {
      cell.forEach((line, n) => {
        const y = baseline(p.top + TABLE.padY + n * TABLE.line, TABLE.line, TABLE.size);
        for (const segment of line.segments)
          stream.text(
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
    const y = top - row.height;
    stream.line(PAGE.margin, y, PAGE.margin + TEXT_WIDTH, y, TABLE.rule, RULE);
  }

  /** Page numbers of the contents and links, once every heading has its page. */
  finish(): void {
    for (const { page, top, item } of this.entries) {
      const heading = item.entry;
      const index = heading ? this.layout.headingPages.get(heading) : undefined;
      const stream = this.streams[page];
      const pdfPage = this.pages[page];
      if (!heading || index === undefined || !stream || !pdfPage) continue;
      const { size, line } = item.look;
      const label = String(index + 1);
      const face: Face = heading.level === 1 ? 'bold' : 'regular';
      const labelX = RIGHT - this.width(face, label, size);
      const lastTop = top + (item.lines.length - 1) * line;
      const y = baseline(lastTop, line, size);
      const titleEnd = PAGE.margin + item.indent + (item.lines.at(-1)?.width ?? 0);
      this.leader(stream, titleEnd, labelX, y, size, face);
      stream.text(label, labelX, y, size, face, INK);
      const dest = heading.id ? this.destinations.get(heading.id) : undefined;
      if (dest) {
        addInternalLink(
          this.pdf,
          pdfPage,
          [PAGE.margin, PAGE.height - lastTop - line, RIGHT, PAGE.height - top],
          dest,
        );
      }
    }
    for (const ref of this.refs) {
      const dest = this.destinations.get(ref.target);
      if (dest) addInternalLink(this.pdf, ref.page, ref.rect, dest);
    }
  }

  /**
   * The dots between a contents entry's title and its page, as the DOCX's dotted tab has them:
   * they end before the page number and start at least half a dot after the title, on a grid
   * from the right margin, so that the dots of one face line up from entry to entry.
   */
  private leader(
    stream: ContentStream,
    from: number,
    to: number,
    y: number,
    size: number,
    face: Face,
  ): void {
    const dot = this.width(face, '.', size);
    const end = RIGHT - Math.ceil((RIGHT - to) / dot) * dot;
    const count = Math.floor((end - from) / dot - 0.5);
    if (count > 0) stream.text('.'.repeat(count), end - count * dot, y, size, face, INK);
  }

  /** Header text, «Side X av Y» and, on drafts, a faint watermark. */
  decorate(doc: Document, watermark: string | null): void {
    const total = this.streams.length;
    this.streams.forEach((stream, index) => {
      if (watermark) {
        const { size, angle } = WATERMARK;
        const width = this.width('bold', watermark, size);
        stream.faintText(
          watermark,
          PAGE.width / 2 - (width / 2) * Math.cos(angle) + (size / 3) * Math.sin(angle),
          PAGE.height / 2 - (width / 2) * Math.sin(angle) - (size / 3) * Math.cos(angle),
          angle,
          size,
          'bold',
          WATERMARK.fill,
        );
      }
      const { size } = RUNNING;
      const headerX = RIGHT - this.width('regular', doc.header, size);
      stream.text(doc.header, headerX, HEADER_BASELINE, size, 'regular', MUTED);
      const footer = `${word('page', doc.lang)} ${index + 1} ${word('of', doc.lang)} ${total}`;
      const footerX = (PAGE.width - this.width('regular', footer, size)) / 2;
      stream.text(footer, footerX, FOOTER_BASELINE, size, 'regular', MUTED);
    });
  }
}

/**
 * Embeds the faces drawn in, as subsets, and puts each page's operators in as one compressed
 * stream, with the fonts (and the watermark's transparency) in the page's resources.
 */
async function writePages(
  pdf: PDFDocument,
  drawer: PageDrawer,
  fontBytes: PdfFonts,
  watermark: boolean,
): Promise<void> {
  const faces = (Object.keys(fontBytes) as Face[]).filter((face) => drawer.faces.has(face));
  const fonts = await Promise.all(
    faces.map((face) => pdf.embedFont(fontBytes[face], { subset: true })),
  );
  const text = new Map(faces.map((face, i) => [face, new SubsetText(fonts[i] as PDFFont)]));
  const fontNames = faces.map((face) => PDFName.of(fontKey(face).slice(1)));
  const faint = watermark
    ? pdf.context.register(pdf.context.obj({ Type: 'ExtGState', ca: WATERMARK.opacity }))
    : null;
  const stateName = PDFName.of(WATERMARK_STATE.slice(1));
  const out = new ByteWriter();
  drawer.pages.forEach((page, index) => {
    faces.forEach((_, i) => {
      const font = fonts[i];
      const name = fontNames[i];
      if (font && name) page.node.setFontDictionary(name, font.ref);
    });
    if (faint) page.node.setExtGState(stateName, faint);
    out.reset();
    for (const part of drawer.streams[index]?.finish() ?? []) {
      if (typeof part === 'string') out.ascii(part);
      else {
        out.byte(0x28);
        (text.get(part.face) as SubsetText).write(part.text, out);
        out.ascii(') Tj\n');
      }
    }
    // Compressed at once, before the buffer takes the next page.
    page.node.addContentStream(pdf.context.register(pdf.context.flateStream(out.bytes())));
  });
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
  const pages = Array.from({ length: layout.pageCount }, () =>
    pdf.addPage([PAGE.width, PAGE.height]),
  );
  const measure = measurerOf(fontBytes);
  const width = (face: Face, text: string, size: number): number =>
    measure({ face }).width(text) * size;
  const drawer = new PageDrawer(pdf, pages, width, layout);
  for (const p of layout.placed) {
    if (p.kind === 'line') drawer.line(p);
    else drawer.row(p);
  }
  drawer.finish();
  const watermark = options.status === 'draft' ? word('draft', doc.lang) : null;
  drawer.decorate(doc, watermark);
  await writePages(pdf, drawer, fontBytes, watermark !== null);
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
