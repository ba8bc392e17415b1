import type { Case, Language, Party } from '../case/case-schema';
import type { Block, Inline, Table } from '../document/model';
import { plainText } from '../document/model';
import { SkyError } from '../errors';
import { word, type WordKey } from '../i18n/document-words';
import { formatAmount, formatMoney, formatPercent } from '../i18n/format';
import { formatOrgNumber } from '../rules/orgnr';
import { lineCents, priceTotals, type Recurrence } from '../rules/prices';
import { EEA_COUNTRIES } from '../rules/transfers';
import { allowedDowntimeSeconds, formatDuration } from '../rules/sla';
import { markdownToBlocks } from './markdown';
import type { RequirementBank } from '../requirements/bank-schema';

/** An appendix of the agreement with the title its template gives and whether it is ticked. */
export interface AppendixStatus {
  number: number;
  title: string;
  ticked: boolean;
}

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
  appendices: AppendixStatus[];
  /** The appendix being assembled, if any. */
  appendixNumber: number | null;
  /** Clauses of the general text by ID; present once the general text is assembled. */
  clauses: Map<string, ClauseText>;
  /** Template path, for messages. */
  path: string;
}

function address(party: Party): string {
  const a = party.address;
  return a
    ? `${a.street}, ${a.postalCode} ${a.city}${a.country === 'Norge' ? '' : `, ${a.country}`}`
    : '–';
}

function person(p: Party['representative']): string {
  if (!p) return '–';
  return [p.name, p.title, p.email, p.phone].filter(Boolean).join(', ');
}

function partiesTable(c: Case, lang: Language): Table {
  const rows: [WordKey, (p: Party) => string][] = [
    ['name', (p) => p.name],
    ['orgNumber', (p) => formatOrgNumber(p.orgNumber)],
    ['address', address],
    ['representative', (p) => person(p.representative)],
  ];
  return {
    kind: 'table',
    header: ['', word('customer', lang), word('supplier', lang)],
    rows: rows.map(([key, value]) => [word(key, lang), value(c.customer), value(c.supplier)]),
    widths: [2, 3, 3],
  };
}

function appendixTable(appendices: AppendixStatus[], lang: Language): Table {
  return {
    kind: 'table',
    header: [word('appendix', lang), word('title', lang), word('included', lang)],
    rows: appendices.map((a) => [String(a.number), a.title, word(a.ticked ? 'yes' : 'no', lang)]),
    widths: [1, 6, 2],
  };
}

const MEASUREMENT_WORD = { month: 'perMonth', quarter: 'perQuarter', year: 'perYear' } as const;

function slaBlocks(c: Case, lang: Language): Block[] {
  const sla = c.sla;
  if (!sla) return [];
  const periods: [WordKey, 'year' | 'month' | 'week'][] = [
    ['year', 'year'],
    ['month', 'month'],
    ['week', 'week'],
  ];
  const downtime: Table = {
    kind: 'table',
    header: [word('period', lang), word('availability', lang), word('allowedDowntime', lang)],
    rows: periods.map(([label, period]) => [
      word(label, lang),
      formatPercent(sla.availability, lang),
      formatDuration(allowedDowntimeSeconds(sla.availability, period), lang),
    ]),
    widths: [3, 2, 3],
  };
  const terms: Table = {
    kind: 'table',
    header: [word('serviceHours', lang), word('measuredPer', lang)],
    rows: [[sla.serviceHours, word(MEASUREMENT_WORD[sla.measurementPeriod], lang)]],
  };
  const out: Block[] = [terms, downtime];
  if (sla.credits.length > 0) {
    out.push({
      kind: 'table',
      header: [word('availabilityBelow', lang), word('credit', lang)],
      rows: [...sla.credits]
        .sort((a, b) => b.below - a.below)
        .map((credit) => [
          formatPercent(credit.below, lang),
          formatPercent(credit.creditPercent, lang),
        ]),
      widths: [1, 2],
    });
  }
  return out;
}

const RECURRENCE_WORD: Record<Recurrence, WordKey> = {
  once: 'once',
  month: 'perMonth',
  year: 'perYear',
};

function pricesTable(c: Case, lang: Language): Block[] {
  const prices = c.prices;
  if (!prices) return [];
  const money = (cents: number): string => formatMoney(cents / 100, prices.currency, lang);
  const rows = prices.lines.map((line) => [
    line.description,
    formatAmount(line.quantity, lang).replace(/[.,]00$/, ''),
    `${line.unit} (${word(RECURRENCE_WORD[line.recurring], lang)})`,
    money(Math.round(line.unitPrice * 100)),
    money(lineCents(line)),
  ]);
  const emphasis: number[] = [];
  for (const total of priceTotals(prices)) {
    const suffix = ` (${word(RECURRENCE_WORD[total.recurring], lang)})`;
    rows.push([`${word('totalExVat', lang)}${suffix}`, '', '', '', money(total.netCents)]);
    rows.push([
      `${word('vat', lang)} ${formatPercent(prices.vatPercent, lang)}${suffix}`,
      '',
      '',
      '',
      money(total.vatCents),
    ]);
    emphasis.push(rows.length);
    rows.push([`${word('totalIncVat', lang)}${suffix}`, '', '', '', money(total.grossCents)]);
  }
  return [
    {
      kind: 'table',
      header: [
        word('description', lang),
        word('quantity', lang),
        word('unit', lang),
        word('unitPrice', lang),
        word('sum', lang),
      ],
      rows,
      widths: [5, 1.4, 2.6, 2.6, 2.8],
      emphasis,
    },
  ];
}

