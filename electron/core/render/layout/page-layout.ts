import type { Block, Document, Heading, Inline, SignatureParty, Table } from '../../document/model';
import { word } from '../../i18n/document-words';
import {
  AFTER_TABLE,
  BODY,
  CONTENTS_ENTRY,
  CONTENTS_HEADING,
  GUIDANCE,
  HEADING,
  LIST,
  PAGE,
  SIGNATURE,
  TABLE,
  TEXT_WIDTH,
  SYMBOLS,
  TITLE,
  columnTwips,
  twips,
  type ParagraphLook,
} from '../typography';
import { breakLines, type Line, type Measurer, type Span } from './line-breaker';

/** The faces documents are set in. */
export type Face = 'regular' | 'bold' | 'italic' | 'boldItalic' | 'symbol';

/** How a run is drawn: a face, and for a cross-reference the clause it points at. */
export interface RunStyle {
  face: Face;
  ref?: string;
}

// One shared object per plain face, so that the line breaker joins neighbouring runs of it.
const PLAIN: Record<Face, RunStyle> = {
  regular: { face: 'regular' },
  bold: { face: 'bold' },
  italic: { face: 'italic' },
  boldItalic: { face: 'boldItalic' },
  symbol: { face: 'symbol' },
};

/** What a paragraph is, for drawing: the writer picks colours and extras by it. */
export type ParagraphRole =
  | 'title'
  | 'heading'
  | 'body'
  | 'guidance'
  | 'list-item'
  | 'after-table'
  | 'contents-heading'
  | 'contents-entry'
  | 'contents-end'
  | 'signature-line';

export interface ParagraphItem {
  kind: 'paragraph';
  role: ParagraphRole;
  look: ParagraphLook;
  /** Left edge of the text, from the margin. */
  indent: number;
  lines: Line<RunStyle>[];
  keepNext: boolean;
  pageBreakBefore: boolean;
  /** Text drawn left of the first line at the margin: a clause number or list marker. */
  lead?: { text: string; x: number; face: Face };
  heading?: Heading;
  /** For a contents entry, the heading it lists. */
  entry?: Heading;
  /** For a signature line, the name of the signature field over it. */
  signatureField?: string;
}

export interface TableRowLayout {
  cells: Line<RunStyle>[][];
  height: number;
  shaded: boolean;
}

export interface TableItem {
  kind: 'table';
  widths: number[];
  header: TableRowLayout | null;
  rows: TableRowLayout[];
  pageBreakBefore: boolean;
}

export type LayoutItem = ParagraphItem | TableItem;

/** A line or row placed on a page: `top` is its top edge, in points from the page's top. */
export type Placed =
  | { kind: 'line'; item: ParagraphItem; line: number; page: number; top: number }
  | { kind: 'row'; item: TableItem; row: TableRowLayout; page: number; top: number };

export interface PageLayout {
  pageCount: number;
  placed: Placed[];
  /** The page (from 0) each heading starts on, in document order. */
  headingPages: Map<Heading, number>;
  /** The contents entries, in order: the headings Word lists with heading styles 1–2. */
  contents: ContentsEntry[];
}

export interface ContentsEntry {
  heading: Heading;
  /** The page (from 0) the heading is on. */
  page: number;
  /** The width of its number at 12 points, in twips, as Word is told it. */
  numberWidth: number;
}

// Documents with at least this many chapters and clauses get a table of contents.
const CONTENTS_MIN_ENTRIES = 8;
const BOTTOM = PAGE.height - PAGE.margin;
const EPSILON = 0.01;

const isContentsEntry = (b: Block): b is Heading =>
  b.kind === 'heading' && b.level <= 2 && b.number !== null;

/** The headings a document's table of contents lists, or none when it is too short for one. */
export function contentsEntries(doc: Document): Heading[] {
  const entries = doc.blocks.filter(isContentsEntry);
  return entries.length >= CONTENTS_MIN_ENTRIES ? entries : [];
}

function faceOf(inline: { bold?: boolean; italic?: boolean }): Face {
  if (inline.bold && inline.italic) return 'boldItalic';
  if (inline.bold) return 'bold';
  return inline.italic ? 'italic' : 'regular';
}

