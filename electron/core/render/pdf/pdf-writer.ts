import fontkit from '@pdf-lib/fontkit';
import { PDFDict, PDFDocument, PDFName, PDFString, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Block, Document } from '../../document/model';
import { word } from '../../i18n/document-words';
import { PdfLayout, type Face } from './pdf-layout';
import { addInternalLink, addOutline, addSignatureField } from './pdf-navigation';

/** TrueType fonts (not WOFF2: fontkit cannot subset those safely), one per face. */
export type PdfFonts = Record<Face, Uint8Array>;

export interface PdfOptions {
  /** The moment written into the metadata. */
  now: Date;
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

// Parsing a font and measuring its words are the slow parts of fontkit; both depend only on the
// font file, so they are done once per file however many documents are set in it.
const parsedFonts = new WeakMap<Uint8Array, ReturnType<typeof fontkit.create>>();
const cachingFontkit: typeof fontkit = {
  ...fontkit,
  create: (data: Uint8Array, postscriptName?: string) => {
    let font = parsedFonts.get(data);
    if (!font) {
      font = fontkit.create(data, postscriptName);
      parsedFonts.set(data, font);
    }
    return font;
  },
};
const wordWidths = new WeakMap<Uint8Array, Map<string, number>>();

function widthsOf(bytes: Uint8Array): Map<string, number> {
  let widths = wordWidths.get(bytes);
  if (!widths) {
    widths = new Map();
    wordWidths.set(bytes, widths);
  }
  return widths;
}
// Documents with at least this many chapters and clauses get a table of contents.
const TOC_MIN_ENTRIES = 8;

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
  pdf.setCreationDate(options.now);
  pdf.setModificationDate(options.now);
  // Custom entries in the document information dictionary: what signing tools and `verify` read.
  const info = pdf.context.lookup(pdf.context.trailerInfo.Info, PDFDict);
  const set = (key: string, value: string): void => {
    info.set(PDFName.of(key), PDFString.of(value));
  };
  set('SkyavtaleStatus', options.status === 'final' ? 'FINAL' : 'DRAFT');
  if (options.caseVersion !== null) set('SkyavtaleCaseVersion', String(options.caseVersion));
  if (options.docxSha256) set('SkyavtaleDocxSha256', options.docxSha256);
}

const keeps = (block: Block | undefined): boolean =>
  (block?.kind === 'heading' || block?.kind === 'paragraph') && block.keepWithNext === true;

function keptRunStarts(blocks: Block[], index: number): boolean {
  return keeps(blocks[index]) && !keeps(blocks[index - 1]);
}

/** The blocks kept with the next from `index` on, and the block they are kept with. */
function keptRun(blocks: Block[], index: number): Block[] {
  let end = index;
  while (keeps(blocks[end])) end++;
  return blocks.slice(index, end + 1);
}

/** Renders a document as a PDF: embedded font subsets, outline, links, signature fields. */
export async function renderPdf(
  doc: Document,
  fontBytes: PdfFonts,
  options: PdfOptions,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(cachingFontkit);
  const faces = Object.keys(fontBytes) as Face[];
  const embedded = await Promise.all(
    faces.map((face) => pdf.embedFont(fontBytes[face], { subset: true })),
  );
  const fonts = Object.fromEntries(faces.map((face, i) => [face, embedded[i]])) as Record<
    Face,
    PDFFont
  >;
  const layout = new PdfLayout(
    pdf,
    fonts,
    {
      page: word('page', doc.lang),
      of: word('of', doc.lang),
      place: word('place', doc.lang),
      date: word('date', doc.lang),
      signature: word('signature', doc.lang),
    },
    Object.fromEntries(faces.map((face) => [face, widthsOf(fontBytes[face])])) as Record<
      Face,
      Map<string, number>
    >,
  );

  const tocEntries = doc.blocks.filter(
    (b) => b.kind === 'heading' && b.level <= 2 && b.number !== null,
  );
  const withToc = tocEntries.length >= TOC_MIN_ENTRIES;
  const firstClause = doc.blocks.findIndex((b) => b.kind === 'heading' && b.number !== null);
  // With a front page (parties, appendix table), the contents come after it, before the clauses;
  // otherwise they follow the title.
  const frontMatter = firstClause > 0;
  layout.newPage();
  if (!withToc || frontMatter) layout.title(doc.title);
  doc.blocks.forEach((block, index) => {
    if (withToc && frontMatter && index === firstClause) layout.pageBreak();
    if (keptRunStarts(doc.blocks, index)) layout.keepTogether(keptRun(doc.blocks, index));
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
        layout.signatureBlock(block.parties);
        break;
      case 'page-break':
        layout.pageBreak();
        break;
    }
  });

  if (withToc) {
    // The contents are laid out last, when the pages of the headings are known, and inserted.
    const bodyIndex = new Map(pdf.getPages().map((page, i) => [page, i]));
    const placed = layout.headings.filter((h) => h.heading.level <= 2 && h.heading.number !== null);
    const firstPage = placed[0]?.page;
    const at = frontMatter && firstPage ? (bodyIndex.get(firstPage) ?? 0) : 0;
    const tocPages = layout.tocPageCount(
      placed.map((p) => p.heading),
      frontMatter ? 0 : layout.titleHeight(doc.title),
    );
    const pageOf = (page: PDFPage): number => {
      const index = bodyIndex.get(page) ?? 0;
      return index + (index >= at ? tocPages : 0) + 1;
    };
    layout.insertPagesAt(at);
    layout.newPage();
    if (!frontMatter) layout.title(doc.title);
    layout.tableOfContents(word('contents', doc.lang), placed, pageOf);
    if (pdf.getPageCount() !== bodyIndex.size + tocPages) {
      throw new Error('the table of contents took a different number of pages than measured');
    }
  }

  const pages = pdf.getPages();
  layout.decorate(pages, doc.header, options.status === 'draft' ? word('draft', doc.lang) : null);
  addOutline(
    pdf,
    layout.headings.map((h) => ({
      title: h.heading.number ? `${h.heading.number} ${h.heading.text}` : h.heading.text,
      level: h.heading.level,
      page: h.page,
      y: h.y,
    })),
  );
  const byId = new Map(
    layout.headings.flatMap((h) => (h.heading.id ? [[h.heading.id, h] as const] : [])),
  );
  for (const ref of layout.refs) {
    const dest = byId.get(ref.target);
    if (dest) addInternalLink(pdf, ref.page, ref.rect, dest);
  }
  for (const signature of layout.signatures)
    addSignatureField(pdf, signature.page, signature.name, signature.rect);
  if (options.attachment) {
    await pdf.attach(options.attachment.bytes, options.attachment.name, {
      mimeType: 'application/json',
      description: doc.meta.subject,
      creationDate: options.now,
      modificationDate: options.now,
    });
  }
  setMetadata(pdf, doc, options);
  return pdf.save({ useObjectStreams: true });
}
