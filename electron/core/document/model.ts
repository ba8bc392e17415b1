import type { Language } from '../case/case-schema';

/** A run of text inside a paragraph, list item or cell. */
export type Inline =
  | { kind: 'text'; text: string; bold?: boolean; italic?: boolean }
  /** A cross-reference to a clause; `label` is its computed number once the set is numbered. */
  | { kind: 'ref'; target: string; label: string };

export interface Heading {
  kind: 'heading';
  level: 1 | 2 | 3;
  text: string;
  /** Stable clause ID, the same in every language. */
  id: string | null;
  /** Computed legal number ("11.2"), null for unnumbered headings. */
  number: string | null;
  /** Never parted from what follows by a page break (the text before signatures). */
  keepWithNext?: boolean;
}

export interface Table {
  kind: 'table';
  /** Column headings, repeated on every page; empty for a two-column list of facts. */
  header: string[];
  rows: string[][];
  /** Relative column widths; equal when absent. */
  widths?: number[];
  /** Rows (by index) printed in bold, such as totals. */
  emphasis?: number[];
}

export interface SignatureParty {
  role: string;
  name: string;
  signatories: { name: string; title: string | null }[];
}

export type Block =
  | Heading
  | { kind: 'paragraph'; content: Inline[]; keepWithNext?: boolean }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | Table
  /** Guidance for the person filling in; never part of a final document. */
  | { kind: 'guidance'; content: Inline[] }
  /** Every party's signature lines, printed together on one page. */
  | { kind: 'signatures'; parties: SignatureParty[] }
  | { kind: 'page-break' };

/** One output file's content, independent of DOCX or PDF. */
export interface Document {
  /** Stable document ID within a case ("agreement", "appendix-4"). */
  id: string;
  title: string;
  /** The name used for the output file, without extension ("01 SSA-L avtale"). */
  fileStem: string;
  lang: Language;
  /** Printed in every page header. */
  header: string;
  /** Document properties. */
  meta: { subject: string; author: string; keywords: string[] };
  blocks: Block[];
}

export function plainText(content: Inline[]): string {
  return content.map((inline) => (inline.kind === 'text' ? inline.text : inline.label)).join('');
}
