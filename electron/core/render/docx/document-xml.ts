import type { Block, Document, Heading, Inline, Table } from '../../document/model';
import { word } from '../../i18n/document-words';
import { contentsTab, type PageLayout } from '../layout/page-layout';
import {
  COLORS,
  LIST,
  SIGNATURE,
  SYMBOL_FONT,
  SYMBOLS,
  TABLE,
  TEXT_WIDTH,
  columnTwips,
  twips,
} from '../typography';
import { xmlText } from './xml';

/** What `word/document.xml` takes from the package docx writes around it. */
export interface DocumentFrame {
  /** The XML declaration and the root's start tag with its namespaces, through `<w:body>`. */
  head: string;
  /** The section's page size, margins and header and footer references. */
  sectPr: string;
  /** The `w:numId` of each instance of the clause list, from the first. */
  numIds: readonly number[];
}

/** Word bookmark names: a letter first, then letters, digits and underscores, at most 40. */
export function bookmarkName(clauseId: string): string {
  return `c_${clauseId.replace(/[^A-Za-z0-9]/g, '_')}`.slice(0, 40);
}

/** Each document's decimal clauses are one list; a new count from 1 is a new list instance. */
const startsClauseList = (block: Block): boolean =>
  block.kind === 'heading' && block.number === '1';

/** How many instances of the clause list a document has: one at least, for clauses before a 1. */
export function clauseListCount(doc: Document): number {
  return Math.max(doc.blocks.filter(startsClauseList).length, 1);
}

interface RunLook {
  bold?: boolean;
  italic?: boolean;
}

const SYMBOL_PROPS = `<w:rFonts w:ascii="${SYMBOL_FONT}" w:cs="${SYMBOL_FONT}" w:eastAsia="${SYMBOL_FONT}" w:hAnsi="${SYMBOL_FONT}"/>`;

function runProps(look: RunLook): string {
  return (look.bold ? '<w:b/><w:bCs/>' : '') + (look.italic ? '<w:i/><w:iCs/>' : '');
}

const isSpace = (code: number): boolean => code === 32 || code === 10 || code === 13;
const DOUBLE_SPACE = /[ \n\r]{2}/;

/** Escaped text in a `w:t`: Word keeps spaces at either end, or doubled, only when told to. */
function textElement(text: string): string {
  const preserve =
    isSpace(text.charCodeAt(0)) ||
    isSpace(text.charCodeAt(text.length - 1)) ||
    DOUBLE_SPACE.test(text);
  return preserve ? `<w:t xml:space="preserve">${text}</w:t>` : `<w:t>${text}</w:t>`;
}

/** A run of text, its tabs as Word's tab elements; nothing for no text. */
export function run(text: string, props = ''): string {
  if (text === '') return '';
  const escaped = xmlText(text);
  const content = escaped.includes('\t')
    ? escaped
        .split('\t')
        .map((part) => (part === '' ? '' : textElement(part)))
        .join('<w:tab/>')
    : textElement(escaped);
  return `<w:r>${props && `<w:rPr>${props}</w:rPr>`}${content}</w:r>`;
}

/** Runs of text, with the characters Arial lacks in the symbol font, as the PDF sets them. */
function textRuns(text: string, look: RunLook = {}): string {
  if (!SYMBOLS.test(text)) return run(text, runProps(look));
  return text
    .split(SYMBOLS)
    .map((part, i) => run(part, i % 2 === 0 ? runProps(look) : SYMBOL_PROPS))
    .join('');
}

/**
 * A cross-reference to a clause of this document is a REF field to its bookmark, so Word
 * renumbers it with the clause; one to another document of the set (an appendix citing the
 * general text) is its number as text, as Word cannot follow a bookmark into another file.
 */
function inlineRuns(content: Inline[], clauses: ReadonlySet<string>): string {
  return content
    .map((inline) => {
      if (inline.kind === 'text') return textRuns(inline.text, inline);
      if (!clauses.has(inline.target)) return run(inline.label);
      const code = `REF ${bookmarkName(inline.target)} \\h \\w`;
      return `<w:fldSimple w:instr="${code}">${run(inline.label)}</w:fldSimple>`;
    })
    .join('');
}

interface ParagraphProps {
  style?: string;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  numPr?: string;
  tabs?: string;
  spaceBefore?: number;
}

