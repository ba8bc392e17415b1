import type { Case, Language } from '../../case/case-schema';
import type { Block } from '../../document/model';
import { localize } from '../../errors';
import { word } from '../../i18n/document-words';
import type { Framework } from '../../requirements/bank-schema';
import { chosenRequirements } from '../../requirements/chosen';
import { coverage } from '../../requirements/coverage';
import { sharedResponsibility } from '../../rules/shared-responsibility';
import { paragraph, type BlockContext, type BlockRenderer } from './block-context';

function requirementSummary(context: BlockContext): Block[] {
  const chosen = chosenRequirements(context.case, context.bank);
  if (chosen.length === 0) return [paragraph(word('noRequirements', context.lang))];
  const absolute = chosen.filter((c) => c.absolute).length;
  return [
    paragraph(
      word('requirementCount', context.lang, {
        total: chosen.length,
        absolute,
        evaluated: chosen.length - absolute,
      }),
    ),
  ];
}

function sharedResponsibilityTable(c: Case, lang: Language): Block[] {
  const split = sharedResponsibility(c.service.cloudModel);
  const rows = Math.max(split.supplier.length, split.customer.length);
  return [
    {
      kind: 'table',
      header: [word('supplierSecures', lang), word('customerSecures', lang)],
      rows: Array.from({ length: rows }, (_, i) => [
        split.supplier[i] ? localize(split.supplier[i], lang) : '',
        split.customer[i] ? localize(split.customer[i], lang) : '',
      ]),
    },
  ];
}

/** The chosen requirements grouped by area, each area a numbered clause. */
function requirementsByArea(context: BlockContext): Block[] {
  const { lang, bank } = context;
  const chosen = chosenRequirements(context.case, bank);
  if (chosen.length === 0) return [paragraph(word('noRequirements', lang))];
  const areas = Object.keys(bank.frameworks.areas).filter((area) =>
    chosen.some((c) => c.requirement.area === area),
  );
  return areas.flatMap((area): Block[] => [
    {
      kind: 'heading',
      level: 2,
      text: bank.frameworks.areas[area]?.[lang] ?? area,
      id: `sec-area-${area}`,
      number: null,
    },
    ...chosen
      .filter((c) => c.requirement.area === area)
      .flatMap(({ requirement: r, absolute, weight }): Block[] => [
        {
          kind: 'paragraph',
          content: [{ kind: 'text', text: `${r.id} ${r[lang].title}`, bold: true }],
        },
        paragraph(r[lang].text),
        {
          kind: 'paragraph',
          content: [
            {
              kind: 'text',
              // Weights belong to the competition; a contract only says what kind a requirement is.
              text: absolute
                ? word('absoluteRequirement', lang)
                : context.tender
                  ? `${word('evaluatedRequirement', lang)}, ${word('weight', lang)} ${weight ?? 1}`
                  : word('evaluatedRequirement', lang),
              italic: true,
            },
          ],
        },
      ]),
  ]);
}

/** The table suppliers answer: yes / partly / no, with comment and documentation. */
function responseTable(context: BlockContext): Block[] {
  const { lang } = context;
  const chosen = chosenRequirements(context.case, context.bank);
  if (chosen.length === 0) return [];
  return [
    {
      kind: 'table',
      header: [
        word('requirement', lang),
        word('kind', lang),
        word('answer', lang),
        word('comment', lang),
        word('documentation', lang),
      ],
      rows: chosen.map(({ requirement: r, absolute }) => [
        `${r.id} ${r[lang].title}`,
        word(absolute ? 'absoluteShort' : 'evaluatedShort', lang),
        word('answerChoices', lang),
        '',
        '',
      ]),
      widths: [4, 1.2, 2.2, 3.3, 2.8],
    },
  ];
}

function coverageTable(context: BlockContext, framework: Framework): Block[] {
  const { lang, bank } = context;
  const ids = chosenRequirements(context.case, bank).map((c) => c.requirement.id);
  const result = coverage(bank, ids, framework);
  return [
    paragraph(
      word('coverageSummary', lang, { covered: result.covered, total: result.rows.length }),
    ),
    {
      kind: 'table',
      header: [word('control', lang), word('coveredBy', lang)],
      rows: result.rows.map((row) => [
        `${row.control} ${bank.frameworks[framework][row.control]?.[lang] ?? ''}`.trim(),
        row.requirements.length > 0 ? row.requirements.join(', ') : word('gap', lang),
      ]),
      widths: [5, 3],
    },
  ];
}

/** Blocks of the security appendix and the coverage appendix. */
export const SECURITY_BLOCKS: Record<string, BlockRenderer> = {
  'requirement-summary': requirementSummary,
  'shared-responsibility': (ctx) => sharedResponsibilityTable(ctx.case, ctx.lang),
  requirements: requirementsByArea,
  'response-table': responseTable,
  'coverage-nis2': (ctx) => coverageTable(ctx, 'nis2'),
  'coverage-nis2ir': (ctx) => coverageTable(ctx, 'nis2ir'),
  'coverage-nsm': (ctx) => coverageTable(ctx, 'nsm'),
  'coverage-iso27001': (ctx) => coverageTable(ctx, 'iso27001'),
};
