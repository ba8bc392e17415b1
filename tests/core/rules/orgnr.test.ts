import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatOrgNumber,
  isValidOrgNumber,
  normalizeOrgNumber,
  orgNumberCheckDigit,
} from '../../../electron/core/rules/orgnr';

const eightDigits = fc.stringMatching(/^\d{8}$/);

describe('organisation numbers', () => {
  it('accepts numbers from the register', () => {
    for (const n of ['974760673', '935478715', '923609016', '991825827'])
      expect(isValidOrgNumber(n)).toBe(true);
  });

  it('accepts the groups people type with spaces or NBSP', () => {
    expect(isValidOrgNumber('974 760 673')).toBe(true);
    expect(isValidOrgNumber('974\u00a0760\u00a0673')).toBe(true);
  });

  it('rejects a wrong check digit, wrong length and letters', () => {
    for (const n of ['974760674', '97476067', '9747606730', '97476067a', '', 'abcdefghi']) {
      expect(isValidOrgNumber(n)).toBe(false);
    }
  });

  it('treats a remainder giving 11 as check digit 0', () => {
    // 3*9+2*1+7*3+6*5+5*7+4*9+3*2+2*4 = 165 = 15*11, so 11 - 0 = 11 → 0.
    expect(orgNumberCheckDigit('91357924')).toBe(0);
    expect(isValidOrgNumber('913579240')).toBe(true);
  });

  it('has no valid number where the check digit would be 10', () => {
    expect(orgNumberCheckDigit('99123456')).toBeNull();
    for (let d = 0; d <= 9; d++) expect(isValidOrgNumber(`99123456${d}`)).toBe(false);
  });

  it('has exactly one valid last digit for every eight-digit start, or none', () => {
    fc.assert(
      fc.property(eightDigits, (start) => {
        const valid = [...Array(10).keys()].filter((d) => isValidOrgNumber(`${start}${d}`));
        const check = orgNumberCheckDigit(start);
        expect(valid).toEqual(check === null ? [] : [check]);
      }),
    );
  });

  it('catches every single-digit typo in a valid number', () => {
    fc.assert(
      fc.property(
        eightDigits,
        fc.nat(8),
        fc.integer({ min: 1, max: 9 }),
        (start, position, delta) => {
          const check = orgNumberCheckDigit(start);
          fc.pre(check !== null);
          const valid = `${start}${check}`;
          const digits = valid.split('');
          digits[position] = String((Number(digits[position]) + delta) % 10);
          expect(isValidOrgNumber(digits.join(''))).toBe(false);
        },
      ),
    );
  });

  it('formats in groups of three and normalises back', () => {
    expect(formatOrgNumber('974760673')).toBe('974 760 673');
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), (n) => {
        expect(normalizeOrgNumber(formatOrgNumber(n))).toBe(n);
      }),
    );
  });
});
