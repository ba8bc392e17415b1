import type { Language } from '../case/case-schema';

const NBSP = '\u00a0';

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** ISO date (2026-11-23) → 23.11.2026 in Norwegian, 23 November 2026 in English. */
export function formatDate(iso: string, lang: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  if (lang === 'en') return `${Number(day)} ${MONTHS_EN[Number(month) - 1] ?? month} ${year}`;
  return `${day}.${month}.${year}`;
}

/** A moment (ISO timestamp) as «24.11.2026 11:00» in the machine's time zone. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getDate())}.${two(date.getMonth() + 1)}.${date.getFullYear()} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

/** Groups the integer part in threes with the given separator. */
function groupThousands(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * 1250000 → "1 250 000,00" (NBSP between groups, decimal comma) in Norwegian,
 * "1,250,000.00" in English. Rounds half away from zero to whole øre/cents.
 */
export function formatAmount(value: number, lang: Language): string {
  const cents = Math.round(Math.abs(value) * 100);
  const sign = value < 0 && cents !== 0 ? '-' : '';
  const whole = groupThousands(String(Math.floor(cents / 100)), lang === 'en' ? ',' : NBSP);
  const fraction = String(cents % 100).padStart(2, '0');
  return `${sign}${whole}${lang === 'en' ? '.' : ','}${fraction}`;
}

/** An amount with its currency: "1 250 000,00 kr" / "NOK 1,250,000.00". */
export function formatMoney(value: number, currency: string, lang: Language): string {
  const amount = formatAmount(value, lang);
  if (lang === 'en') return `${currency} ${amount}`;
  return currency === 'NOK' ? `${amount}${NBSP}kr` : `${amount}${NBSP}${currency}`;
}

/** 99.95 → "99,95 %" / "99.95%". */
export function formatPercent(value: number, lang: Language): string {
  const text = String(Number(value.toFixed(4)));
  return lang === 'en' ? `${text}%` : `${text.replace('.', ',')}${NBSP}%`;
}
