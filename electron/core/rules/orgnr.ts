// Norwegian organisation numbers (Enhetsregisteret): nine digits, the last a modulus-11 check digit.
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/** Drops the spaces (and NBSPs) people type between digit groups. */
export function normalizeOrgNumber(value: string): string {
  return value.replace(/[\s\u00a0]/g, '');
}

/** The check digit for the first eight digits, or null where no valid number can end them. */
export function orgNumberCheckDigit(firstEight: string): number | null {
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(firstEight[i]), 0);
  const digit = 11 - (sum % 11);
  if (digit === 11) return 0;
  return digit === 10 ? null : digit;
}

export function isValidOrgNumber(value: string): boolean {
  const digits = normalizeOrgNumber(value);
  if (!/^\d{9}$/.test(digits)) return false;
  return orgNumberCheckDigit(digits.slice(0, 8)) === Number(digits[8]);
}

/** "974760673" → "974 760 673", the way the register prints it. */
export function formatOrgNumber(value: string): string {
  const digits = normalizeOrgNumber(value);
  return /^\d{9}$/.test(digits) ? digits.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3') : value;
}
