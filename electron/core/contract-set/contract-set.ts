import type { Case, Language } from '../case/case-schema';
import { word } from '../i18n/document-words';
import {
  requireFile,
  type AgreementTemplates,
  type AppendixSpec,
  type ContentKind,
  type HeldPart,
  type LanguageFiles,
} from '../assembly/template-set';

/**
 * What a document is to the agreement: the agreement itself, a numbered appendix, a separate
 * agreement listed among the other appendices, or a working paper for the customer's own use.
 */
export type SetRole = 'agreement' | 'appendix' | 'other-appendix' | 'working-paper';

/** Why a document is, or is not, part of the agreement. */
export type SetReason =
  | 'agreement'
  /** Ticked «yes» and has content. */
  | 'ticked'
  /** Holds a part of the case (SLA, prices, DPA, requirements, exit, edits), so it is ticked. */
  | 'content'
  /** Ticked «no» by the user; its text, if any, is not printed. */
  | 'not-ticked'
  /** Nothing to print, so it is ticked «no». */
  | 'empty'
  /** An agreement of its own that the general text names (SSA-L 6.2: the DPA). */
  | 'separate-agreement'
  /** Made for the customer's own use, never part of what is signed. */
  | 'working-paper';

/** A template file and the folder it comes from. */
export interface TemplatePart {
  folder: 'agreement' | 'dpa' | 'security';
  name: string;
}

export interface SetEntry {
  /** Stable document ID within a case ("agreement", "appendix-10", "dpa", "coverage"). */
  id: string;
  role: SetRole;
  /** The appendix number the front page gives it; null outside the numbered appendices. */
  number: number | null;
  title: string;
  /** The output file's name without extension; it carries the front page's number. */
  fileStem: string;
  inAgreement: boolean;
  reason: SetReason;
  /** The template files the document is made of; empty when nothing is generated. */
  parts: TemplatePart[];
}

export interface ContractSet {
  entries: SetEntry[];
}

/** The template folders the set draws on besides the agreement's own. */
export interface SetTemplates {
  agreement: AgreementTemplates;
  dpa: LanguageFiles | null;
  security: LanguageFiles;
}

function hasData(kind: ContentKind, c: Case): boolean {
  switch (kind) {
    case 'text':
      return false;
    case 'sla':
      return c.sla !== null;
    case 'prices':
      return c.prices !== null;
    case 'edits':
      return c.edits.length > 0;
    case 'exit':
      return c.exit !== null;
    case 'dpa':
      return c.dpa !== null;
    case 'security':
      return c.requirements.length > 0;
  }
}

function hasText(spec: AppendixSpec, c: Case): boolean {
  return spec.content.includes('text') && Boolean(c.appendices[String(spec.number)]?.text?.trim());
}

/** Whether the case holds a part (SLA, prices, DPA …) that this appendix prints. */
export function appendixHoldsData(spec: AppendixSpec, c: Case): boolean {
  return spec.content.some((kind) => hasData(kind, c));
}

/** Whether the case gives an appendix anything to say; an empty appendix is ticked «no». */
export function appendixHasContent(spec: AppendixSpec, c: Case): boolean {
  return appendixHoldsData(spec, c) || hasText(spec, c);
}

/**
 * Ticks follow content: an appendix that holds a part of the case is «yes» whatever its box
 * says, one with only text is «yes» when ticked, and one with nothing in it is «no».
 */
export function appendixReason(spec: AppendixSpec, c: Case): SetReason {
  if (appendixHoldsData(spec, c)) return 'content';
  if (!hasText(spec, c)) return 'empty';
  return c.appendices[String(spec.number)]?.included ? 'ticked' : 'not-ticked';
}

function heldParts(held: HeldPart, c: Case): TemplatePart[] {
  switch (held) {
    case 'dpa':
      // The supplier's own paper is attached by the parties; Skyavtale does not write it.
      return c.dpa?.form === 'standard' ? dpaParts() : [];
    case 'security-requirements':
      return c.requirements.length > 0 ? [{ folder: 'security', name: 'requirements' }] : [];
    case 'security-response':
      return c.requirements.length > 0 ? [{ folder: 'security', name: 'response' }] : [];
  }
}