function editsTable(context: BlockContext): Block[] {
  const { lang } = context;
  const edits = context.case.edits;
  if (edits.length === 0)
    return [{ kind: 'paragraph', content: [{ kind: 'text', text: word('noEdits', lang) }] }];
  const rows = edits.map((edit, index) => {
    const clause = context.clauses.get(edit.clause);
    if (!clause) {
      throw new SkyError(
        'case.edit-unknown-clause',
        {
          nb: `endringen gjelder punkt «${edit.clause}», som ikke finnes i den generelle avtaleteksten`,
          en: `the change targets clause «${edit.clause}», which does not exist in the general terms`,
        },
        `edits[${index}].clause`,
      );
    }
    const standard = edit.action === 'add' ? word('none', lang) : clause.text;
    const replacement =
      edit.action === 'delete' ? word('none', lang) : (edit.text ?? word('none', lang));
    return [
      `${clause.number} ${clause.title}`,
      word(edit.action, lang),
      standard,
      replacement,
      edit.reason,
    ];
  });
  return [
    {
      kind: 'table',
      header: [
        word('clause', lang),
        word('change', lang),
        word('standardText', lang),
        word('newText', lang),
        word('reason', lang),
      ],
      rows,
      widths: [2.2, 1.6, 4, 4, 2.6],
    },
  ];
}

function appendixText(context: BlockContext): Block[] {
  const number = context.appendixNumber;
  const text = number === null ? null : context.case.appendices[String(number)]?.text;
  if (!text) return [];
  // The user's own text is Markdown only: no data blocks, no template logic.
  return markdownToBlocks(text, {
    directive: (name) => [{ kind: 'paragraph', content: [{ kind: 'text', text: name }] }],
  });
}

function signatures(c: Case, lang: Language): Block[] {
  const party = (role: WordKey, p: Party) => ({
    role: word(role, lang),
    name: p.name,
    signatories: p.signatories.map((s) => ({ name: s.name, title: s.title })),
  });
  return [
    { kind: 'signatures', parties: [party('customer', c.customer), party('supplier', c.supplier)] },
  ];
}

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
        sub.location,
        EEA_COUNTRIES.has(sub.country)
          ? word('basisEea', lang)
          : word(BASIS_WORD[sub.transferBasis], lang),
      ]),
      widths: [3, 2, 3, 2.4, 3],
    },
  ];
}

/** The technical and organisational measures: the security requirements chosen in the case. */
function measures(context: BlockContext): Block[] {
  const { lang, bank } = context;
  const chosen = context.case.requirements.flatMap((choice) => {
    const requirement = bank.byId.get(choice.id);
    return requirement ? [requirement] : [];
  });
  if (chosen.length === 0)
    return [{ kind: 'paragraph', content: [{ kind: 'text', text: word('noMeasures', lang) }] }];
  return [
    {
      kind: 'list',
      ordered: false,
      items: chosen.map((r) => [
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

/** The data blocks a template can place with a `block` fence. */
export function dataBlock(name: string, context: BlockContext): Block[] {
  switch (name) {
    case 'parties':
      return [partiesTable(context.case, context.lang)];
    case 'appendix-table':
      return [appendixTable(context.appendices, context.lang)];
    case 'signatures':
      return signatures(context.case, context.lang);
    case 'appendix-text':
      return appendixText(context);
    case 'sla':
      return slaBlocks(context.case, context.lang);
    case 'prices':
      return pricesTable(context.case, context.lang);
    case 'edits':
      return editsTable(context);
    case 'dpa-processing':
      return dpaProcessing(context.case, context.lang);
    case 'subprocessors':
      return subprocessors(context.case, context.lang);
    case 'measures':
      return measures(context);
    case 'exit':
      return exitPlan(context.case, context.lang);
    default:
      throw new SkyError(
        'template.unknown-block',
        { nb: `ukjent datablokk «${name}»`, en: `unknown data block «${name}»` },
        context.path,
      );
  }
}

/** The plain text under each heading, up to the next heading, for quoting in appendix 7. */
export function clauseTexts(blocks: Block[]): Map<string, ClauseText> {
  const clauses = new Map<string, ClauseText>();
  let current: ClauseText | null = null;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      current =
        block.id && block.number ? { number: block.number, title: block.text, text: '' } : null;
      if (current && block.id) clauses.set(block.id, current);
    } else if (current && (block.kind === 'paragraph' || block.kind === 'list')) {
      const text =
        block.kind === 'paragraph'
          ? plainText(block.content)
          : block.items.map((item: Inline[]) => `– ${plainText(item)}`).join('\n');
      current.text = current.text ? `${current.text}\n${text}` : text;
    }
  }
  return clauses;
}
