import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document as DocxDocument,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  NumberedItemReference,
  NumberedItemReferenceFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  TabStopType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
  type IParagraphStylePropertiesOptions,
  type ISpacingProperties,
  type PageNumberEstimator,
  type ParagraphChild,
} from 'docx';
import { strFromU8, strToU8, zipSync } from 'fflate';
import type { Block, Document, Heading, Inline, Table as TableBlock } from '../document/model';
import { word } from '../i18n/document-words';
import type { PageLayout } from './layout/page-layout';
import {
  AFTER_TABLE,
  BODY,
  COLORS,
  CONTENTS_ENTRY,
  CONTENTS_HEADING,
  FONT_FAMILY,
  GUIDANCE,
  HEADER_SIZE,
  HEADING,
  LIST,
  PAGE,
  SIGNATURE,
  SYMBOL_FONT,
  SYMBOLS,
  TABLE,
  TEXT_WIDTH,
  TITLE,
  columnTwips,
  twips,
  type ParagraphLook,
} from './typography';

export interface DocxOptions {
  status: 'draft' | 'final';
  caseReference: string | null;
  caseVersion: number | null;
  /** The date written into the file: the case's, never the clock's; none when unknown. */
  date: Date | null;
}

const LANGUAGE_TAG = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' } as const;
const HEADING_LEVEL = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;
const CLAUSES = 'clauses';

/** A look's spacing as Word stores it: an exact line height and space before, none after. */
function spacing(look: ParagraphLook): ISpacingProperties {
  return {
    before: twips(look.before),
    after: 0,
    line: twips(look.line),
    lineRule: LineRuleType.EXACT,
  };
}

// Two lines at least at either end of a split paragraph, as the page layout keeps them. docx
// writes this from a style, though its types offer it on single paragraphs only.
const WIDOW_CONTROL = { widowControl: true } as unknown as IParagraphStylePropertiesOptions;

const halfPoints = (points: number): number => Math.round(points * 2);
// Chapters and the front page's headings look alike; only chapters are in the contents.
const CHAPTER_LOOK = {
  run: { font: FONT_FAMILY, size: halfPoints(HEADING[1].size), bold: true, color: COLORS.accent },
  paragraph: { spacing: spacing(HEADING[1]), keepNext: true },
};

/** Word bookmark names: a letter first, then letters, digits and underscores, at most 40. */
export function bookmarkName(clauseId: string): string {
  return `c_${clauseId.replace(/[^A-Za-z0-9]/g, '_')}`.slice(0, 40);
}

/** A run of text; options are typed apart so `bold` is read as docx's option, not String#bold. */
function textRun(text: string, style: { bold?: boolean; italic?: boolean } = {}): TextRun {
  const options: IRunOptions = { text, bold: style.bold, italics: style.italic };
  return new TextRun(options);
}

/** Runs of text, with the characters Arial lacks in the symbol font, as the PDF sets them. */
function textRuns(text: string, style: { bold?: boolean; italic?: boolean } = {}): TextRun[] {
  return text.split(SYMBOLS).flatMap((part, i) => {
    if (part === '') return [];
    if (i % 2 === 0) return [textRun(part, style)];
    return [new TextRun({ text: part, font: SYMBOL_FONT })];
  });
}

/**
 * A cross-reference to a clause of this document is a REF field to its bookmark, so Word
 * renumbers it with the clause; one to another document of the set (an appendix citing the
 * general text) is its number as text, as Word cannot follow a bookmark into another file.
 */
function runs(content: Inline[], clauses: ReadonlySet<string>): ParagraphChild[] {
  return content.flatMap((inline): ParagraphChild[] => {
    if (inline.kind === 'text') return textRuns(inline.text, inline);
    if (!clauses.has(inline.target)) return [textRun(inline.label)];
    const reference = new NumberedItemReference(bookmarkName(inline.target), inline.label, {
      hyperlink: true,
      referenceFormat: NumberedItemReferenceFormat.FULL_CONTEXT,
    });
    return [reference];
  });
}

const RULE = { style: BorderStyle.SINGLE, size: TABLE.rule * 8, color: COLORS.rule };
const NO_RULE = { style: BorderStyle.NONE, size: 0, color: 'auto' };

