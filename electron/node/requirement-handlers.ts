import { z } from 'zod';
import { RequirementChoiceSchema, type Language } from '../core/case/case-schema';
import { ProblemsError } from '../core/case/problems';
import { parseCaseText } from '../core/case/validate-case';
import { SkyError } from '../core/errors';
import {
  FRAMEWORKS,
  type Framework,
  type Requirement,
  type RequirementBank,
} from '../core/requirements/bank-schema';
import { coverage } from '../core/requirements/coverage';
import { filterRequirements } from '../core/requirements/select';
import type { ApiHandlers } from '../shared/api';
import type { requirementProcedures } from '../shared/requirements-api';
import { checkCase } from './check-case';
import type { TemplateLibrary } from './templates/load-library';

type RequirementProcedure = keyof typeof requirementProcedures;

const ChoicesSchema = z.looseObject({ requirements: z.array(RequirementChoiceSchema).default([]) });

/**
 * The requirement IDs a case chooses. Coverage depends on nothing else, so an unfinished case
 * (no supplier yet, say) still has its coverage, as long as its requirements themselves are valid.
 */
function chosenIds(caseText: string, templates: TemplateLibrary, lang: Language) {
  const checked = checkCase(caseText, templates, lang);
  if (checked.case) return { ids: checked.case.requirements.map((r) => r.id), problems: [] };
  const parsed = parseCaseText(caseText, lang);
  const choices = ChoicesSchema.safeParse(parsed.value);
  const valid = parsed.problems.length === 0 && choices.success;
  return {
    ids: valid ? choices.data.requirements.map((r) => r.id) : null,
    problems: checked.problems,
  };
}

function controlName(bank: RequirementBank, framework: Framework, control: string, lang: Language) {
  return { control, name: bank.frameworks[framework][control]?.[lang] ?? control };
}

function summary(bank: RequirementBank, r: Requirement, lang: Language) {
  return {
    id: r.id,
    kind: r.kind,
    area: r.area,
    areaName: bank.frameworks.areas[r.area]?.[lang] ?? r.area,
    title: r[lang].title,
    cloudModels: r.cloudModels,
    baseline: r.baseline,
  };
}

/** The requirement bank for browsing, and the coverage of a case's chosen requirements. */
export function createRequirementHandlers(
  library: () => TemplateLibrary,
): Pick<ApiHandlers, RequirementProcedure> {
  return {
    'requirements.list': (input) => {
      const { bank } = library();
      const found = filterRequirements(
        bank,
        {
          ...(input.preset && { preset: input.preset }),
          ...(input.kinds && { kinds: input.kinds }),
          ...(input.areas && { areas: input.areas }),
          ...(input.cloudModel && { cloudModel: input.cloudModel }),
          ...(input.framework && { framework: input.framework }),
          ...(input.control && { control: input.control }),
          ...(input.controlText && { controlText: input.controlText }),
          ...(input.text && { text: input.text }),
        },
        input.lang,
      );
      return Promise.resolve({ items: found.map((r) => summary(bank, r, input.lang)) });
    },
    'requirements.get': ({ id, lang }) => {
      const { bank } = library();
      const r = bank.byId.get(id.trim().toUpperCase());
      if (!r) {
        return Promise.reject(
          new SkyError(
            'requirement.unknown',
            {
              nb: `kravet ${id} finnes ikke i kravbanken`,
              nn: `kravet ${id} finst ikkje i kravbanken`,
              en: `requirement ${id} is not in the requirement bank`,
            },
            id,
          ),
        );
      }
      return Promise.resolve({
        ...summary(bank, r, lang),
        text: r[lang].text,
        guidance: r[lang].guidance,
        mappings: Object.fromEntries(
          FRAMEWORKS.map((f) => [f, r.mappings[f].map((c) => controlName(bank, f, c, lang))]),
        ) as Record<Framework, { control: string; name: string }[]>,
      });
    },
    'case.coverage': ({ caseText, frameworks, lang }) => {
      const templates = library();
      const { ids, problems } = chosenIds(caseText, templates, lang);
      if (!ids) {
        return Promise.reject(
          new ProblemsError(
            'case.invalid',
            {
              nb: 'de valgte kravene har feil som må rettes før dekningen kan beregnes',
              nn: 'dei valde krava har feil som må rettast før dekninga kan reknast ut',
              en: 'the chosen requirements have errors to fix before coverage can be worked out',
            },
            problems,
          ),
        );
      }
      const { bank } = templates;
      return Promise.resolve({
        chosen: ids.length,
        coverage: frameworks.map((framework) => {
          const result = coverage(bank, ids, framework);
          return {
            framework,
            rows: result.rows.map((row) => ({
              ...controlName(bank, framework, row.control, lang),
              requirements: row.requirements,
            })),
            covered: result.covered,
            gaps: result.gaps.map((control) => controlName(bank, framework, control, lang)),
          };
        }),
      });
    },
  };
}
