import type { Case, Language } from '../core/case/case-schema';
import type { Problem } from '../core/case/problems';
import { parseCaseText, validateCase } from '../core/case/validate-case';
import { catalogOf } from '../core/generate';
import type { TemplateLibrary } from './templates/load-library';

/** Every problem with a case text: syntax first, then schema and domain rules. */
export function checkCase(
  caseText: string,
  library: TemplateLibrary,
  lang: Language,
): { case: Case | null; problems: Problem[] } {
  const parsed = parseCaseText(caseText, lang);
  if (parsed.problems.length > 0) return { case: null, problems: parsed.problems };
  return validateCase(parsed.value, catalogOf(library), lang);
}
