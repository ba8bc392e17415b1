import type { Case, Language, Party } from '../../case/case-schema';
import type { Block, Table } from '../../document/model';
import { SkyError } from '../../errors';
import { word, type WordKey } from '../../i18n/document-words';
import { formatAmount, formatMoney, formatPercent } from '../../i18n/format';
import { formatOrgNumber } from '../../rules/orgnr';
import { lineCents, priceTotals, type Recurrence } from '../../rules/prices';
import {
  allowedDowntimeSeconds,
  formatDuration,
  formatHours,
  type SlaPeriod,
} from '../../rules/sla';
import { markdownToBlocks } from '../markdown';
import type { SetEntry } from '../../contract-set/contract-set';
import { paragraph, type BlockContext, type BlockRenderer } from './block-context';

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

function appendixTable(entries: SetEntry[], lang: Language): Table {
  return {
    kind: 'table',
    header: [word('appendix', lang), word('title', lang), word('included', lang)],
    rows: entries.map((e) => [
      e.number === null ? word('otherAppendices', lang) : String(e.number),
      e.title,
      word(e.inAgreement ? 'yes' : 'no', lang),
    ]),
    widths: [1.6, 6, 2],
  };
}

const MEASUREMENT_WORD = { month: 'perMonth', quarter: 'perQuarter', year: 'perYear' } as const;

/** The service levels and the terms that decide disputes about them (appendix 4 / 5). */
function slaBlocks(c: Case, lang: Language): Block[] {
  const sla = c.sla;
  if (!sla) return [];
  const window = sla.serviceWindow;
  // The period the case measures in comes first; the year is added for comparison.
  const periods: SlaPeriod[] =
    sla.measurementPeriod === 'year' ? ['year'] : [sla.measurementPeriod, 'year'];
  const downtime: Table = {
    kind: 'table',
    header: [word('period', lang), word('availability', lang), word('allowedDowntime', lang)],
    rows: periods.map((period) => [
      word(period, lang),
      formatPercent(sla.availability, lang),
      formatDuration(allowedDowntimeSeconds(sla.availability, period, window), lang),
    ]),
    widths: [3, 2, 3],
  };
  const over = window
    ? word('downtimeOverWindow', lang, {
        window: word(window.days === 'weekdays' ? 'windowWeekdays' : 'windowAll', lang, window),
      })
    : word('downtimeOverDay', lang);
  const topCredit = Math.max(0, ...sla.credits.map((credit) => credit.creditPercent));
  const cap = sla.creditCapPercent ?? topCredit;
  const maintenance = sla.maintenance;
  const terms: Table = {
    kind: 'table',
    header: [],
    rows: [
      [word('serviceHours', lang), sla.serviceHours],
      [word('measuredPer', lang), word(MEASUREMENT_WORD[sla.measurementPeriod], lang)],
      [word('measurementMethod', lang), word(`measurement.${sla.measurement}`, lang)],
      [word('downtimeDefinition', lang), word('downtimeMeaning', lang)],
      [
        word('plannedMaintenance', lang),
        `${word('maintenanceTerms', lang, {
          days: maintenance.noticeDays,
          hours: formatAmount(maintenance.maxHoursPerMonth, lang).replace(/[.,]00$/, ''),
        })} ${word(maintenance.countsAsDowntime ? 'maintenanceCounts' : 'maintenanceExcluded', lang)}`,
      ],
      ...(sla.credits.length > 0
        ? [
            [
              word('creditCap', lang),
              word('creditCapTerms', lang, { cap: formatPercent(cap, lang) }),
            ],
            [
              word('otherRemedies', lang),
              word(sla.creditsExclusive ? 'creditsExclusive' : 'creditsNotExclusive', lang),
            ],
          ]
        : []),
    ],
    widths: [2, 5],
  };
  const out: Block[] = [terms, downtime, paragraph(over)];
  if (sla.credits.length > 0) {
    out.push({
      kind: 'table',
      header: [word('availabilityBelow', lang), word('credit', lang)],
      rows: sla.credits.map((credit) => [
        formatPercent(credit.below, lang),
        formatPercent(credit.creditPercent, lang),
      ]),
      widths: [1, 2],
    });
  }
  if (sla.severities.length > 0) {
    out.push(paragraph(word('severityNote', lang)), {
      kind: 'table',
      header: [word('severityClass', lang), word('responseTime', lang), word('fixTime', lang)],
      rows: sla.severities.map((s) => [
        word(`severity.${s.severity}`, lang),
        formatHours(s.responseHours, lang),
        formatHours(s.fixHours, lang),
      ]),
      widths: [5, 1.5, 1.5],
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
  // Only the agreed reason is printed; a change's internal note never reaches a document.
  const withReason = edits.some((edit) => edit.reason);
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
    const row = [
      `${clause.number} ${clause.title}`,
      word(edit.action, lang),
      standard,
      replacement,
    ];
    return withReason ? [...row, edit.reason ?? ''] : row;
  });
  const header = [
    word('clause', lang),
    word('change', lang),
    word('standardText', lang),
    word('newText', lang),
  ];
  return [
    {
      kind: 'table',
      header: withReason ? [...header, word('reason', lang)] : header,
      rows,
      widths: withReason ? [2.2, 1.6, 4, 4, 2.6] : [2.2, 1.6, 5, 5],
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
    userText: true,
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

/** Blocks of the agreements: parties, appendix table, signatures, SLA, prices, appendix 7. */
export const AGREEMENT_BLOCKS: Record<string, BlockRenderer> = {
  parties: (ctx) => [partiesTable(ctx.case, ctx.lang)],
  'appendix-table': (ctx) => [appendixTable(ctx.frontPage, ctx.lang)],
  signatures: (ctx) => signatures(ctx.case, ctx.lang),
  'appendix-text': appendixText,
  sla: (ctx) => slaBlocks(ctx.case, ctx.lang),
  prices: (ctx) => pricesTable(ctx.case, ctx.lang),
  edits: editsTable,
};
