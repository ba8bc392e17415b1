import { SlaSchema, type Case, type CaseInput } from '../../../electron/core/case/case-schema';
import { formatMoney, formatPercent } from '../../../electron/core/i18n/format';
import { lineCents, priceTotals, type Recurrence } from '../../../electron/core/rules/prices';
import {
  allowedDowntimeSeconds,
  formatDuration,
  type ServiceWindow,
  type SlaPeriod,
} from '../../../electron/core/rules/sla';
import { word } from '../../../electron/core/i18n/document-words';
import { tickAppendixFor } from '../../../electron/core/contract-set/appendix-outline';
import { loadedOutline } from '../store/appendix-store';
import { setValueAt } from '../case/case-path';
import {
  CaseCheckbox,
  CaseNumber,
  CaseSelect,
  CaseText,
  useCaseList,
  useFieldLabels,
} from '../components/case-field';
import { DataTable } from '../components/data-table';
import { CheckboxField, SectionProblems } from '../components/fields';
import { useAppStore, useT } from '../store/app-store';
import { useCaseStore } from '../store/case-store';

type Sla = NonNullable<CaseInput['sla']>;
type SlaSeverity = NonNullable<Sla['severities']>[number];
type SlaMaintenance = NonNullable<Sla['maintenance']>;
type SlaCredit = NonNullable<Sla['credits']>[number];
type Prices = NonNullable<CaseInput['prices']>;
type PriceLine = Prices['lines'][number];

const finite = (value: number | undefined): number =>
  value !== undefined && Number.isFinite(value) ? value : 0;

/** The price table as far as it is filled in, in the shape the core's price rules take. */
function pricesSoFar(prices: Prices): NonNullable<Case['prices']> {
  return {
    currency: prices.currency ?? 'NOK',
    vatPercent: finite(prices.vatPercent ?? 25),
    adjustment: prices.adjustment ?? null,
    lines: prices.lines.map((line) => ({
      description: line.description,
      unit: line.unit,
      quantity: finite(line.quantity),
      unitPrice: finite(line.unitPrice),
      recurring: line.recurring ?? 'once',
    })),
  };
}

/** Øre/cents → the amount as the document prints it («1 250 000,00 kr»). */
const money = (cents: number, currency: string, lang: 'nb' | 'en') =>
  formatMoney(cents / 100, currency, lang);

/**
 * Allowed downtime over the agreed service window (the whole day without one), as the document
 * computes it, or null while the availability is not a valid percentage.
 */
function downtime(
  availability: number,
  period: SlaPeriod,
  window: ServiceWindow | null,
): number | null {
  return availability > 0 && availability < 100
    ? allowedDowntimeSeconds(availability, period, window)
    : null;
}

/** The service level (with allowed downtime) and the price table (with totals and VAT). */
export function SlaPricesTab() {
  return (
    <div className="tab-content">
      <SlaSection />
      <PricesSection />
    </div>
  );
}

