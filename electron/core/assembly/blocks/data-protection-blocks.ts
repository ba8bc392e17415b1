import type { Case, Dpa, Language } from '../../case/case-schema';
import type { Block } from '../../document/model';
import { word, type WordKey } from '../../i18n/document-words';
import { chosenRequirements } from '../../requirements/chosen';
import { formatOrgNumber } from '../../rules/orgnr';
import { localize } from '../../errors';
import { adequacyDecision, thirdCountries } from '../../rules/transfers';
import { paragraph, type BlockContext, type BlockRenderer } from './block-context';

function listOrNone(items: string[], lang: Language): string {
  return items.length > 0 ? items.join('\n') : word('noneStated', lang);
}

function dpaProcessing(c: Case, lang: Language): Block[] {
  const dpa = c.dpa;
  if (!dpa) return [];
  const stated = (value: string | null): string => value ?? word('notStated', lang);
  const rows: [WordKey, string][] = [
    ['subjectMatter', stated(dpa.subjectMatter)],
    ['duration', stated(dpa.duration)],
    ['nature', stated(dpa.nature)],
    ['purpose', stated(dpa.purpose)],
    ['dataTypes', listOrNone(dpa.dataTypes, lang)],
    ['specialCategories', listOrNone(dpa.specialCategories, lang)],
    ['dataSubjects', listOrNone(dpa.dataSubjects, lang)],
  ];
  return [
    {
      kind: 'table',
      header: [],
      rows: rows.map(([key, value]) => [word(key, lang), value]),
      widths: [2, 5],
    },
  ];
}

const BASIS_WORD = {
  none: 'basisNone',
  adequacy: 'basisAdequacy',
  scc: 'basisScc',
  bcr: 'basisBcr',
} as const;

type Subprocessor = Dpa['subprocessors'][number];

/** The transfer basis as a lawyer cites it: for adequacy, each decision and whom it covers. */
function transferBasis(sub: Subprocessor, lang: Language): string {
  const countries = thirdCountries(sub.country, sub.processingCountries);
  if (countries.length === 0) return word('basisEea', lang);
  const basis = word(BASIS_WORD[sub.transferBasis], lang);
  if (sub.transferBasis !== 'adequacy') return basis;
  const decisions = countries.map((country) => {
    const decision = adequacyDecision(country);
    if (!decision) return country;
    const scope = decision.scope ? `, ${localize(decision.scope, lang)}` : '';
    return `${country}: ${decision.decision}${scope}`;
  });
  return [basis, ...decisions].join('\n');
}

function subprocessors(c: Case, lang: Language): Block[] {
  const subs = c.dpa?.subprocessors ?? [];
  if (subs.length === 0)
    return [
      { kind: 'paragraph', content: [{ kind: 'text', text: word('noSubprocessors', lang) }] },
    ];
  return [
    {
      kind: 'table',
      header: [
        word('subprocessor', lang),
        word('orgOrCountry', lang),
        word('service', lang),
        word('location', lang),
        word('transferBasis', lang),
      ],
      rows: subs.map((sub) => [
        sub.name,
        sub.orgNumber ? `${formatOrgNumber(sub.orgNumber)} / ${sub.country}` : sub.country,
        sub.service,
        sub.processingCountries.length > 0
          ? `${sub.location} (${sub.processingCountries.join(', ')})`
          : sub.location,
        transferBasis(sub, lang),
      ]),
      widths: [3, 2, 3, 2.4, 3],
    },
  ];
}

/** The technical and organisational measures: the security requirements chosen in the case. */
function measures(context: BlockContext): Block[] {
  const { lang } = context;
  const chosen = chosenRequirements(context.case, context.bank);
  if (chosen.length === 0) return [paragraph(word('noMeasures', lang))];
  return [
    {
      kind: 'list',
      ordered: false,
      items: chosen.map(({ requirement: r }) => [
        { kind: 'text', text: `${r.id} ${r[lang].title}: `, bold: true },
        { kind: 'text', text: r[lang].text },
      ]),
    },
  ];
}

function exitPlan(c: Case, lang: Language): Block[] {
  const exit = c.exit;
  if (!exit) return [];
  const days = (n: number): string => `${n} ${word('days', lang)}`;
  const rows: [WordKey, string][] = [
    ['exitTriggers', exit.triggers.map((t) => word(`trigger.${t}`, lang)).join('\n')],
    ['exitFormats', exit.dataFormats.join(', ')],
    ['exitDestination', exit.destination ?? word('notStated', lang)],
    ['exitLocalCopy', word(exit.localCopy ? 'yes' : 'no', lang)],
    ['exitHandover', days(exit.handoverDays)],
    ['exitAssistance', days(exit.assistanceDays)],
    ['exitDeletion', days(exit.deletionDays)],
    ['exitCosts', word(`cost.${exit.costs}`, lang)],
  ];
  return [
    {
      kind: 'table',
      header: [],
      rows: rows.map(([key, value]) => [word(key, lang), value]),
      widths: [2, 5],
    },
  ];
}

/** Blocks of the data processing agreement and the exit plan. */
export const DATA_PROTECTION_BLOCKS: Record<string, BlockRenderer> = {
  'dpa-processing': (ctx) => dpaProcessing(ctx.case, ctx.lang),
  subprocessors: (ctx) => subprocessors(ctx.case, ctx.lang),
  measures,
  exit: (ctx) => exitPlan(ctx.case, ctx.lang),
};
