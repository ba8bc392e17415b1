import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PricesSchema } from '../../../electron/core/case/case-schema';
import * as corePrices from '../../../electron/core/rules/prices';
import {
  formatMoney,
  lineCents,
  priceTotals,
  type PriceLineLike,
  type Recurrence,
} from '../../../renderer/src/case/price-totals';

const NBSP = '\u00a0';

describe('lineCents', () => {
  it('multiplies quantity by unit price, in whole øre', () => {
    expect(lineCents({ quantity: 40, unitPrice: 650 })).toBe(2_600_000);
    expect(lineCents({ quantity: 3, unitPrice: 14_500.5 })).toBe(4_350_150);
    expect(lineCents({ quantity: 0.5, unitPrice: 1200 })).toBe(60_000);
  });

  it('rounds away binary noise instead of truncating it', () => {
    // 0.29 × 100 is 28.999999999999996 in floating point.
    expect(lineCents({ quantity: 1, unitPrice: 0.29 })).toBe(29);
    expect(lineCents({ quantity: 3, unitPrice: 0.1 })).toBe(30);
    expect(lineCents({ quantity: 1, unitPrice: 1.15 })).toBe(115);
  });

  it('rounds fractions of an øre to the nearest øre', () => {
    expect(lineCents({ quantity: 1, unitPrice: 0.126 })).toBe(13);
    expect(lineCents({ quantity: 1, unitPrice: 0.124 })).toBe(12);
    expect(lineCents({ quantity: 3, unitPrice: 33.333 })).toBe(10_000);
  });

  it('counts a line with a missing or non-finite quantity or price as zero', () => {
    expect(lineCents({})).toBe(0);
    expect(lineCents({ unitPrice: 100 })).toBe(0);
    expect(lineCents({ quantity: 5 })).toBe(0);
    expect(lineCents({ quantity: Number.NaN, unitPrice: 100 })).toBe(0);
    expect(lineCents({ quantity: 2, unitPrice: Number.NaN })).toBe(0);
    expect(lineCents({ quantity: Infinity, unitPrice: 100 })).toBe(0);
    expect(lineCents({ quantity: 2, unitPrice: -Infinity })).toBe(0);
  });

  it('ignores the recurrence', () => {
    expect(lineCents({ quantity: 2, unitPrice: 10, recurring: 'year' })).toBe(2000);
  });
});