/** Text in a face, with the characters the face lacks in the symbol face, added to `out`. */
function inFace(text: string, face: Face, out: Span<RunStyle>[] = []): Span<RunStyle>[] {
  // Most text has no symbol: one span, without splitting.
  if (!SYMBOLS.test(text)) {
    if (text !== '') out.push({ text, style: PLAIN[face] });
    return out;
  }
  text.split(SYMBOLS).forEach((part, i) => {
    if (part !== '') out.push({ text: part, style: PLAIN[i % 2 === 1 ? 'symbol' : face] });
  });
  return out;
}

function spans(content: Inline[]): Span<RunStyle>[] {
  const out: Span<RunStyle>[] = [];
  for (const inline of content) {
    if (inline.kind === 'ref')
      out.push({ text: inline.label, style: { face: 'regular', ref: inline.target } });
    else inFace(inline.text, faceOf(inline), out);
  }
  return out;
}

/** Turns a document's blocks into paragraphs and tables with their lines broken. */
class ItemBuilder {
  readonly items: LayoutItem[] = [];
  private breakNext = false;

  constructor(
    private readonly doc: Document,
    private readonly measurer: (style: RunStyle) => Measurer,
  ) {}

  private lines(content: Span<RunStyle>[], width: number, size: number): Line<RunStyle>[] {
    return breakLines(content, width, size, this.measurer);
  }

  paragraph(
    role: ParagraphRole,
    look: ParagraphLook,
    content: Span<RunStyle>[],
    extra: Partial<ParagraphItem> = {},
    width = TEXT_WIDTH - (extra.indent ?? 0),
  ): void {
    this.items.push({
      kind: 'paragraph',
      role,
      look,
      indent: 0,
      lines: content.length > 0 ? this.lines(content, width, look.size) : [],
      keepNext: false,
      pageBreakBefore: this.takeBreak(),
      ...extra,
    });
  }

  private takeBreak(): boolean {
    const brk = this.breakNext;
    this.breakNext = false;
    return brk;
  }

  pageBreak(): void {
    if (this.items.length > 0) this.breakNext = true;
  }

  title(): void {
    this.paragraph('title', TITLE, [{ text: this.doc.title, style: PLAIN.bold }]);
  }

  heading(block: Heading): void {
    // Front page headings are unnumbered and set as chapters.
    const look = HEADING[block.number ? block.level : 1];
    const face: Face = block.number && block.level === 3 ? 'boldItalic' : 'bold';
    const indent = block.number ? look.indent : 0;
    this.paragraph('heading', look, [{ text: block.text, style: PLAIN[face] }], {
      indent,
      keepNext: true,
      heading: block,
      ...(block.number && { lead: { text: block.number, x: 0, face } }),
    });
  }

  contents(entries: Heading[], numberWidth: (text: string) => number): void {
    this.paragraph('contents-heading', CONTENTS_HEADING, [
      { text: word('contents', this.doc.lang), style: PLAIN.bold },
    ]);
    for (const entry of entries) {
      const face = entry.level === 1 ? PLAIN.bold : PLAIN.regular;
      const number = entry.number ?? '';
      const tab = contentsTab(entry.level, numberWidth(number));
      this.paragraph(
        'contents-entry',
        CONTENTS_ENTRY,
        [{ text: entry.text, style: face }],
        {
          indent: tab,
          entry,
          lead: {
            text: number,
            x: (entry.level - 1) * CONTENTS_ENTRY.levelIndent,
            face: face.face,
          },
        },
        // The page number sits in the 40 points at the right.
        TEXT_WIDTH - tab - 40,
      );
    }
    // Word ends the contents field in a paragraph of its own.
    this.paragraph('contents-end', BODY, []);
    this.breakNext = true;
  }

  list(block: Extract<Block, { kind: 'list' }>): void {
    block.items.forEach((item, index) => {
      this.paragraph('list-item', LIST, spans(item), {
        indent: LIST.indent,
        lead: { text: block.ordered ? `${index + 1}.` : '–', x: LIST.marker, face: 'regular' },
      });
    });
  }