function SlaSection() {
  const t = useT();
  const uiLang = useAppStore((s) => s.uiLang);
  const sla = useCaseStore((s) => s.caseInput?.sla ?? null);
  const update = useCaseStore((s) => s.update);
  const periods: { period: SlaPeriod; label: string }[] = [
    { period: 'year', label: t('Per år', 'Per year') },
    { period: 'month', label: t('Per måned (30 dager)', 'Per month (30 days)') },
    { period: 'week', label: t('Per uke', 'Per week') },
  ];
  return (
    <section aria-labelledby="sla-heading">
      <h3 id="sla-heading">{t('Tjenestenivå (SLA)', 'Service level (SLA)')}</h3>
      <CheckboxField
        label={t('Avtalen har tjenestenivå (SLA)', 'The agreement has a service level (SLA)')}
        checked={sla !== null}
        onChange={(on) => {
          update((c) => {
            c.sla = on
              ? {
                  availability: 99.5,
                  serviceHours: '24/7',
                  measurementPeriod: 'month',
                  credits: [],
                }
              : null;
            if (on) tickAppendixFor(loadedOutline(), c, 'sla');
          });
        }}
      />
      <SectionProblems path="sla" />
      {sla && (
        <>
          <div className="grid-3">
            <CaseNumber path="sla.availability" />
            <CaseText path="sla.serviceHours" />
            <CaseSelect
              path="sla.measurementPeriod"
              fallback="month"
              options={[
                { value: 'month', label: t('Måned', 'Month') },
                { value: 'quarter', label: t('Kvartal', 'Quarter') },
                { value: 'year', label: t('År', 'Year') },
              ]}
            />
          </div>
          <CaseSelect
            path="sla.measurement"
            fallback="external-probe"
            options={[
              {
                value: 'external-probe',
                label: t(
                  'Ekstern måling fra utsiden av tjenesten',
                  'External probes from outside the service',
                ),
              },
              {
                value: 'supplier-monitoring',
                label: t('Leverandørens egen overvåking', "The supplier's own monitoring"),
              },
            ]}
          />
          <ServiceWindowFields window={sla.serviceWindow ?? null} />
          <DataTable
            className="downtime"
            caption={`${t('Tillatt nedetid ved', 'Allowed downtime at')} ${
              Number.isFinite(sla.availability) ? formatPercent(sla.availability, uiLang) : '–'
            }`}
            columns={[
              { header: t('Periode', 'Period'), rowHeader: true, cell: (row) => row.label },
              {
                header: t('Tillatt nedetid', 'Allowed downtime'),
                cell: ({ period }) => {
                  const seconds = downtime(sla.availability, period, sla.serviceWindow ?? null);
                  return seconds === null ? '–' : formatDuration(seconds, uiLang);
                },
              },
            ]}
            rows={periods}
            rowKey={(row) => row.period}
          />
          <SeverityTable severities={sla.severities ?? DEFAULT_SEVERITIES} />
          <MaintenanceFields />
          <CreditTable availability={sla.availability} />
          <div className="grid-2">
            <CaseNumber path="sla.creditCapPercent" empty={null} />
            <CaseCheckbox path="sla.creditsExclusive" />
          </div>
        </>
      )}
    </section>
  );
}

// The schema's defaults, so what the tab shows before the first edit is what the case means.
const DEFAULT_SEVERITIES = SlaSchema.shape.severities.parse(undefined);
const DEFAULT_MAINTENANCE = SlaSchema.shape.maintenance.parse(undefined);

/** Writes into the SLA's severities or maintenance, set down in full first from the defaults. */
const withSlaDefaults =
  (path: string) =>
  (c: CaseInput, value: unknown): void => {
    if (!c.sla) return;
    c.sla.severities ??= structuredClone(DEFAULT_SEVERITIES);
    c.sla.maintenance ??= { ...DEFAULT_MAINTENANCE };
    setValueAt(c, path, value);
  };

function ServiceWindowFields({ window }: { window: ServiceWindow | null }) {
  const t = useT();
  const label = useFieldLabels();
  const update = useCaseStore((s) => s.update);
  return (
    <fieldset className="service-window">
      <legend>{t('Tjenestevindu', 'Service window')}</legend>
      <CheckboxField
        label={label('sla.serviceWindow')}
        path="sla.serviceWindow"
        checked={window !== null}
        onChange={(on) => {
          update((c) => {
            if (c.sla)
              c.sla.serviceWindow = on ? { days: 'weekdays', from: '08:00', to: '16:00' } : null;
          });
        }}
      />
      {window && (
        <div className="grid-3">
          <CaseSelect
            path="sla.serviceWindow.days"
            fallback="all"
            options={[
              { value: 'all', label: t('Alle dager', 'Every day') },
              {
                value: 'weekdays',
                label: t('Hverdager (mandag–fredag)', 'Weekdays (Monday–Friday)'),
              },
            ]}
          />
          <CaseText path="sla.serviceWindow.from" placeholder="08:00" />
          <CaseText path="sla.serviceWindow.to" placeholder="16:00" />
        </div>
      )}
    </fieldset>
  );
}