describe('priceTotals', () => {
  it('totals per recurrence with VAT kept apart, in line order', () => {
    const lines: PriceLineLike[] = [
      { quantity: 1, unitPrice: 185_000 },
      { quantity: 40, unitPrice: 650, recurring: 'month' },
      { quantity: 3, unitPrice: 14_500.5, recurring: 'once' },
    ];
    expect(priceTotals(lines, 25)).toEqual([
      { recurring: 'once', netCents: 22_850_150, vatCents: 5_712_538, grossCents: 28_562_688 },
      { recurring: 'month', netCents: 2_600_000, vatCents: 650_000, grossCents: 3_250_000 },
    ]);
  });

  it('orders the groups by the first line of each recurrence', () => {
    const lines: PriceLineLike[] = [
      { quantity: 1, unitPrice: 100, recurring: 'year' },
      { quantity: 1, unitPrice: 10, recurring: 'month' },
      { quantity: 1, unitPrice: 1 },
      { quantity: 1, unitPrice: 200, recurring: 'year' },
    ];
    const totals = priceTotals(lines, 0);
    expect(totals.map((t) => t.recurring)).toEqual(['year', 'month', 'once']);
    expect(totals[0]?.netCents).toBe(30_000);
  });

  it('treats a line without recurrence as a one-off', () => {
    expect(priceTotals([{ quantity: 2, unitPrice: 50 }], 25)).toEqual([
      { recurring: 'once', netCents: 10_000, vatCents: 2500, grossCents: 12_500 },
    ]);
  });

  it('rounds VAT to whole øre on the group total, not per line', () => {
    // Four lines of 0.01 kr: VAT per line (0.25 øre) would round to 0 each time; on 4 øre it is 1.
    const lines: PriceLineLike[] = [
      { quantity: 1, unitPrice: 0.01 },
      { quantity: 1, unitPrice: 0.01 },
      { quantity: 1, unitPrice: 0.01 },
      { quantity: 1, unitPrice: 0.01 },
    ];
    expect(priceTotals(lines, 25)).toEqual([
      { recurring: 'once', netCents: 4, vatCents: 1, grossCents: 5 },
    ]);
    expect(priceTotals([{ quantity: 1, unitPrice: 0.5 }], 15)[0]).toEqual({
      recurring: 'once',
      netCents: 50,
      vatCents: 8, // 7.5 øre rounds up
      grossCents: 58,
    });
  });

  it('supports zero and reduced VAT rates', () => {
    const lines: PriceLineLike[] = [{ quantity: 12, unitPrice: 1000, recurring: 'month' }];
    expect(priceTotals(lines, 0)[0]).toMatchObject({ vatCents: 0, grossCents: 1_200_000 });
    expect(priceTotals(lines, 12)[0]).toMatchObject({ vatCents: 144_000, grossCents: 1_344_000 });
  });

  it('keeps a recurrence whose lines are still blank, with zero amounts', () => {
    expect(priceTotals([{ recurring: 'year' }], 25)).toEqual([
      { recurring: 'year', netCents: 0, vatCents: 0, grossCents: 0 },
    ]);
  });

  it('returns no totals for no lines', () => {
    expect(priceTotals([], 25)).toEqual([]);
  });

  it('always has gross = net + VAT, and net = the sum of its lines', () => {
    const line = fc.record({
      quantity: fc.integer({ min: 0, max: 10_000 }),
      unitPrice: fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 100),
      recurring: fc.constantFrom<Recurrence>('once', 'month', 'year'),
    });
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 20 }),
        fc.integer({ min: 0, max: 100 }),
        (lines, vat) => {
          const totals = priceTotals(lines, vat);
          expect(new Set(totals.map((t) => t.recurring)).size).toBe(totals.length);
          for (const t of totals) {
            expect(t.grossCents).toBe(t.netCents + t.vatCents);
            const own = lines.filter((l) => l.recurring === t.recurring);
            expect(t.netCents).toBe(own.reduce((sum, l) => sum + lineCents(l), 0));
            expect(Number.isInteger(t.vatCents)).toBe(true);
          }
        },
      ),
    );
  });

  it('agrees with the core totals that the generated price appendix prints', () => {
    const line = fc.record({
      description: fc.constant('x'),
      unit: fc.constant('stk'),
      quantity: fc.integer({ min: 0, max: 1000 }).map((q) => q / 4),
      unitPrice: fc.integer({ min: 0, max: 100_000_000 }).map((c) => c / 100),
      recurring: fc.constantFrom<Recurrence>('once', 'month', 'year'),
    });
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 10 }),
        fc.integer({ min: 0, max: 100 }),
        (lines, vatPercent) => {
          const prices = PricesSchema.parse({ lines, vatPercent });
          expect(priceTotals(lines, vatPercent)).toEqual(corePrices.priceTotals(prices));
        },
      ),
    );
  });
});

describe('formatMoney', () => {
  it('writes Norwegian amounts with no-break-space groups and a decimal comma', () => {
    expect(formatMoney(123_456_789, 'NOK', 'nb')).toBe(`NOK 1${NBSP}234${NBSP}567,89`);
    expect(formatMoney(125_000_000, 'NOK', 'nb')).toBe(`NOK 1${NBSP}250${NBSP}000,00`);
  });

  it('writes English amounts with comma groups and a decimal point', () => {
    expect(formatMoney(123_456_789, 'EUR', 'en')).toBe('EUR 1,234,567.89');
  });

  it('always shows two decimals', () => {
    expect(formatMoney(0, 'NOK', 'nb')).toBe('NOK 0,00');
    expect(formatMoney(5, 'NOK', 'nb')).toBe('NOK 0,05');
    expect(formatMoney(50, 'USD', 'en')).toBe('USD 0.50');
    expect(formatMoney(100, 'SEK', 'en')).toBe('SEK 1.00');
  });

  it('puts the currency code first in both languages', () => {
    expect(formatMoney(99_900, 'DKK', 'nb')).toMatch(/^DKK 999,00$/);
    expect(formatMoney(99_900, 'DKK', 'en')).toMatch(/^DKK 999\.00$/);
  });
});
