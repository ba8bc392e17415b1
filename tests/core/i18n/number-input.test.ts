import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumberInput, parseNumberInput } from '../../../electron/core/i18n/number-input';

describe('parseNumberInput', () => {
  it('reads Norwegian numbers with space or point groups and a decimal comma', () => {
    expect(parseNumberInput('1 000,50')).toBe(1000.5);
    expect(parseNumberInput('1\u00a0250\u00a0000,00')).toBe(1_250_000);
    expect(parseNumberInput('1.000,00')).toBe(1000);
    expect(parseNumberInput('99,9')).toBe(99.9);
  });

  it('reads a decimal point and point-grouped thousands', () => {
    expect(parseNumberInput('99.9')).toBe(99.9);
    expect(parseNumberInput('1.000.000')).toBe(1_000_000);
    expect(parseNumberInput('-3')).toBe(-3);
  });

  it('keeps a number being typed, and refuses what is no number', () => {
    expect(parseNumberInput('99,')).toBe(99);
    for (const bad of ['', '  ', 'abc', '1,2,3', '12a', '--1'])
      expect(parseNumberInput(bad)).toBeNull();
  });

  it('reads back every number it shows, in both languages', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
        fc.constantFrom('nb' as const, 'en' as const),
        (value, lang) => {
          // Tiny values print in exponent form, which no one types into a price field.
          fc.pre(Math.abs(value) >= 1e-6 || value === 0);
          expect(parseNumberInput(formatNumberInput(value, lang))).toBe(value === 0 ? 0 : value);
        },
      ),
    );
  });
});

describe('formatNumberInput', () => {
  it('shows a decimal comma in Norwegian and a point in English', () => {
    expect(formatNumberInput(99.5, 'nb')).toBe('99,5');
    expect(formatNumberInput(99.5, 'en')).toBe('99.5');
    expect(formatNumberInput(1000, 'nn')).toBe('1000');
  });
});
