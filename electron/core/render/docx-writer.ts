import {
  AlignmentType,
  BorderStyle,
  Document as DocxDocument,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { Block, Document, Inline, Table as TableBlock } from '../document/model';
import { word } from '../i18n/document-words';

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

/** A run of text; options are typed apart so `bold` is read as docx's option, not String#bold. */
function textRun(text: string, style: { bold?: boolean; italic?: boolean } = {}): TextRun {
  const options: IRunOptions = { text, bold: style.bold, italics: style.italic };
  return new TextRun(options);
}

function runs(content: Inline[]): ParagraphChild[] {
  return content.map((inline) =>
    inline.kind === 'text' ? textRun(inline.text, inline) : textRun(inline.label),
  );
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
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    rows: [
      ...(block.header.length === 0
        ? []
        : [
            new TableRow({
              tableHeader: true,
              cantSplit: true,
              children: block.header.map((text, i) =>
                cell(text, columnWidths[i] ?? 0, { header: true }),
              ),
            }),
          ]),
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

function signatureBlock(
  block: Extract<Block, { kind: 'signatures' }>,
  doc: Document,
): (Paragraph | Table)[] {
  const line = '_______________________________';
  const out: (Paragraph | Table)[] = [];
  for (const party of block.parties) {
    out.push(
      new Paragraph({
        style: 'Signature',
        keepNext: true,
        children: [textRun(`${party.role}: ${party.name}`, { bold: true })],
      }),
    );
    for (const signatory of party.signatories) {
      out.push(
        new Paragraph({
          style: 'Signature',
          keepNext: true,
          children: [
            new TextRun(`${word('place', doc.lang)} / ${word('date', doc.lang)}: ${line}`),
          ],
        }),
        new Paragraph({
          style: 'Signature',
          keepNext: true,
          spacing: { before: 480 },
          children: [new TextRun(line)],
        }),
        new Paragraph({
          style: 'Signature',
          children: [
            new TextRun(signatory.title ? `${signatory.name}, ${signatory.title}` : signatory.name),
          ],
        }),
      );
    }
  }
  return out;
}

function body(doc: Document): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'heading':
        out.push(
          new Paragraph({
            heading: HEADING_LEVEL[block.level],
            keepNext: true,
            tabStops: [{ type: TabStopType.LEFT, position: 720 }],
            children: [new TextRun(block.number ? `${block.number}\t${block.text}` : block.text)],
          }),
        );
        break;
      case 'paragraph':
        out.push(new Paragraph({ children: runs(block.content) }));
        break;
      case 'guidance':
        out.push(new Paragraph({ style: 'Guidance', children: runs(block.content) }));
        break;
      case 'list':
        block.items.forEach((item, index) => {
          out.push(
            new Paragraph({
              style: 'ListItem',
              tabStops: [{ type: TabStopType.LEFT, position: 567 }],
              children: [new TextRun(block.ordered ? `${index + 1}.\t` : '–\t'), ...runs(item)],
            }),
          );
        });
        break;
      case 'table':
        out.push(table(block), new Paragraph({ style: 'AfterTable' }));
        break;
      case 'signatures':
        out.push(...signatureBlock(block, doc));
        break;
      case 'page-break':
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
  }
  return out;
}

/** Renders a document as a Word file. */
export async function renderDocx(doc: Document): Promise<Uint8Array> {
  const language = { value: LANGUAGE_TAG[doc.lang] };
  const file = new DocxDocument({
    creator: 'Skyavtale',
    title: doc.title,
    subject: doc.meta.subject,
    keywords: doc.meta.keywords.join(', '),
    description: doc.header,
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
        heading1: {
          run: { font: FONT, size: 28, bold: true, color: '1F3A5F' },
          paragraph: {
            spacing: { before: 360, after: 120 },
          },
        },
        heading2: {
          run: { font: FONT, size: 23, bold: true, color: '1F3A5F' },
          paragraph: {
            spacing: { before: 240, after: 80 },
          },
        },
        heading3: {
          run: { font: FONT, size: 21, bold: true, italics: true },
          paragraph: {
            spacing: { before: 200, after: 60 },
          },
        },
      },
      paragraphStyles: [
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
          paragraph: {
            indent: { left: 567, hanging: 360 },
            spacing: { after: 60 },
          },
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
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
          ...body(doc),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}