const DPA_PARTS = ['general', 'signatures', 'appendix-a', 'appendix-b', 'appendix-c', 'appendix-d'];

function dpaParts(): TemplatePart[] {
  return DPA_PARTS.map((name) => ({ folder: 'dpa', name }));
}

/**
 * The contract set of a case: every document it produces, the number and title each one has
 * and whether it is part of the agreement. The front page, the file names, the pack and the
 * manifest are all read from it. Working papers are made only for drafts.
 */
export function contractSet(
  c: Case,
  templates: SetTemplates,
  options: { lang: Language; final: boolean },
): ContractSet {
  const { lang } = options;
  const agreement = templates.agreement;
  const agreementFile = (name: string) =>
    requireFile(agreement.files, lang, agreement.folder, name);
  const entries: SetEntry[] = [
    {
      id: 'agreement',
      role: 'agreement',
      number: null,
      title: agreementFile('front').front.title,
      fileStem: `01 ${agreement.name} ${word('agreement', lang)}`,
      inAgreement: true,
      reason: 'agreement',
      parts: [
        { folder: 'agreement', name: 'front' },
        { folder: 'agreement', name: 'general' },
      ],
    },
  ];
  for (const spec of agreement.appendices) {
    const file = agreementFile(`appendix-${spec.number}`);
    const reason = appendixReason(spec, c);
    const inAgreement = reason === 'content' || reason === 'ticked';
    entries.push({
      id: `appendix-${spec.number}`,
      role: 'appendix',
      number: spec.number,
      title: file.front.title,
      fileStem: `${word('appendix', lang)} ${String(spec.number).padStart(2, '0')} ${file.front.short ?? file.front.title}`,
      inAgreement,
      reason,
      parts: inAgreement
        ? [
            { folder: 'agreement', name: `appendix-${spec.number}` },
            ...spec.holds.flatMap((held) => heldParts(held, c)),
          ]
        : [],
    });
  }
  if (c.dpa && agreement.otherAppendices.includes('dpa')) {
    const title =
      c.dpa.form === 'standard' && templates.dpa
        ? requireFile(templates.dpa, lang, 'dpa', 'general').front.title
        : word('supplierDpa', lang);
    entries.push({
      id: 'dpa',
      role: 'other-appendix',
      number: null,
      title,
      fileStem: `${word('otherAppendices', lang)} – ${title}`,
      inAgreement: true,
      reason: 'separate-agreement',
      parts: c.dpa.form === 'standard' ? dpaParts() : [],
    });
  }
  if (!options.final) {
    if (c.dpa?.form === 'supplier') entries.push(workingPaper('dpa-checklist', 'dpa', 'checklist'));
    if (c.coverageAppendix) entries.push(workingPaper('coverage', 'security', 'coverage'));
  }
  return { entries };

  function workingPaper(id: string, folder: 'dpa' | 'security', name: string): SetEntry {
    const files = folder === 'dpa' ? templates.dpa : templates.security;
    const title = files ? requireFile(files, lang, folder, name).front.title : name;
    return {
      id,
      role: 'working-paper',
      number: null,
      title,
      fileStem: `${word('workingPaper', lang)} – ${title}`,
      inAgreement: false,
      reason: 'working-paper',
      parts: [{ folder, name }],
    };
  }
}

/** The documents of the set that are generated, in the order they are printed. */
export function generatedEntries(set: ContractSet): SetEntry[] {
  return set.entries.filter((entry) => entry.parts.length > 0);
}

/** The rows of the front page's appendix table: every numbered appendix, then the others. */
export function frontPageEntries(set: ContractSet): SetEntry[] {
  return set.entries.filter((e) => e.role === 'appendix' || e.role === 'other-appendix');
}
