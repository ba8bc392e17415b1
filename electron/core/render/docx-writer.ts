import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document as DocxDocument,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  NumberedItemReference,
  NumberedItemReferenceFormat,
  Packer,
  PageBreak,
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
  type ParagraphChild,
} from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import type { Block, Document, Heading, Inline, Table as TableBlock } from '../document/model';
import { word } from '../i18n/document-words';

export interface DocxOptions {
  status: 'draft' | 'final';
  caseReference: string | null;
  caseVersion: number | null;
}

const FONT = 'Arial';
const LANGUAGE_TAG = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' } as const;
// A4 with 25 mm margins; widths in twentieths of a point.
const PAGE = { width: 11906, height: 16838, margin: 1417 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
const HEADING_LEVEL = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;
const CLAUSES = 'clauses';
// Chapters and the front page's headings look alike; only chapters are in the contents.
const CHAPTER_LOOK = {
  run: { font: FONT, size: 28, bold: true, color: '1F3A5F' },
  paragraph: { spacing: { before: 360, after: 120 } },
};
// Documents with at least this many chapters and clauses get a table of contents.
const TOC_MIN_ENTRIES = 8;

/** Word bookmark names: a letter first, then letters, digits and underscores, at most 40. */
export function bookmarkName(clauseId: string): string {
  return `c_${clauseId.replace(/[^A-Za-z0-9]/g, '_')}`.slice(0, 40);
}

/** A run of text; options are typed apart so `bold` is read as docx's option, not String#bold. */
function textRun(text: string, style: { bold?: boolean; italic?: boolean } = {}): TextRun {
  const options: IRunOptions = { text, bold: style.bold, italics: style.italic };
  return new TextRun(options);
}

/**
 * A cross-reference to a clause of this document is a REF field to its bookmark, so Word
 * renumbers it with the clause; one to another document of the set (an appendix citing the
 * general text) is its number as text, as Word cannot follow a bookmark into another file.
 */
function runs(content: Inline[], clauses: ReadonlySet<string>): ParagraphChild[] {
  return content.map((inline) => {
    if (inline.kind === 'text') return textRun(inline.text, inline);
    if (!clauses.has(inline.target)) return textRun(inline.label);
    return new NumberedItemReference(bookmarkName(inline.target), inline.label, {
      hyperlink: true,
      referenceFormat: NumberedItemReferenceFormat.FULL_CONTEXT,
    });
  });
}

function table(block: TableBlock): Table {
  const widths = block.widths ?? (block.rows[0] ?? block.header).map(() => 1);
  const total = widths.reduce((a, b) => a + b, 0);
  const columnWidths = widths.map((w) => Math.floor((w / total) * TEXT_WIDTH));
  const cell = (
    text: string,
    width: number,
    options: { header?: boolean; bold?: boolean },
  ): TableCell =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      shading: options.header
        ? { type: ShadingType.CLEAR, fill: 'E7ECF2', color: 'auto' }
        : undefined,
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      children: text.split('\n').map(
        (line) =>
          new Paragraph({
            style: 'TableText',
            children: [textRun(line, { bold: options.header || options.bold })],
          }),
      ),
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
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
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

function signatureBlock(block: Extract<Block, { kind: 'signatures' }>, doc: Document): Paragraph[] {
  const line = '_______________________________';
  return block.parties.flatMap((party) => [
    new Paragraph({
      style: 'Signature',
      keepNext: true,
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
        spacing: { before: 480 },
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

function heading(block: Heading, instance: number): Paragraph {
  // Word's decimal list cannot say «A.1»: a lettered number (a DPA appendix) is written out.
  const listed = block.number !== null && /^\d+(\.\d+)*$/.test(block.number);
  const label = block.number !== null && !listed ? `${block.number}\t` : '';
  const children: ParagraphChild[] = [textRun(`${label}${block.text}`)];
  return new Paragraph({
    // Only the numbered clauses are in the contents; a front page's headings look alike.
    ...(block.number ? { heading: HEADING_LEVEL[block.level] } : { style: 'FrontHeading' }),
    keepNext: true,
    // Numbered headings use Word's own multilevel list, so a clause added in Word is numbered too.
    numbering: listed ? { reference: CLAUSES, level: block.level - 1, instance } : undefined,
    children: block.id ? [new Bookmark({ id: bookmarkName(block.id), children })] : children,
  });
}

type BodyElement = Paragraph | Table | TableOfContents;

/** The elements of each block, one group per block, so that others can be placed between blocks. */
function bodyGroups(doc: Document): BodyElement[][] {
  // Each document's decimal clauses are one list; a new count from 1 is a new list instance.
  let instance = 0;
  const clauses = new Set(doc.blocks.flatMap((b) => (b.kind === 'heading' && b.id ? [b.id] : [])));
  return doc.blocks.map((block): BodyElement[] => {
    switch (block.kind) {
      case 'heading':
        if (block.number === '1') instance++;
        return [heading(block, instance)];
      case 'paragraph':
        return [
          new Paragraph({ keepNext: block.keepWithNext, children: runs(block.content, clauses) }),
        ];
      case 'guidance':
        return [new Paragraph({ style: 'Guidance', children: runs(block.content, clauses) })];
      case 'list':
        return block.items.map(
          (item, index) =>
            new Paragraph({
              style: 'ListItem',
              tabStops: [{ type: TabStopType.LEFT, position: 567 }],
              children: [
                new TextRun(block.ordered ? `${index + 1}.\t` : '–\t'),
                ...runs(item, clauses),
              ],
            }),
        );
      case 'table':
        return [table(block), new Paragraph({ style: 'AfterTable' })];
      case 'signatures':
        return signatureBlock(block, doc);
      case 'page-break':
        return [new Paragraph({ children: [new PageBreak()] })];
    }
  });
}

const clauseLevel = (level: number, text: string, indent: number) => ({
  level,
  format: LevelFormat.DECIMAL,
  text,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left: indent, hanging: indent } } },
});

/** Renders a document as a Word file. */
export async function renderDocx(doc: Document, options: DocxOptions): Promise<Uint8Array> {
  const language = { value: LANGUAGE_TAG[doc.lang] };
  const tocEntries = doc.blocks.filter(
    (b) => b.kind === 'heading' && b.level <= 2 && b.number !== null,
  ).length;
  const contents =
    tocEntries >= TOC_MIN_ENTRIES
      ? [
          new Paragraph({
            style: 'ContentsHeading',
            children: [textRun(word('contents', doc.lang))],
          }),
          new TableOfContents(word('contents', doc.lang), {
            hyperlink: true,
            headingStyleRange: '1-2',
          }),
          new Paragraph({ children: [new PageBreak()] }),
        ]
      : [];
  // The contents go just before the numbered clauses: after a front page, if the document has one.
  const groups = bodyGroups(doc);
  const firstClause = doc.blocks.findIndex((b) => b.kind === 'heading' && b.number !== null);
  groups.splice(Math.max(firstClause, 0), 0, contents);
  const content = groups.flat();
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
    // Laying out the pages costs more than the rest of the file together, so only a document with
    // contents has its page numbers worked out here; Word counts the footer's pages itself.
    ...(contents.length > 0 && { pageNumbers: estimatePageNumbers }),
    numbering: {
      config: [
        {
          reference: CLAUSES,
          levels: [
            clauseLevel(0, '%1', 567),
            clauseLevel(1, '%1.%2', 720),
            clauseLevel(2, '%1.%2.%3', 851),
          ],
        },
      ],
    },
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 21, language },
          paragraph: { spacing: { after: 120, line: 276 } },
        },
        title: {
          run: { font: FONT, size: 40, bold: true, color: '1F3A5F' },
          paragraph: { spacing: { after: 240 } },
        },
        heading1: CHAPTER_LOOK,
        heading2: {
          run: { font: FONT, size: 23, bold: true, color: '1F3A5F' },
          paragraph: { spacing: { before: 240, after: 80 } },
        },
        heading3: {
          run: { font: FONT, size: 21, bold: true, italics: true },
          paragraph: { spacing: { before: 200, after: 60 } },
        },
      },
      paragraphStyles: [
        {
          id: 'FrontHeading',
          name: 'Front Heading',
          basedOn: 'Normal',
          next: 'Normal',
          run: CHAPTER_LOOK.run,
          paragraph: { ...CHAPTER_LOOK.paragraph, keepNext: true },
        },
        {
          id: 'Guidance',
          name: 'Guidance',
          basedOn: 'Normal',
          run: { italics: true, color: '2E6B3F' },
          paragraph: {
            indent: { left: 360 },
            border: { left: { style: BorderStyle.SINGLE, size: 12, color: '2E6B3F', space: 8 } },
          },
        },
        {
          id: 'ListItem',
          name: 'List Item',
          basedOn: 'Normal',
          paragraph: { indent: { left: 567, hanging: 360 }, spacing: { after: 60 } },
        },
        {
          id: 'TableText',
          name: 'Table Text',
          basedOn: 'Normal',
          run: { size: 18 },
          paragraph: { spacing: { after: 0, line: 240 } },
        },
        {
          id: 'AfterTable',
          name: 'After Table',
          basedOn: 'Normal',
          paragraph: { spacing: { after: 120 } },
        },
        {
          id: 'Signature',
          name: 'Signature',
          basedOn: 'Normal',
          paragraph: { spacing: { after: 60 } },
        },
        {
          id: 'ContentsHeading',
          name: 'Contents Heading',
          basedOn: 'Normal',
          run: { size: 26, bold: true, color: '1F3A5F' },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.margin,
              bottom: PAGE.margin,
              left: PAGE.margin,
              right: PAGE.margin,
            },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: doc.header, size: 16, color: '666666' })],
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
                    size: 16,
                    color: '666666',
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
  return new Uint8Array(await Packer.toArrayBuffer(file));
}
