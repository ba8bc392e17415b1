import { describe, expect, it } from 'vitest';
import { PricesSchema } from '../../../electron/core/case/case-schema';
import { formatAmount, formatMoney } from '../../../electron/core/i18n/format';
import { priceTotals } from '../../../electron/core/rules/prices';

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
