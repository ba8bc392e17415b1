import type { Case } from '../case/case-schema';
import {
  contractSet,
  frontPageEntries,
  generatedEntries,
  type SetEntry,
  type SetTemplates,
  type TemplatePart,
} from '../contract-set/contract-set';
import type { Document } from '../document/model';
import { SkyError } from '../errors';
import type { RequirementBank } from '../requirements/bank-schema';
import {
  assembleParts,
  finishDocuments,
  type AssembleOptions,
  type DraftDocument,
  type Part,
} from './assemble-parts';
import type { ClauseText } from './data-blocks';
import { clauseTexts } from './clause-texts';
import { requireFile, type LanguageFiles } from './template-set';

/** The header and properties every document of a case shares. */
export function documentFrame(c: Case, agreementName: string): Pick<Document, 'header' | 'meta'> {
  return {
    header: `${agreementName} – ${c.title}`,
    meta: {
      subject: `${agreementName}: ${c.customer.name} – ${c.supplier.name}`,
      author: c.customer.name,
      keywords: [agreementName, c.service.name, ...(c.reference ? [c.reference] : [])],
    },
  };
}

function folderFiles(templates: SetTemplates, folder: TemplatePart['folder']): LanguageFiles {
  switch (folder) {
    case 'agreement':
      return templates.agreement.files;
    case 'security':
      return templates.security;
    case 'dpa':
      if (templates.dpa) return templates.dpa;
      throw new SkyError(
        'template.dpa-missing',
        {
          nb: 'malene for databehandleravtalen er ikke installert',
          en: 'the data processing agreement templates are not installed',
        },
        'dpa',
      );
  }
}

// The DPA's own appendices A–D are numbered A.1, A.2 …; its signatures sit outside the numbering.
function numbering(part: TemplatePart): Pick<Part, 'numbered' | 'prefix'> {
  if (part.folder === 'agreement' && part.name === 'front') return { numbered: false };
  if (part.folder === 'dpa' && part.name === 'signatures') return { numbered: false };
  const letter = part.folder === 'dpa' ? /^appendix-([a-z])$/.exec(part.name)?.[1] : undefined;
  return letter ? { numbered: true, prefix: letter.toUpperCase() } : { numbered: true };
}

/**
 * Assembles every generated document of a case's contract set: the agreement with its front
 * page, each appendix that is «yes» with the parts it holds (SSA-Sky bilag 10 is the DPA, bilag
 * 11 the security requirements), the other appendices and any working paper asked for.
 */
export function assembleSet(
  c: Case,
  templates: SetTemplates,
  bank: RequirementBank,
  options: AssembleOptions,
): Document[] {
  const { lang } = options;
  const set = contractSet(c, templates, { lang, final: options.final });
  const agreement = { id: templates.agreement.kind, name: templates.agreement.name };
  const frame = documentFrame(c, agreement.name);
  const base = {
    case: c,
    lang,
    bank,
    frontPage: frontPageEntries(set),
    tender: options.tender,
    clauses: new Map<string, ClauseText>(),
  };
  const draft = (entry: SetEntry, clauses: Map<string, ClauseText>): DraftDocument => {
    const parts: Part[] = entry.parts.map((part) => ({
      file: requireFile(folderFiles(templates, part.folder), lang, part.folder, part.name),
      appendixNumber: entry.number,
      ...numbering(part),
    }));
    return {
      doc: { id: entry.id, title: entry.title, fileStem: entry.fileStem, lang, ...frame },
      blocks: assembleParts(parts, agreement, { ...base, clauses }),
      path: parts[0]?.file.path ?? '',
    };
  };
  // The agreement itself is always the first entry of a set.
  const [main, ...rest] = generatedEntries(set) as [SetEntry, ...SetEntry[]];
  const agreementDraft = draft(main, base.clauses);
  // Appendix 7 quotes the general text, so the agreement is assembled first.
  const clauses = clauseTexts(agreementDraft.blocks);
  return finishDocuments([agreementDraft, ...rest.map((entry) => draft(entry, clauses))], options);
}
