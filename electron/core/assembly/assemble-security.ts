import type { Case } from '../case/case-schema';
import type { Document } from '../document/model';
import { word, type WordKey } from '../i18n/document-words';
import type { RequirementBank } from '../requirements/bank-schema';
import { documentFrame } from './assemble-agreement';
import {
  assembleParts,
  finishDocuments,
  requireFile,
  type AssembleOptions,
} from './assemble-parts';
import type { ClauseText } from './data-blocks';
import type { LanguageFiles } from './template-set';

const SECURITY_DOCUMENTS: { id: 'security' | 'coverage'; number: string; title: WordKey }[] = [
  { id: 'security', number: '03', title: 'securityTitle' },
  { id: 'coverage', number: '04', title: 'coverageTitle' },
];

/**
 * The security appendix (requirements, shared responsibility, the supplier's response table)
 * when the case chooses requirements, and the framework coverage appendix when it asks for one.
 */
export function assembleSecurity(
  c: Case,
  files: LanguageFiles,
  agreement: { id: string; name: string },
  bank: RequirementBank,
  options: AssembleOptions,
): Document[] {
  const { lang } = options;
  const wanted = SECURITY_DOCUMENTS.filter((d) =>
    d.id === 'security' ? c.requirements.length > 0 : c.coverageAppendix,
  );
  const base = { case: c, lang, bank, appendices: [], clauses: new Map<string, ClauseText>() };
  return finishDocuments(
    wanted.map(({ id, number, title }) => {
      const file = requireFile(
        files,
        lang,
        'security',
        id === 'security' ? 'requirements' : 'coverage',
      );
      return {
        doc: {
          id,
          title: file.front.title,
          fileStem: `${number} ${word(title, lang)}`,
          lang,
          ...documentFrame(c, agreement.name),
        },
        blocks: assembleParts([{ file, numbered: true, appendixNumber: null }], agreement, base),
        path: file.path,
      };
    }),
    options,
  );
}