  table(block: Table): void {
    const weights = block.widths ?? (block.rows[0] ?? block.header).map(() => 1);
    const widths = columnTwips(weights).map((w) => w / 20);
    const emphasis = new Set(block.emphasis ?? []);
    const row = (cells: string[], bold: boolean, shaded: boolean): TableRowLayout => {
      const lines = cells.map((text, i) => {
        const cell = (part: string): Line<RunStyle>[] =>
          this.lines(
            inFace(part, bold ? 'bold' : 'regular'),
            (widths[i] ?? 0) - 2 * TABLE.padX,
            TABLE.size,
          );
        // Each line of a cell is a paragraph of its own, as in the DOCX.
        return text.includes('\n') ? text.split('\n').flatMap(cell) : cell(text);
      });
      const height =
        Math.max(1, ...lines.map((l) => l.length)) * TABLE.line + 2 * TABLE.padY + TABLE.rule;
      return { cells: lines, height, shaded };
    };
    this.items.push({
      kind: 'table',
      widths,
      header: block.header.length > 0 ? row(block.header, true, true) : null,
      rows: block.rows.map((cells, r) => row(cells, emphasis.has(r), false)),
      pageBreakBefore: this.takeBreak(),
    });
    this.paragraph('after-table', AFTER_TABLE, []);
  }

  signatures(parties: SignatureParty[]): void {
    const rule = '_______________________________';
    const words = (key: 'place' | 'date' | 'signature') => word(key, this.doc.lang);
    for (const party of parties) {
      const lastParty = party === parties.at(-1);
      this.paragraph(
        'body',
        SIGNATURE,
        [{ text: `${party.role}: ${party.name}`, style: PLAIN.bold }],
        {
          keepNext: true,
        },
      );
      party.signatories.forEach((signatory, index) => {
        this.paragraph(
          'body',
          SIGNATURE,
          [{ text: `${words('place')} / ${words('date')}: ${rule}`, style: PLAIN.regular }],
          { keepNext: true },
        );
        this.paragraph(
          'signature-line',
          { ...SIGNATURE, before: SIGNATURE.signBefore },
          [{ text: `${words('signature')}: ${rule}`, style: PLAIN.regular }],
          { keepNext: true, signatureField: `Signatur ${party.role} ${index + 1}` },
        );
        this.paragraph(
          'body',
          SIGNATURE,
          [
            {
              text: signatory.title ? `${signatory.name}, ${signatory.title}` : signatory.name,
              style: PLAIN.regular,
            },
          ],
          // Every party's lines stay on one page: only the very last line may end it.
          { keepNext: !lastParty || index < party.signatories.length - 1 },
        );
      });
    }
  }

  block(block: Block): void {
    switch (block.kind) {
      case 'heading':
        this.heading(block);
        return;
      case 'paragraph':
        this.paragraph('body', BODY, spans(block.content), {
          keepNext: block.keepWithNext === true,
        });
        return;
      case 'guidance':
        this.paragraph('guidance', GUIDANCE, spans(block.content), {
          indent: GUIDANCE.indent,
        });
        return;
      case 'list':
        this.list(block);
        return;
      case 'table':
        this.table(block);
        return;
      case 'signatures':
        this.signatures(block.parties);
        return;
      case 'page-break':
        this.pageBreak();
        return;
    }
  }
}

/**
 * Where a contents entry's title starts, in points: Word puts the tab stop after the number past
 * it by 240 twips, plus 240 for each level below the first, rounded up to the next multiple of 240
 * up to 1920. The number is measured at 12 points, as Word measures it there.
 */
export function contentsTab(level: number, numberWidthAt12: number): number {
  const end = 240 * (level - 1) + twips(numberWidthAt12) + 240;
  return (end <= 1920 ? Math.ceil(end / 240) * 240 : end) / 20;
}

/** The width Word is told for a contents entry's number, in twips at 12 points. */
export function contentsNumberWidth(
  number: string,
  measurer: (style: RunStyle) => Measurer,
): number {
  return twips(measurer(PLAIN.regular).width(number) * 12);
}

/** The blocks of a document in the order they are set: title, front page, contents, clauses. */
export function layoutItems(doc: Document, measurer: (style: RunStyle) => Measurer): LayoutItem[] {
  const builder = new ItemBuilder(doc, measurer);
  const entries = contentsEntries(doc);
  const firstClause = doc.blocks.findIndex((b) => b.kind === 'heading' && b.number !== null);
  const numberWidth = (text: string): number => contentsNumberWidth(text, measurer) / 20;
  builder.title();
  doc.blocks.forEach((block, index) => {
    if (entries.length > 0 && index === Math.max(firstClause, 0)) {
      // With a front page (parties, appendix table), the contents follow it on a page of their own.
      if (firstClause > 0) builder.pageBreak();
      builder.contents(entries, numberWidth);
    }
    builder.block(block);
  });
  return builder.items;
}

