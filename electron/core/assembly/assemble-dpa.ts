import type { Case } from '../case/case-schema';
import type { Document } from '../document/model';
import { word } from '../i18n/document-words';
import type { RequirementBank } from '../requirements/bank-schema';
import { documentFrame } from './assemble-agreement';
import {
  assembleParts,
  finishDocuments,
  requireFile,
  type AssembleOptions,
  type Part,
} from './assemble-parts';
import type { ClauseText } from './data-blocks';
import type { LanguageFiles } from './template-set';

const DPA_PARTS = ['general', 'appendix-a', 'appendix-b', 'appendix-c', 'appendix-d'] as const;

/**
 * Assembles the data processing agreement (GDPR art. 28): the general text followed by its
 * appendices A–D in one document, as they are signed together. When the supplier's own paper is
 * used (`dpa.form: supplier`), the document is instead the checklist for reviewing it.
 */
export function assembleDpa(
  c: Case,
  files: LanguageFiles,
  agreement: { id: string; name: string },
  bank: RequirementBank,
  options: AssembleOptions,
): Document {
  const { lang } = options;
  const checklist = c.dpa?.form === 'supplier';
  const names = checklist ? ['checklist'] : DPA_PARTS;
  const parts: Part[] = names.map((name) => ({
    file: requireFile(files, lang, 'dpa', name),
    numbered: true,
    appendixNumber: null,
  }));
  const base = { case: c, lang, bank, appendices: [], clauses: new Map<string, ClauseText>() };
  const first = requireFile(files, lang, 'dpa', checklist ? 'checklist' : 'general');
  return finishDocuments(
    [
      {
        doc: {
          id: checklist ? 'dpa-checklist' : 'dpa',
          title: first.front.title,
          fileStem: `02 ${word(checklist ? 'dpaChecklistTitle' : 'dpaTitle', lang)}`,
          lang,
          ...documentFrame(c, agreement.name),
        },
        blocks: assembleParts(parts, agreement, base),
        path: first.path,
      },
    ],
    options,
  )[0] as Document;
}