function SeverityTable({ severities }: { severities: SlaSeverity[] }) {
  const t = useT();
  const label = useFieldLabels();
  const uiLang = useAppStore((s) => s.uiLang);
  // The rows are the defaults until the first edit writes them down; each shows its own hours.
  const hours = (row: SlaSeverity, index: number, field: 'responseHours' | 'fixHours') => {
    const path = `sla.severities[${index}].${field}`;
    return <CaseNumber path={path} hideLabel fallback={row[field]} write={withSlaDefaults(path)} />;
  };
  return (
    <DataTable
      caption={label('sla.severities')}
      path="sla.severities"
      columns={[
        {
          header: t('Alvorlighetsgrad', 'Severity'),
          rowHeader: true,
          cell: (row) => word(`severity.${row.severity}`, uiLang),
        },
        {
          header: t('Responstid (timer)', 'Response time (hours)'),
          cell: (row, i) => hours(row, i, 'responseHours'),
        },
        {
          header: t('Løsningstid (timer)', 'Fix time (hours)'),
          cell: (row, i) => hours(row, i, 'fixHours'),
        },
      ]}
      rows={severities}
      rowKey={(row) => row.severity}
    />
  );
}

function MaintenanceFields() {
  const t = useT();
  const maintenance = useCaseStore((s) => s.caseInput?.sla?.maintenance);
  const at = (field: keyof SlaMaintenance) => ({
    path: `sla.maintenance.${field}`,
    write: withSlaDefaults(`sla.maintenance.${field}`),
  });
  return (
    <fieldset className="maintenance">
      <legend>{t('Planlagt vedlikehold', 'Planned maintenance')}</legend>
      <div className="grid-3">
        <CaseNumber {...at('noticeDays')} fallback={DEFAULT_MAINTENANCE.noticeDays} />
        <CaseNumber {...at('maxHoursPerMonth')} fallback={DEFAULT_MAINTENANCE.maxHoursPerMonth} />
        <CaseCheckbox
          {...at('countsAsDowntime')}
          fallback={maintenance?.countsAsDowntime ?? DEFAULT_MAINTENANCE.countsAsDowntime}
        />
      </div>
    </fieldset>
  );
}

function CreditTable({ availability }: { availability: number }) {
  const t = useT();
  const label = useFieldLabels();
  const credits = useCaseList<SlaCredit>('sla.credits', () => {
    const below = Math.max(1, Math.round((availability - 0.5) * 10) / 10);
    return { below: Number.isFinite(below) ? below : 99, creditPercent: 5 };
  });
  return (
    <DataTable
      caption={label('sla.credits')}
      path="sla.credits"
      empty={t('Ingen kompensasjonstrinn.', 'No credit steps.')}
      columns={[
        {
          header: t('Tilgjengelighet under (%)', 'Availability below (%)'),
          cell: (_, i) => <CaseNumber path={`sla.credits[${i}].below`} hideLabel />,
        },
        {
          header: t('Kompensasjon (% av månedsprisen)', 'Credit (% of the monthly fee)'),
          cell: (_, i) => <CaseNumber path={`sla.credits[${i}].creditPercent`} hideLabel />,
        },
      ]}
      rows={credits.rows}
      editing={{
        addLabel: t('Legg til kompensasjonstrinn', 'Add a credit step'),
        onAdd: credits.add,
        removeLabel: (i) => `${t('Fjern trinn', 'Remove step')} ${i + 1}`,
        onRemove: credits.remove,
      }}
    />
  );
}