/** A paragraph, its properties in the order Word's schema gives them. */
function paragraph(props: ParagraphProps, content: string): string {
  const pPr =
    (props.style ? `<w:pStyle w:val="${props.style}"/>` : '') +
    (props.keepNext ? '<w:keepNext/>' : '') +
    (props.pageBreakBefore ? '<w:pageBreakBefore/>' : '') +
    (props.numPr ?? '') +
    (props.tabs ?? '') +
    (props.spaceBefore === undefined ? '' : `<w:spacing w:before="${props.spaceBefore}"/>`);
  return `<w:p>${pPr && `<w:pPr>${pPr}</w:pPr>`}${content}</w:p>`;
}

const LIST_TABS = `<w:tabs><w:tab w:val="left" w:pos="${twips(LIST.indent)}"/></w:tabs>`;
const RULE = `w:val="single" w:color="${COLORS.rule}" w:sz="${TABLE.rule * 8}"`;
const NO_RULE = 'w:val="none" w:color="auto" w:sz="0"';
// Rules under the rows only, as the PDF draws them; each adds its width to the row's height.
const TABLE_BORDERS =
  `<w:tblBorders><w:top ${NO_RULE}/><w:left ${NO_RULE}/><w:bottom ${RULE}/>` +
  `<w:right ${NO_RULE}/><w:insideH ${RULE}/><w:insideV ${NO_RULE}/></w:tblBorders>`;
// The columns keep the page layout's widths: left to fit their text, Word and LibreOffice widen
// the columns with the longest lines, and rows then wrap, and break pages, elsewhere than in the PDF.
const FIXED_WIDTHS = '<w:tblLayout w:type="fixed"/>';
// The cells' padding, once for the table: every cell has the same.
const CELL_MARGINS =
  `<w:tblCellMar><w:top w:type="dxa" w:w="${twips(TABLE.padY)}"/>` +
  `<w:left w:type="dxa" w:w="${twips(TABLE.padX)}"/>` +
  `<w:bottom w:type="dxa" w:w="${twips(TABLE.padY)}"/>` +
  `<w:right w:type="dxa" w:w="${twips(TABLE.padX)}"/></w:tblCellMar>`;
const HEADER_SHADING = `<w:shd w:fill="${COLORS.shade}" w:color="auto" w:val="clear"/>`;
const ROW_START = '<w:tr><w:trPr><w:cantSplit/></w:trPr>';
// The empty paragraph Word needs after a table.
const AFTER_TABLE = paragraph({ style: 'AfterTable' }, '');

/** A table, pushed piece by piece: the bulk of a long document, so never joined twice. */
function table(out: string[], block: Table, pageBreakBefore: boolean): void {
  const widths = columnTwips(block.widths ?? (block.rows[0] ?? block.header).map(() => 1));
  let first = pageBreakBefore;
  const row = (cells: string[], header: boolean, bold: boolean): void => {
    out.push(header ? '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>' : ROW_START);
    cells.forEach((text, i) => {
      out.push(
        `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${widths[i] ?? 0}"/>${header ? HEADER_SHADING : ''}</w:tcPr>`,
      );
      for (const line of text.split('\n')) {
        out.push(
          paragraph(
            { style: 'TableText', pageBreakBefore: first },
            textRuns(line, { bold: header || bold }),
          ),
        );
        first = false;
      }
      out.push('</w:tc>');
    });
    out.push('</w:tr>');
  };
  out.push(
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${twips(TEXT_WIDTH)}"/>${TABLE_BORDERS}${FIXED_WIDTHS}${CELL_MARGINS}</w:tblPr>`,
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
  );
  if (block.header.length > 0) row(block.header, true, false);
  const emphasis = new Set(block.emphasis ?? []);
  block.rows.forEach((cells, r) => {
    row(cells, false, emphasis.has(r));
  });
  out.push('</w:tbl>', AFTER_TABLE);
}