function table(block: TableBlock, pageBreakBefore: boolean): Table {
  const columnWidths = columnTwips(block.widths ?? (block.rows[0] ?? block.header).map(() => 1));
  let first = pageBreakBefore;
  const cell = (
    text: string,
    width: number,
    options: { header?: boolean; bold?: boolean },
  ): TableCell =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      shading: options.header
        ? { type: ShadingType.CLEAR, fill: COLORS.shade, color: 'auto' }
        : undefined,
      margins: {
        top: twips(TABLE.padY),
        bottom: twips(TABLE.padY),
        left: twips(TABLE.padX),
        right: twips(TABLE.padX),
      },
      children: text.split('\n').map((line) => {
        const paragraph = new Paragraph({
          style: 'TableText',
          pageBreakBefore: first,
          children: textRuns(line, { bold: options.header || options.bold }),
        });
        first = false;
        return paragraph;
      }),
    });
  const emphasis = new Set(block.emphasis ?? []);
  const header =
    block.header.length === 0
      ? []
      : [
          new TableRow({
            tableHeader: true,
            cantSplit: true,
            children: block.header.map((text, i) =>
              cell(text, columnWidths[i] ?? 0, { header: true }),
            ),
          }),
        ];
  return new Table({
    width: { size: twips(TEXT_WIDTH), type: WidthType.DXA },
    columnWidths,
    // Rules under the rows only, as the PDF draws them; each adds its width to the row's height.
    borders: {
      top: NO_RULE,
      bottom: RULE,
      left: NO_RULE,
      right: NO_RULE,
      insideHorizontal: RULE,
      insideVertical: NO_RULE,
    },
    rows: [
      ...header,
      ...block.rows.map(
        (row, r) =>
          new TableRow({
            cantSplit: true,
            children: row.map((text, i) =>
              cell(text, columnWidths[i] ?? 0, { bold: emphasis.has(r) }),
            ),
          }),
      ),
    ],
  });
}

/** The signature lines, paragraph by paragraph as the page layout sets them. */
function signatureBlock(
  block: Extract<Block, { kind: 'signatures' }>,
  doc: Document,
  pageBreakBefore: boolean,
): Paragraph[] {
  const line = '_______________________________';
  return block.parties.flatMap((party, index) => [
    new Paragraph({
      style: 'Signature',
      keepNext: true,
      pageBreakBefore: pageBreakBefore && index === 0,
      children: [textRun(`${party.role}: ${party.name}`, { bold: true })],
    }),
    ...party.signatories.flatMap((signatory) => [
      new Paragraph({
        style: 'Signature',
        keepNext: true,
        children: [textRun(`${word('place', doc.lang)} / ${word('date', doc.lang)}: ${line}`)],
      }),
      new Paragraph({
        style: 'Signature',
        keepNext: true,
        spacing: { before: twips(SIGNATURE.signBefore) },
        children: [textRun(`${word('signature', doc.lang)}: ${line}`)],
      }),
      new Paragraph({
        style: 'Signature',
        // Every party's lines stay on one page: only the very last line may end it.
        keepNext: party !== block.parties.at(-1) || signatory !== party.signatories.at(-1),
        children: [
          textRun(signatory.title ? `${signatory.name}, ${signatory.title}` : signatory.name),
        ],
      }),
    ]),
  ]);
}

function heading(block: Heading, instance: number, pageBreakBefore: boolean): Paragraph {
  // Word's decimal list cannot say «A.1»: a lettered number (a DPA appendix) is written out.
  const listed = block.number !== null && /^\d+(\.\d+)*$/.test(block.number);
  const label = block.number !== null && !listed ? `${block.number}\t` : '';
  const children: ParagraphChild[] = [textRun(`${label}${block.text}`)];
  return new Paragraph({
    // Only the numbered clauses are in the contents; a front page's headings look alike.
    ...(block.number ? { heading: HEADING_LEVEL[block.level] } : { style: 'FrontHeading' }),
    keepNext: true,
    pageBreakBefore,
    // Numbered headings use Word's own multilevel list, so a clause added in Word is numbered too.
    numbering: listed ? { reference: CLAUSES, level: block.level - 1, instance } : undefined,
    children: block.id ? [new Bookmark({ id: bookmarkName(block.id), children })] : children,
  });
}

type BodyElement = Paragraph | Table | TableOfContents;

/**
 * The elements of the blocks in order. A page break is the next paragraph's «page break before»,
 * as in the page layout: a paragraph holding only a break would take a line on the next page.
 */
