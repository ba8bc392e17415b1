import { describe, expect, it } from 'vitest';
import { PricesSchema } from '../../../electron/core/case/case-schema';
import { formatAmount, formatMoney } from '../../../electron/core/i18n/format';
import { lineCents, priceTotals } from '../../../electron/core/rules/prices';

describe('prices', () => {
  const prices = PricesSchema.parse({
    lines: [
      { description: 'Etablering', quantity: 1, unit: 'stk', unitPrice: 185000 },
      {
        description: 'Lisenser',
        quantity: 40,
        unit: 'brukere',
        unitPrice: 650,
        recurring: 'month',
      },
      { description: 'Opplæring', quantity: 3, unit: 'dager', unitPrice: 14500.5 },
    ],
  });

  it('totals per recurrence with VAT kept apart, in whole øre', () => {
    expect(priceTotals(prices)).toEqual([
      { recurring: 'once', netCents: 22_850_150, vatCents: 5_712_538, grossCents: 28_562_688 },
      { recurring: 'month', netCents: 2_600_000, vatCents: 650_000, grossCents: 3_250_000 },
    ]);
  });

  it('formats Norwegian amounts with NBSP groups and decimal comma, English with commas', () => {
    expect(formatAmount(1_250_000, 'nb')).toBe('1\u00a0250\u00a0000,00');
    expect(formatMoney(1_250_000, 'NOK', 'nn')).toBe('1\u00a0250\u00a0000,00\u00a0kr');
    expect(formatMoney(1_250_000, 'NOK', 'en')).toBe('NOK 1,250,000.00');
    expect(formatAmount(-0.004, 'nb')).toBe('0,00');
    expect(formatAmount(999.995, 'en')).toBe('1,000.00');
  });
});

describe('price rounding', () => {
  const line = (
    quantity: number,
    unitPrice: number,
    recurring: 'once' | 'month' | 'year' = 'once',
  ) => ({
    description: 'x',
    unit: 'stk',
    quantity,
    unitPrice,
    recurring,
  });
  const table = (lines: ReturnType<typeof line>[], vatPercent: number) =>
    PricesSchema.parse({ vatPercent, lines });

  it('rounds away binary noise and fractions of an øre to the nearest øre', () => {
    // 0.29 × 100 is 28.999999999999996 in floating point.
    expect(lineCents(line(1, 0.29))).toBe(29);
    expect(lineCents(line(3, 0.1))).toBe(30);
    expect(lineCents(line(1, 0.126))).toBe(13);
    expect(lineCents(line(3, 33.333))).toBe(10_000);
  });

  it('orders the groups by the first line of each recurrence', () => {
    const totals = priceTotals(
      table([line(1, 100, 'year'), line(1, 10, 'month'), line(1, 1), line(1, 200, 'year')], 0),
    );
    expect(totals.map((t) => t.recurring)).toEqual(['year', 'month', 'once']);
    expect(totals[0]?.netCents).toBe(30_000);
  });

  it('rounds VAT to whole øre on the group total, not per line', () => {
    // Four lines of 0.01 kr: VAT per line (0.25 øre) would round to 0 each time; on 4 øre it is 1.
    const four = table([line(1, 0.01), line(1, 0.01), line(1, 0.01), line(1, 0.01)], 25);
    expect(priceTotals(four)).toEqual([
      { recurring: 'once', netCents: 4, vatCents: 1, grossCents: 5 },
    ]);
  });
});