function PricesSection() {
  const t = useT();
  const uiLang = useAppStore((s) => s.uiLang);
  const prices = useCaseStore((s) => s.caseInput?.prices ?? null);
  const update = useCaseStore((s) => s.update);
  const lines = useCaseList<PriceLine>('prices.lines', newPriceLine);
  const recurrence = (r: Recurrence) =>
    ({
      once: t('Engangsbeløp', 'One-off'),
      month: t('Per måned', 'Per month'),
      year: t('Per år', 'Per year'),
    })[r];
  const currency = prices?.currency ?? 'NOK';
  const vat = prices?.vatPercent ?? 25;
  const soFar = prices ? pricesSoFar(prices) : null;
  const totals = soFar ? priceTotals(soFar) : [];
  const line = (field: keyof PriceLine) => (i: number) => `prices.lines[${i}].${field}`;
  return (
    <section aria-labelledby="prices-heading">
      <h3 id="prices-heading">{t('Priser', 'Prices')}</h3>
      <CheckboxField
        label={t('Avtalen har pristabell', 'The agreement has a price table')}
        checked={prices !== null}
        onChange={(on) => {
          update((c) => {
            c.prices = on
              ? { currency: 'NOK', vatPercent: 25, lines: [newPriceLine()], adjustment: null }
              : null;
            if (on) tickAppendixFor(loadedOutline(), c, 'prices');
          });
        }}
      />
      <SectionProblems path="prices" />
      {prices && (
        <>
          <div className="grid-3">
            <CaseSelect
              path="prices.currency"
              fallback="NOK"
              options={(['NOK', 'EUR', 'USD', 'SEK', 'DKK'] as const).map((c) => ({
                value: c,
                label: c,
              }))}
            />
            <CaseNumber path="prices.vatPercent" fallback={25} />
          </div>
          <DataTable
            className="price-lines"
            caption={t('Prislinjer', 'Price lines')}
            path="prices.lines"
            columns={[
              {
                header: t('Beskrivelse', 'Description'),
                className: 'wide',
                cell: (_, i) => <CaseText path={line('description')(i)} hideLabel />,
              },
              {
                header: t('Antall', 'Quantity'),
                cell: (_, i) => <CaseNumber path={line('quantity')(i)} hideLabel />,
              },
              {
                header: t('Enhet', 'Unit'),
                cell: (_, i) => <CaseText path={line('unit')(i)} hideLabel />,
              },
              {
                header: t('Enhetspris', 'Unit price'),
                cell: (_, i) => <CaseNumber path={line('unitPrice')(i)} hideLabel />,
              },
              {
                header: t('Betales', 'Paid'),
                cell: (_, i) => (
                  <CaseSelect
                    path={line('recurring')(i)}
                    hideLabel
                    fallback="once"
                    options={(['once', 'month', 'year'] as const).map((r) => ({
                      value: r,
                      label: recurrence(r),
                    }))}
                  />
                ),
              },
              {
                header: t('Sum', 'Amount'),
                className: 'line-amount',
                cell: (_, i) => {
                  const counted = soFar?.lines[i];
                  return counted ? money(lineCents(counted), currency, uiLang) : '–';
                },
              },
            ]}
            rows={lines.rows}
            editing={{
              addLabel: t('Legg til prislinje', 'Add a price line'),
              onAdd: lines.add,
              removeLabel: (i) => `${t('Fjern linje', 'Remove line')} ${i + 1}`,
              onRemove: lines.remove,
            }}
          />
          {totals.length > 0 && (
            <DataTable
              className="totals"
              caption={t('Summer', 'Totals')}
              columns={[
                {
                  header: t('Betales', 'Paid'),
                  rowHeader: true,
                  cell: (total) => recurrence(total.recurring),
                },
                {
                  header: t('Eks. mva.', 'Excl. VAT'),
                  cell: (total) => money(total.netCents, currency, uiLang),
                },
                {
                  header: `${t('Mva.', 'VAT')} (${Number.isFinite(vat) ? vat : '–'} %)`,
                  cell: (total) => money(total.vatCents, currency, uiLang),
                },
                {
                  header: t('Inkl. mva.', 'Incl. VAT'),
                  cell: (total) => money(total.grossCents, currency, uiLang),
                },
              ]}
              rows={totals}
              rowKey={(total) => total.recurring}
            />
          )}
          <CaseText path="prices.adjustment" multiline rows={3} empty={null} />
        </>
      )}
    </section>
  );
}

function newPriceLine(): PriceLine {
  return { description: '', quantity: 1, unit: 'stk', unitPrice: 0, recurring: 'once' };
}