const itemHeight = (item: ParagraphItem, withBefore: boolean): number =>
  (withBefore ? item.look.before : 0) + Math.max(1, item.lines.length) * item.look.line;

/** With widow and orphan control, the lines of a paragraph that must start on the same page. */
function firstChunk(item: LayoutItem): number {
  if (item.kind === 'table') return (item.header?.height ?? 0) + (item.rows[0]?.height ?? 0);
  const n = Math.max(1, item.lines.length);
  return item.look.before + (item.keepNext || n <= 3 ? n : 2) * item.look.line;
}

/**
 * Breaks the items into pages by the rules Word and LibreOffice follow for our styles: exact line
 * heights; space before dropped at the top of a page the text flowed onto; widow and orphan
 * control (two lines); a paragraph kept with the next, as headings and signature lines are, moves
 * to the next page with the start of what follows; table rows never split and the header row is
 * repeated on each page, kept with the first row.
 */
export function paginate(items: LayoutItem[]): { placed: Placed[]; pageCount: number } {
  const placed: Placed[] = [];
  let page = 0;
  let y = PAGE.margin;
  // Whether the page has nothing on it yet, and whether it began with a page break.
  let empty = true;
  let hardTop = true;
  const room = (): number => BOTTOM - y;
  const newPage = (hard: boolean): void => {
    page++;
    y = PAGE.margin;
    empty = true;
    hardTop = hard;
  };
  const before = (look: ParagraphLook): number => (empty && !hardTop ? 0 : look.before);

  items.forEach((item, index) => {
    if (item.pageBreakBefore && !(empty && hardTop)) newPage(true);
    if (item.kind === 'table') {
      const drawRow = (row: TableRowLayout): void => {
        placed.push({ kind: 'row', item, row, page, top: y });
        y += row.height;
        empty = false;
      };
      if (firstChunk(item) > room() + EPSILON && !empty) newPage(false);
      if (item.header) drawRow(item.header);
      for (const row of item.rows) {
        if (row.height > room() + EPSILON && !empty) {
          newPage(false);
          if (item.header) drawRow(item.header);
        }
        drawRow(row);
      }
      return;
    }
    if (item.keepNext) {
      // The chain of kept paragraphs and the start of what follows them go on one page.
      let need = itemHeight(item, before(item.look) > 0);
      let next = index + 1;
      for (; next < items.length; next++) {
        const following = items[next];
        if (!following || following.pageBreakBefore) break;
        if (following.kind === 'paragraph' && following.keepNext)
          need += itemHeight(following, true);
        else {
          need += firstChunk(following);
          break;
        }
      }
      if (need > room() + EPSILON && !empty && need <= BOTTOM - PAGE.margin) newPage(false);
    }
    let line = 0;
    const total = Math.max(1, item.lines.length);
    while (line < total) {
      const gap = before(item.look);
      const fits = Math.floor((room() - gap + EPSILON) / item.look.line);
      const left = total - line;
      let take = left;
      if (left > fits) {
        // Split: at least two lines here when starting, and two on the next page.
        const splittable = !item.keepNext;
        take = splittable ? Math.min(fits, left - 2) : 0;
        if (line === 0 && take < 2) take = 0;
        if (take <= 0) {
          if (empty) take = Math.max(1, fits);
          else {
            newPage(false);
            continue;
          }
        }
      }
      y += line === 0 ? gap : 0;
      for (let i = 0; i < take; i++) {
        placed.push({ kind: 'line', item, line: line + i, page, top: y });
        y += item.look.line;
      }
      empty = false;
      line += take;
      if (line < total) newPage(false);
    }
  });
  return { placed, pageCount: page + 1 };
}

/** Lays a document out on A4 pages: the layout of the PDF, and the page numbers of the DOCX. */
export function layoutDocument(
  doc: Document,
  measurer: (style: RunStyle) => Measurer,
): PageLayout & { items: LayoutItem[] } {
  const items = layoutItems(doc, measurer);
  const { placed, pageCount } = paginate(items);
  const headingPages = new Map<Heading, number>();
  for (const p of placed) {
    if (p.kind === 'line' && p.line === 0 && p.item.heading)
      headingPages.set(p.item.heading, p.page);
  }
  const contents = contentsEntries(doc).map((heading) => ({
    heading,
    page: headingPages.get(heading) ?? 0,
    numberWidth: contentsNumberWidth(heading.number ?? '', measurer),
  }));
  return { items, placed, pageCount, headingPages, contents };
}