function body(
  doc: Document,
  contentsAt: number,
  contents: (pageBreak: boolean) => BodyElement[],
): BodyElement[] {
  // Each document's decimal clauses are one list; a new count from 1 is a new list instance.
  let instance = 0;
  let breakNext = false;
  const clauses = new Set(doc.blocks.flatMap((b) => (b.kind === 'heading' && b.id ? [b.id] : [])));
  const takeBreak = (): boolean => {
    const brk = breakNext;
    breakNext = false;
    return brk;
  };
  const out: BodyElement[] = [];
  const push = (...elements: BodyElement[]): void => {
    out.push(...elements);
  };
  doc.blocks.forEach((block, index) => {
    if (index === contentsAt) {
      push(...contents(contentsAt > 0 || takeBreak()));
      breakNext = true;
    }
    switch (block.kind) {
      case 'heading':
        if (block.number === '1') instance++;
        push(heading(block, instance, takeBreak()));
        return;
      case 'paragraph':
        push(
          new Paragraph({
            keepNext: block.keepWithNext,
            pageBreakBefore: takeBreak(),
            children: runs(block.content, clauses),
          }),
        );
        return;
      case 'guidance':
        push(
          new Paragraph({
            style: 'Guidance',
            pageBreakBefore: takeBreak(),
            children: runs(block.content, clauses),
          }),
        );
        return;
      case 'list':
        push(
          ...block.items.map(
            (item, i) =>
              new Paragraph({
                style: 'ListItem',
                pageBreakBefore: takeBreak(),
                tabStops: [{ type: TabStopType.LEFT, position: twips(LIST.indent) }],
                children: [
                  new TextRun(block.ordered ? `${i + 1}.\t` : '–\t'),
                  ...runs(item, clauses),
                ],
              }),
          ),
        );
        return;
      case 'table':
        push(table(block, takeBreak()), new Paragraph({ style: 'AfterTable' }));
        return;
      case 'signatures':
        push(...signatureBlock(block, doc, takeBreak()));
        return;
      case 'page-break':
        breakNext = out.length > 0;
        return;
    }
  });
  return out;
}

/**
 * Word's page numbers for the contents, from the page layout: the headings the contents list are
 * bookmarked `_Toc…` in document order, the order of the layout's entries.
 */
function layoutPageNumbers(layout: PageLayout): PageNumberEstimator {
  const tocBookmarks = (node: unknown, found: string[] = []): string[] => {
    if (Array.isArray(node)) for (const child of node) tocBookmarks(child, found);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'w:bookmarkStart') {
          const name = bookmarkNameOf(value);
          if (name?.startsWith('_Toc')) found.push(name);
        } else tocBookmarks(value, found);
      }
    }
    return found;
  };
  const entries = (bodyXml: unknown) => {
    const names = tocBookmarks(bodyXml);
    if (names.length !== layout.contents.length)
      throw new Error(
        `the contents list ${names.length} headings, the layout ${layout.contents.length}`,
      );
    return names.flatMap((name, i) => {
      const entry = layout.contents[i];
      return entry ? [{ name, entry }] : [];
    });
  };
  const estimator = (bodyXml: unknown) => ({
    bookmarks: new Map(entries(bodyXml).map(({ name, entry }) => [name, String(entry.page + 1)])),
    pageCount: layout.pageCount,
  });
  return Object.assign(estimator, {
    listNumbers: (bodyXml: unknown) =>
      new Map(
        entries(bodyXml).map(({ name, entry }) => [
          name,
          { text: entry.heading.number ?? '', separator: 'tab' as const, width: entry.numberWidth },
        ]),
      ),
  });
}

function bookmarkNameOf(element: unknown): string | undefined {
  const parts = Array.isArray(element) ? element : [element];
  for (const part of parts) {
    if (part && typeof part === 'object' && '_attr' in part) {
      const name = (part as { _attr: Record<string, unknown> })._attr['w:name'];
      if (typeof name === 'string') return name;
    }
  }
  return undefined;
}

const clauseLevel = (level: number, text: string, indent: number) => ({
  level,
  format: LevelFormat.DECIMAL,
  text,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left: indent, hanging: indent } } },
});

