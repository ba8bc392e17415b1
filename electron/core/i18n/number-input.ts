import type { Language } from '../case/case-schema';

/**
 * A number as people type it: «1 000,50», «1.000,00», «99,9», «99.9», «-3». Spaces (also no-break
 * ones) group thousands; with a decimal comma, points group thousands too, and several points
 * can only be groups. Null when the text means no number (empty, «abc», «1,2,3»).
 */
export function parseNumberInput(text: string): number | null {
  let cleaned = text.replace(/[\s\u00a0\u202f]/g, '');
  if (cleaned === '') return null;
  if (cleaned.includes(',')) cleaned = cleaned.replace(/\./g, '').replace(',', '.');
  else if ((cleaned.match(/\./g) ?? []).length > 1) cleaned = cleaned.replace(/\./g, '');
  // A separator typed last («99,») is a number being written, not a mistake.
  if (!/^-?\d+(\.\d*)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** A number as an input field shows it: «99,5» in Norwegian, «99.5» in English, no grouping. */
export function formatNumberInput(value: number, lang: Language): string {
  const text = String(value);
  return lang === 'en' ? text : text.replace('.', ',');
}