/** The signature lines, paragraph by paragraph as the page layout sets them. */
function signatureBlock(
  block: Extract<Block, { kind: 'signatures' }>,
  doc: Document,
  pageBreakBefore: boolean,
): string {
  const line = '_______________________________';
  const style = 'Signature';
  return block.parties
    .map((party, index) =>
      [
        paragraph(
          { style, keepNext: true, pageBreakBefore: pageBreakBefore && index === 0 },
          run(`${party.role}: ${party.name}`, runProps({ bold: true })),
        ),
        ...party.signatories.map((signatory) =>
          [
            paragraph(
              { style, keepNext: true },
              run(`${word('place', doc.lang)} / ${word('date', doc.lang)}: ${line}`),
            ),
            paragraph(
              { style, keepNext: true, spaceBefore: twips(SIGNATURE.signBefore) },
              run(`${word('signature', doc.lang)}: ${line}`),
            ),
            paragraph(
              {
                style,
                // Every party's lines stay on one page: only the very last line may end it.
                keepNext: party !== block.parties.at(-1) || signatory !== party.signatories.at(-1),
              },
              run(signatory.title ? `${signatory.name}, ${signatory.title}` : signatory.name),
            ),
          ].join(''),
        ),
      ].join(''),
    )
    .join('');
}

/** Bookmark ids, numbered from 1 in each document. */
class Bookmarks {
  private next = 1;

  around(name: string, content: string): string {
    const id = this.next++;
    return `<w:bookmarkStart w:name="${name}" w:id="${id}"/>${content}<w:bookmarkEnd w:id="${id}"/>`;
  }
}

/**
 * A field's parts: its start, its code, the result shown until Word refreshes it, and its end.
 * A field may span paragraphs (the contents): the parts are then written apart.
 */
const fieldParts = (code: string, result: string): [string, string, string, string] => [
  '<w:fldChar w:fldCharType="begin"/>',
  `<w:instrText xml:space="preserve">${xmlText(code)}</w:instrText>`,
  `<w:fldChar w:fldCharType="separate"/>${result}`,
  '<w:fldChar w:fldCharType="end"/>',
];

/** A field in one run. */
const fieldRun = (code: string, result: string): string =>
  `<w:r>${fieldParts(code, result).join('')}</w:r>`;

/**
 * A field in formatted text, each of its parts a run of its own with the text's formatting:
 * LibreOffice sets the result of a field written in one run in the paragraph's formatting.
 */
export const formattedField = (code: string, result: string, props: string): string =>
  fieldParts(code, result)
    .map((part) => `<w:r><w:rPr>${props}</w:rPr>${part}</w:r>`)
    .join('');
const TAB_RUN = '<w:r><w:tab/></w:r>';
const TOC_FIELD = 'TOC \\h \\o "1-2"';
const CONTENTS_RIGHT_TAB = `<w:tab w:val="right" w:leader="dot" w:pos="${twips(TEXT_WIDTH)}"/>`;

/**
 * The contents as Word's TOC field, its entries filled in from the page layout: each links to
 * its heading's `_Toc` bookmark and shows the layout's page in a PAGEREF field, which Word
 * refreshes on opening (the settings ask it to).
 */
function contents(
  layout: PageLayout,
  doc: Document,
  tocNames: ReadonlyMap<Heading, string>,
  pageBreakBefore: boolean,
): string {
  const heading = paragraph(
    { style: 'ContentsHeading', pageBreakBefore },
    run(word('contents', doc.lang)),
  );
  // The contents' entries are the field's result, between its start and its end.
  const [begin, code, separate, tocEnd] = fieldParts(TOC_FIELD, '');
  const tocStart = begin + code + separate;
  const entries = layout.contents.map((entry, i) => {
    const { level, number, text } = entry.heading;
    const name = tocNames.get(entry.heading) ?? '';
    const tab = twips(contentsTab(level, entry.numberWidth / 20));
    const tabs = `<w:tabs><w:tab w:val="left" w:pos="${tab}"/>${CONTENTS_RIGHT_TAB}</w:tabs>`;
    // The TOC field begins in the first entry and ends after the last.
    const start = i === 0 ? `<w:r>${tocStart}</w:r>` : '';
    const page = `<w:t xml:space="preserve">${entry.page + 1}</w:t>`;
    return (
      `<w:p><w:pPr><w:pStyle w:val="TOC${level}"/>${tabs}</w:pPr>${start}` +
      `<w:hyperlink w:history="1" w:anchor="${name}">${run(number ?? '')}${TAB_RUN}${run(text)}` +
      `${TAB_RUN}${fieldRun(`PAGEREF ${name} \\h`, page)}</w:hyperlink></w:p>`
    );
  });
  // Word ends the contents field in a paragraph of its own.
  const end = `<w:p><w:r>${tocEnd}</w:r></w:p>`;
  const sdtPr =
    `<w:sdtPr><w:alias w:val="${xmlText(word('contents', doc.lang))}"/>` +
    '<w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr>';
  return `${heading}<w:sdt>${sdtPr}<w:sdtContent>${entries.join('')}${end}</w:sdtContent></w:sdt>`;
}

