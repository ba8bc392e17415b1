import type { Case, CaseInput } from '../../../electron/core/case/case-schema';
import { formatMoney, formatPercent } from '../../../electron/core/i18n/format';
import { lineCents, priceTotals, type Recurrence } from '../../../electron/core/rules/prices';
import {
  allowedDowntimeSeconds,
  formatDuration,
  type ServiceWindow,
  type SlaPeriod,
} from '../../../electron/core/rules/sla';
import { tickAppendixFor } from '../case/appendix-names';
import {
  CheckboxField,
  NumberField,
  SectionProblems,
  SelectField,
  TextField,
} from '../components/fields';
import { useAppStore, useT } from '../store/app-store';
import { useCaseStore } from '../store/case-store';
import { orNull } from './parties-tab';

type Sla = NonNullable<CaseInput['sla']>;
type Prices = NonNullable<CaseInput['prices']>;

// A required number left empty is kept as NaN: JSON writes it as null, and validation names it.
const required = (value: number | null): number => value ?? Number.NaN;
const shown = (value: number | undefined): number | null =>
  value === undefined || !Number.isFinite(value) ? null : value;
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
  const edit = (mutate: (s: Sla) => void) => {
    update((c) => {
      if (c.sla) mutate(c.sla);
    });
  };
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
            if (on) tickAppendixFor(c, 'sla');
          });
        }}
      />
      <SectionProblems path="sla" />
      {sla && (
        <>
          <div className="grid-3">
            <NumberField
              label={t('Tilgjengelighet (%)', 'Availability (%)')}
              path="sla.availability"
              value={shown(sla.availability)}
              onChange={(v) => {
                edit((s) => {
                  s.availability = required(v);
                });
              }}
            />
            <TextField
              label={t('Tjenestetid', 'Service hours')}
              path="sla.serviceHours"
              value={sla.serviceHours}
              onChange={(v) => {
                edit((s) => {
                  s.serviceHours = v;
                });
              }}
            />
            <SelectField
              label={t('Måleperiode', 'Measurement period')}
              path="sla.measurementPeriod"
              value={sla.measurementPeriod ?? 'month'}
              options={[
                { value: 'month', label: t('Måned', 'Month') },
                { value: 'quarter', label: t('Kvartal', 'Quarter') },
                { value: 'year', label: t('År', 'Year') },
              ]}
              onChange={(v) => {
                edit((s) => {
                  s.measurementPeriod = v;
                });
              }}
            />
          </div>
          <table
            className="data-table downtime"
            aria-label={t('Tillatt nedetid', 'Allowed downtime')}
          >
            <caption>
              {t('Tillatt nedetid ved', 'Allowed downtime at')}{' '}
              {Number.isFinite(sla.availability) ? formatPercent(sla.availability, uiLang) : '–'}
            </caption>
            <tbody>
              {periods.map(({ period, label }) => {
                const seconds = downtime(sla.availability, period, sla.serviceWindow ?? null);
                return (
                  <tr key={period}>
                    <th scope="row">{label}</th>
                    <td>{seconds === null ? '–' : formatDuration(seconds, uiLang)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>

          <fieldset className="list-fieldset">
            <legend>
              {t('Kompensasjon ved lavere tilgjengelighet', 'Credits for lower availability')}
            </legend>
            <SectionProblems path="sla.credits" />
            {(sla.credits ?? []).map((credit, index) => {
              const n = index + 1;
              return (
                <div className="list-row" key={index}>
                  <NumberField
                    label={`${t('Tilgjengelighet under (%), trinn', 'Availability below (%), step')} ${n}`}
                    path={`sla.credits[${index}].below`}
                    value={shown(credit.below)}
                    onChange={(v) => {
                      edit((s) => {
                        const row = s.credits?.[index];
                        if (row) row.below = required(v);
                      });
                    }}
                  />
                  <NumberField
                    label={`${t('Kompensasjon (% av månedsprisen), trinn', 'Credit (% of the monthly fee), step')} ${n}`}
                    path={`sla.credits[${index}].creditPercent`}
                    value={shown(credit.creditPercent)}
                    onChange={(v) => {
                      edit((s) => {
                        const row = s.credits?.[index];
                        if (row) row.creditPercent = required(v);
                      });
                    }}
                  />
                  <button
                    type="button"
                    className="button-small button-danger"
                    onClick={() => {
                      edit((s) => {
                        s.credits?.splice(index, 1);
                      });
                    }}
                  >
                    {t('Fjern trinn', 'Remove step')} {n}
                  </button>
                </div>
              );
            })}
            <button
              type="button"
              onClick={() => {
                edit((s) => {
                  const below = Math.max(1, Math.round((s.availability - 0.5) * 10) / 10);
                  s.credits = [
                    ...(s.credits ?? []),
                    { below: Number.isFinite(below) ? below : 99, creditPercent: 5 },
                  ];
                });
              }}
            >
              {t('Legg til kompensasjonstrinn', 'Add a credit step')}
            </button>
          </fieldset>
        </>
      )}
    </section>
  );
}

function PricesSection() {
  const t = useT();
  const uiLang = useAppStore((s) => s.uiLang);
  const prices = useCaseStore((s) => s.caseInput?.prices ?? null);
  const update = useCaseStore((s) => s.update);
  const edit = (mutate: (p: Prices) => void) => {
    update((c) => {
      if (c.prices) mutate(c.prices);
    });
  };
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
  return (
    <section aria-labelledby="prices-heading">
      <h3 id="prices-heading">{t('Priser', 'Prices')}</h3>
      <CheckboxField
        label={t('Avtalen har pristabell', 'The agreement has a price table')}
        checked={prices !== null}
        onChange={(on) => {
          update((c) => {
            c.prices = on
              ? {
                  currency: 'NOK',
                  vatPercent: 25,
                  lines: [
                    { description: '', quantity: 1, unit: 'stk', unitPrice: 0, recurring: 'once' },
                  ],
                  adjustment: null,
                }
              : null;
            if (on) tickAppendixFor(c, 'prices');
          });
        }}
      />
      <SectionProblems path="prices" />
      {prices && (
        <>
          <div className="grid-3">
            <SelectField
              label={t('Valuta', 'Currency')}
              path="prices.currency"
              value={currency}
              options={(['NOK', 'EUR', 'USD', 'SEK', 'DKK'] as const).map((c) => ({
                value: c,
                label: c,
              }))}
              onChange={(v) => {
                edit((p) => {
                  p.currency = v;
                });
              }}
            />
            <NumberField
              label={t('Merverdiavgift (%)', 'VAT (%)')}
              path="prices.vatPercent"
              value={shown(prices.vatPercent)}
              onChange={(v) => {
                edit((p) => {
                  p.vatPercent = required(v);
                });
              }}
            />
          </div>
          <fieldset className="list-fieldset">
            <legend>{t('Prislinjer', 'Price lines')}</legend>
            <SectionProblems path="prices.lines" />
            {prices.lines.map((line, index) => {
              const n = index + 1;
              const at = `prices.lines[${index}]`;
              const setLine = (mutate: (l: Prices['lines'][number]) => void) => {
                edit((p) => {
                  const row = p.lines[index];
                  if (row) mutate(row);
                });
              };
              return (
                <div className="list-row price-row" key={index}>
                  <TextField
                    label={`${t('Beskrivelse, linje', 'Description, line')} ${n}`}
                    path={`${at}.description`}
                    className="wide"
                    value={line.description}
                    onChange={(v) => {
                      setLine((l) => {
                        l.description = v;
                      });
                    }}
                  />
                  <NumberField
                    label={`${t('Antall, linje', 'Quantity, line')} ${n}`}
                    path={`${at}.quantity`}
                    value={shown(line.quantity)}
                    onChange={(v) => {
                      setLine((l) => {
                        l.quantity = required(v);
                      });
                    }}
                  />
                  <TextField
                    label={`${t('Enhet, linje', 'Unit, line')} ${n}`}
                    path={`${at}.unit`}
                    value={line.unit}
                    onChange={(v) => {
                      setLine((l) => {
                        l.unit = v;
                      });
                    }}
                  />
                  <NumberField
                    label={`${t('Enhetspris, linje', 'Unit price, line')} ${n}`}
                    path={`${at}.unitPrice`}
                    value={shown(line.unitPrice)}
                    onChange={(v) => {
                      setLine((l) => {
                        l.unitPrice = required(v);
                      });
                    }}
                  />
                  <SelectField
                    label={`${t('Betales, linje', 'Paid, line')} ${n}`}
                    path={`${at}.recurring`}
                    value={line.recurring ?? 'once'}
                    options={(['once', 'month', 'year'] as const).map((r) => ({
                      value: r,
                      label: recurrence(r),
                    }))}
                    onChange={(v) => {
                      setLine((l) => {
                        l.recurring = v;
                      });
                    }}
                  />
                  <p className="line-amount">
                    <span className="muted">{t('Sum', 'Amount')}</span>
                    <br />
                    {soFar?.lines[index]
                      ? money(lineCents(soFar.lines[index]), currency, uiLang)
                      : '–'}
                  </p>
                  <button
                    type="button"
                    className="button-small button-danger"
                    onClick={() => {
                      edit((p) => {
                        p.lines.splice(index, 1);
                      });
                    }}
                  >
                    {t('Fjern linje', 'Remove line')} {n}
                  </button>
                </div>
              );
            })}
            <button
              type="button"
              onClick={() => {
                edit((p) => {
                  p.lines.push({
                    description: '',
                    quantity: 1,
                    unit: 'stk',
                    unitPrice: 0,
                    recurring: 'once',
                  });
                });
              }}
            >
              {t('Legg til prislinje', 'Add a price line')}
            </button>
          </fieldset>

          {totals.length > 0 && (
            <table className="data-table totals">
              <caption>{t('Summer', 'Totals')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('Betales', 'Paid')}</th>
                  <th scope="col">{t('Eks. mva.', 'Excl. VAT')}</th>
                  <th scope="col">
                    {t('Mva.', 'VAT')} ({Number.isFinite(vat) ? vat : '–'} %)
                  </th>
                  <th scope="col">{t('Inkl. mva.', 'Incl. VAT')}</th>
                </tr>
              </thead>
              <tbody>
                {totals.map((total) => (
                  <tr key={total.recurring}>
                    <th scope="row">{recurrence(total.recurring)}</th>
                    <td>{money(total.netCents, currency, uiLang)}</td>
                    <td>{money(total.vatCents, currency, uiLang)}</td>
                    <td>{money(total.grossCents, currency, uiLang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <TextField
            label={t('Prisjustering', 'Price adjustment')}
            path="prices.adjustment"
            multiline
            rows={3}
            value={prices.adjustment}
            onChange={(v) => {
              edit((p) => {
                p.adjustment = orNull(v);
              });
            }}
          />
        </>
      )}
    </section>
  );
}
