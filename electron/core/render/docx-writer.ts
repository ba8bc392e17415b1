import { strToU8 } from 'fflate';
import type { Document } from '../document/model';
import { word } from '../i18n/document-words';
import { clauseListCount, documentXml, formattedField, run } from './docx/document-xml';
import { CUSTOM_PROPERTIES, skeletonOf, type Skeleton } from './docx/package-parts';
import { xmlText } from './docx/xml';
import { DOCUMENT_LEVEL, zip, zipEntry } from './docx/zip';
import type { PageLayout } from './layout/page-layout';
import { COLORS, halfPoints, RUNNING } from './typography';

export { bookmarkName } from './docx/document-xml';

export interface DocxOptions {
  status: 'draft' | 'final';
  caseReference: string | null;
  caseVersion: number | null;
  /** The date written into the file: the case's, never the clock's; none when unknown. */
  date: Date | null;
}

const MUTED = `<w:color w:val="${COLORS.muted}"/><w:sz w:val="${halfPoints(RUNNING.size)}"/><w:szCs w:val="${halfPoints(RUNNING.size)}"/>`;

function headerXml(doc: Document, skeleton: Skeleton): string {
  return `${skeleton.headerHead}<w:p><w:pPr><w:jc w:val="right"/></w:pPr>${run(doc.header, MUTED)}</w:p></w:hdr>`;
}

/** «Side X av Y», the page count the layout's until Word refreshes the field. */
function footerXml(doc: Document, layout: PageLayout, skeleton: Skeleton): string {
  const total = `<w:t xml:space="preserve">${layout.pageCount}</w:t>`;
  return (
    `${skeleton.footerHead}<w:p><w:pPr><w:jc w:val="center"/></w:pPr>` +
    run(`${word('page', doc.lang)} `, MUTED) +
    formattedField('PAGE', '', MUTED) +
    run(` ${word('of', doc.lang)} `, MUTED) +
    formattedField('NUMPAGES', total, MUTED) +
    '</w:p></w:ftr>'
  );
}

/** The core properties: title, subject, keywords, description, and the document's date or none. */
function coreXml(doc: Document, date: Date | null, skeleton: Skeleton): string {
  const stamp = date?.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const dated = stamp
    ? `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
      `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>`
    : '';
  return (
    `${skeleton.coreHead}<dc:title>${xmlText(doc.title)}</dc:title>` +
    `<dc:subject>${xmlText(doc.meta.subject)}</dc:subject><dc:creator>Skyavtale</dc:creator>` +
    `<cp:keywords>${xmlText(doc.meta.keywords.join(', '))}</cp:keywords>` +
    `<dc:description>${xmlText(doc.header)}</dc:description><cp:revision>1</cp:revision>` +
    `${dated}</cp:coreProperties>`
  );
}

function customXml(doc: Document, options: DocxOptions, skeleton: Skeleton): string {
  const values: Record<(typeof CUSTOM_PROPERTIES)[number], string> = {
    Organisasjon: doc.meta.author,
    Saksreferanse: options.caseReference ?? '',
    Saksversjon: options.caseVersion === null ? '' : String(options.caseVersion),
    Status: options.status === 'final' ? 'FINAL' : 'UTKAST',
  };
  const properties = CUSTOM_PROPERTIES.map(
    (name, i) =>
      `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${name}">` +
      `<vt:lpwstr>${xmlText(values[name])}</vt:lpwstr></property>`,
  );
  return `${skeleton.customHead}${properties.join('')}</Properties>`;
}

/**
 * Renders a document as a Word file whose contents and page count are the page layout's. The
 * body is written here from the layout; docx writes the style sheet, the clause list and the
 * package's other constant parts once per language. The same document always gives the same
 * bytes: the dates are the document's, bookmarks are numbered in each document.
 */
export function renderDocx(
  doc: Document,
  layout: PageLayout,
  options: DocxOptions,
): Promise<Uint8Array> {
  const skeleton = skeletonOf(doc.lang, clauseListCount(doc));
  const written: Record<string, string> = {
    'word/document.xml': documentXml(doc, layout, skeleton.document),
    'word/header1.xml': headerXml(doc, skeleton),
    'word/footer1.xml': footerXml(doc, layout, skeleton),
    'docProps/core.xml': coreXml(doc, options.date, skeleton),
    'docProps/custom.xml': customXml(doc, options, skeleton),
  };
  const entries = skeleton.parts.map((entry) => {
    const own = written[entry.path];
    return own === undefined ? entry : zipEntry(entry.path, strToU8(own), DOCUMENT_LEVEL);
  });
  // The zip's own timestamps: the document's date, or the earliest a zip can hold.
  return Promise.resolve(zip(entries, options.date ?? new Date(Date.UTC(1980, 0, 1))));
}