/** The file's dates in its core properties: the document's date, or none. */
function coreDates(xml: string, date: Date | null): string {
  const stamp = date ? date.toISOString().replace(/\.\d{3}Z$/, 'Z') : null;
  return xml.replace(
    /<dcterms:(created|modified)([^>]*)>[^<]*<\/dcterms:\1>/g,
    (_, name: string, attrs: string) =>
      stamp ? `<dcterms:${name}${attrs}>${stamp}</dcterms:${name}>` : '',
  );
}

/** The parts of a Word file by path, in their order in the package, as docx writes them. */
type PackageParts = Map<string, string | Uint8Array>;

/**
 * docx's own compiler, which `Packer` zips the parts of: taking the parts from it saves
 * compressing them twice (and unzipping once), since they are rewritten below before zipping.
 * `Packer` keeps it private; the DOCX writer's tests open every file this makes.
 */
const compiler = (
  Packer as unknown as {
    compiler: { compile: (file: DocxDocument, prettify: undefined, overrides: []) => PackageParts };
  }
).compiler;

/**
 * The same document always gives the same bytes: docx stamps the clock into the core properties
 * and the zip, and numbers bookmarks from a counter shared by every document of the process.
 */
function deterministic(parts: PackageParts, date: Date | null): Uint8Array {
  const files = Object.fromEntries(
    [...parts].map(([path, data]) => [path, typeof data === 'string' ? strToU8(data) : data]),
  );
  const ids = new Map<string, number>();
  const renumber = (id: string): number => {
    let n = ids.get(id);
    if (n === undefined) {
      n = ids.size + 1;
      ids.set(id, n);
    }
    return n;
  };
  const documentXml = files['word/document.xml'];
  if (documentXml) {
    files['word/document.xml'] = strToU8(
      strFromU8(documentXml)
        .replace(/_Toc(\d+)/g, (_, id: string) => `_Toc${renumber(`toc${id}`)}`)
        .replace(
          /(<w:bookmark(?:Start|End)[^>]*w:id=")(\d+)"/g,
          (_, head: string, id: string) => `${head}${renumber(`bm${id}`)}"`,
        ),
    );
  }
  const core = files['docProps/core.xml'];
  if (core) files['docProps/core.xml'] = strToU8(coreDates(strFromU8(core), date));
  // The zip's own timestamps: the document's date, or the earliest a zip can hold.
  return zipSync(files, { mtime: date ?? new Date(1980, 0, 1) });
}

/**
 * Renders a document as a Word file whose contents and page count are the page layout's,
 * asynchronously, as docx's own packer is.
 */
export function renderDocx(
  doc: Document,
  layout: PageLayout,
  options: DocxOptions,
): Promise<Uint8Array> {
  const language = { value: LANGUAGE_TAG[doc.lang] };
  const contents = (pageBreakBefore: boolean): BodyElement[] => [
    new Paragraph({
      style: 'ContentsHeading',
      pageBreakBefore,
      children: [textRun(word('contents', doc.lang))],
    }),
    new TableOfContents(word('contents', doc.lang), {
      hyperlink: true,
      headingStyleRange: '1-2',
    }),
  ];
  // The contents go just before the numbered clauses: after a front page, if the document has one.
  const firstClause = doc.blocks.findIndex((b) => b.kind === 'heading' && b.number !== null);
  const contentsAt = layout.contents.length > 0 ? Math.max(firstClause, 0) : -1;
  const content = body(doc, contentsAt, contents);
  const file = new DocxDocument({
    creator: 'Skyavtale',
    title: doc.title,
    subject: doc.meta.subject,
    keywords: doc.meta.keywords.join(', '),
    description: doc.header,
    customProperties: [
      { name: 'Organisasjon', value: doc.meta.author },
      { name: 'Saksreferanse', value: options.caseReference ?? '' },
      {
        name: 'Saksversjon',
        value: options.caseVersion === null ? '' : String(options.caseVersion),
      },
      { name: 'Status', value: options.status === 'final' ? 'FINAL' : 'UTKAST' },
    ],
    // The contents' page numbers and the page count are the PDF's; Word refreshes them on opening.
    pageNumbers: layoutPageNumbers(layout),
    features: { updateFields: true },
    numbering: {
      config: [
        {
          reference: CLAUSES,
          levels: [
            clauseLevel(0, '%1', twips(HEADING[1].indent)),
            clauseLevel(1, '%1.%2', twips(HEADING[2].indent)),
            clauseLevel(2, '%1.%2.%3', twips(HEADING[3].indent)),
          ],
        },
      ],
    },
    styles: {
      default: {
        document: {
          run: { font: FONT_FAMILY, size: halfPoints(BODY.size), language },
          paragraph: { spacing: spacing(BODY), ...WIDOW_CONTROL },
        },
        title: {
          run: {
            font: FONT_FAMILY,
            size: halfPoints(TITLE.size),
            bold: true,
            color: COLORS.accent,
          },
          paragraph: { spacing: spacing(TITLE) },
        },
        heading1: CHAPTER_LOOK,
        heading2: {
          run: {
            font: FONT_FAMILY,
            size: halfPoints(HEADING[2].size),
            bold: true,
            color: COLORS.accent,
          },
          paragraph: { spacing: spacing(HEADING[2]), keepNext: true },
        },
        heading3: {
          run: {
            font: FONT_FAMILY,
            size: halfPoints(HEADING[3].size),
            bold: true,
            italics: true,
            color: COLORS.accent,
          },
          paragraph: { spacing: spacing(HEADING[3]), keepNext: true },
        },
      },
      paragraphStyles: [
        {
          id: 'FrontHeading',
          name: 'Front Heading',
          basedOn: 'Normal',
          next: 'Normal',
          run: CHAPTER_LOOK.run,
          paragraph: CHAPTER_LOOK.paragraph,
        },
        {
          id: 'Guidance',
          name: 'Guidance',
          basedOn: 'Normal',
          run: { italics: true, color: COLORS.guidance },
          paragraph: {
            indent: { left: twips(GUIDANCE.indent) },
            border: {
              left: { style: BorderStyle.SINGLE, size: 12, color: COLORS.guidance, space: 4 },
            },
          },
        },
        {
          id: 'ListItem',
          name: 'List Item',
          basedOn: 'Normal',
          paragraph: {
            indent: { left: twips(LIST.indent), hanging: twips(LIST.indent - LIST.marker) },
            spacing: spacing(LIST),
          },
        },
        {
          id: 'TableText',
          name: 'Table Text',
          basedOn: 'Normal',
          run: { size: halfPoints(TABLE.size) },
          paragraph: { spacing: spacing({ size: TABLE.size, line: TABLE.line, before: 0 }) },
        },
        {
          id: 'AfterTable',
          name: 'After Table',
          basedOn: 'Normal',
          paragraph: { spacing: spacing(AFTER_TABLE) },
        },
        {
          id: 'Signature',
          name: 'Signature',
          basedOn: 'Normal',
          paragraph: { spacing: spacing(SIGNATURE) },
        },
        {
          id: 'ContentsHeading',
          name: 'Contents Heading',
          basedOn: 'Normal',
          run: { size: halfPoints(CONTENTS_HEADING.size), bold: true, color: COLORS.accent },
          paragraph: { spacing: spacing(CONTENTS_HEADING) },
        },
        // Word's contents entries, found by these names.
        ...([1, 2] as const).map((level) => ({
          id: `TOC${level}`,
          name: `toc ${level}`,
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: halfPoints(CONTENTS_ENTRY.size), bold: level === 1 },
          paragraph: {
            spacing: spacing(CONTENTS_ENTRY),
            indent: { left: twips((level - 1) * CONTENTS_ENTRY.levelIndent) },
          },
        })),
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(PAGE.width), height: twips(PAGE.height) },
            margin: {
              top: twips(PAGE.margin),
              bottom: twips(PAGE.margin),
              left: twips(PAGE.margin),
              right: twips(PAGE.margin),
              header: twips(PAGE.margin - 38),
              footer: twips(PAGE.margin - 38),
            },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    text: doc.header,
                    size: halfPoints(HEADER_SIZE),
                    color: COLORS.muted,
                  }),
                ],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: halfPoints(HEADER_SIZE),
                    color: COLORS.muted,
                    children: [
                      `${word('page', doc.lang)} `,
                      PageNumber.CURRENT,
                      ` ${word('of', doc.lang)} `,
                      PageNumber.TOTAL_PAGES,
                    ],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [textRun(doc.title)] }),
          ...content,
        ],
      },
    ],
  });
  return Promise.resolve(deterministic(compiler.compile(file, undefined, []), options.date));
}