const DECIMAL_NUMBER = /^\d+(\.\d+)*$/;

/**
 * `word/document.xml` of a document, written from the document and its page layout: the same
 * paragraphs, page breaks and keeps the layout sets, the contents with the layout's pages.
 */
export function documentXml(doc: Document, layout: PageLayout, frame: DocumentFrame): string {
  const bookmarks = new Bookmarks();
  // The headings the contents list are bookmarked `_Toc…` in document order, the layout's order.
  const tocNames = new Map(layout.contents.map((entry, i) => [entry.heading, `_Toc${i + 1}`]));
  const clauses = new Set(doc.blocks.flatMap((b) => (b.kind === 'heading' && b.id ? [b.id] : [])));
  // The contents go just before the numbered clauses: after a front page, if the document has one.
  const firstClause = doc.blocks.findIndex((b) => b.kind === 'heading' && b.number !== null);
  const contentsAt = layout.contents.length > 0 ? Math.max(firstClause, 0) : -1;

  const heading = (block: Heading, instance: number, pageBreakBefore: boolean): string => {
    // Word's decimal list cannot say «A.1»: a lettered number (a DPA appendix) is written out.
    const listed = block.number !== null && DECIMAL_NUMBER.test(block.number);
    const label = block.number !== null && !listed ? `${block.number}\t` : '';
    let content = run(`${label}${block.text}`);
    if (block.id) content = bookmarks.around(bookmarkName(block.id), content);
    const toc = tocNames.get(block);
    if (toc) content = bookmarks.around(toc, content);
    const numId = frame.numIds[Math.max(instance, 1) - 1];
    return paragraph(
      {
        // Only the numbered clauses are in the contents; a front page's headings look alike.
        style: block.number ? `Heading${block.level}` : 'FrontHeading',
        keepNext: true,
        pageBreakBefore,
        // Numbered headings use Word's own multilevel list, so a clause added in Word is numbered too.
        numPr: listed
          ? `<w:numPr><w:ilvl w:val="${block.level - 1}"/><w:numId w:val="${numId}"/></w:numPr>`
          : undefined,
      },
      content,
    );
  };

  /**
   * A page break is the next paragraph's «page break before», as in the page layout: a paragraph
   * holding only a break would take a line on the next page.
   */
  let breakNext = false;
  const takeBreak = (): boolean => {
    const brk = breakNext;
    breakNext = false;
    return brk;
  };
  let instance = 0;
  const out: string[] = [frame.head, paragraph({ style: 'Title' }, run(doc.title))];
  doc.blocks.forEach((block, index) => {
    if (index === contentsAt) {
      out.push(contents(layout, doc, tocNames, contentsAt > 0 || takeBreak()));
      breakNext = true;
    }
    switch (block.kind) {
      case 'heading':
        if (startsClauseList(block)) instance++;
        out.push(heading(block, instance, takeBreak()));
        return;
      case 'paragraph':
        out.push(
          paragraph(
            { keepNext: block.keepWithNext, pageBreakBefore: takeBreak() },
            inlineRuns(block.content, clauses),
          ),
        );
        return;
      case 'guidance':
        out.push(
          paragraph(
            { style: 'Guidance', pageBreakBefore: takeBreak() },
            inlineRuns(block.content, clauses),
          ),
        );
        return;
      case 'list':
        block.items.forEach((item, i) => {
          out.push(
            paragraph(
              { style: 'ListItem', pageBreakBefore: takeBreak(), tabs: LIST_TABS },
              run(block.ordered ? `${i + 1}.\t` : '–\t') + inlineRuns(item, clauses),
            ),
          );
        });
        return;
      case 'table':
        table(out, block, takeBreak());
        return;
      case 'signatures':
        out.push(signatureBlock(block, doc, takeBreak()));
        return;
      case 'page-break':
        // The title is always before it, so a break is never dropped, as in the layout.
        breakNext = true;
        return;
    }
  });
  out.push(frame.sectPr, '</w:body></w:document>');
  return out.join('');
}
