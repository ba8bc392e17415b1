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
 * appendices A–D in one document, as they are signed together.
 */
export function assembleDpa(
  c: Case,
  files: LanguageFiles,
  agreement: { id: string; name: string },
  bank: RequirementBank,
  options: AssembleOptions,
): Document {
  const { lang } = options;
  const parts: Part[] = DPA_PARTS.map((name) => ({
    file: requireFile(files, lang, 'dpa', name),
    numbered: true,
    appendixNumber: null,
  }));
  const base = { case: c, lang, bank, appendices: [], clauses: new Map<string, ClauseText>() };
  const general = requireFile(files, lang, 'dpa', 'general');
  return finishDocuments(
    [
      {
        doc: {
          id: 'dpa',
          title: general.front.title,
          fileStem: `02 ${word('dpaTitle', lang)}`,
          lang,
          ...documentFrame(c, agreement.name),
        },
        blocks: assembleParts(parts, agreement, base),
        path: general.path,
      },
    ],
    options,
  )[0] as Document;
}
