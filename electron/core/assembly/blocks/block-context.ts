import type { Case, Language } from '../../case/case-schema';
import type { Block } from '../../document/model';
import type { SetEntry } from '../../contract-set/contract-set';
import type { RequirementBank } from '../../requirements/bank-schema';

/** The standard wording of a clause of the general text, for appendix 7. */
export interface ClauseText {
  number: string;
  title: string;
  text: string;
}

export interface BlockContext {
  case: Case;
  lang: Language;
  bank: RequirementBank;
  /** The rows of the front page's appendix table, from the contract set. */
  frontPage: SetEntry[];
  /** Tender wording (evaluation, rejection, weights) rather than contract wording. */
  tender: boolean;
  /** The appendix being assembled, if any. */
  appendixNumber: number | null;
  /** Clauses of the general text by ID; present once the general text is assembled. */
  clauses: Map<string, ClauseText>;
  /** Template path, for messages. */
  path: string;
}

/** Renders one kind of data block. */
export type BlockRenderer = (context: BlockContext) => Block[];

export function paragraph(text: string): Block {
  return { kind: 'paragraph', content: [{ kind: 'text', text }] };
}
