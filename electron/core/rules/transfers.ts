// Where personal data may go without a transfer tool (GDPR chapter V).
import { ADEQUACY_LIST, type AdequacyDecision } from '../data/adequacy-decisions';

/** EU member states and the EEA states (Iceland, Liechtenstein, Norway). */
export const EEA_COUNTRIES = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
]);

/** Codes people write that are not ISO 3166-1 codes, with the code they mean. */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR' };

const DECISIONS = new Map(ADEQUACY_LIST.decisions.map((d) => [d.country, d]));

/** The adequacy decision for a country, if the Commission has made one. */
export function adequacyDecision(country: string): AdequacyDecision | null {
  return DECISIONS.get(country) ?? null;
}

export type TransferBasis = 'none' | 'adequacy' | 'scc' | 'bcr';

export type TransferFinding =
  | { country: string; problem: 'no-basis' | 'no-adequacy-decision' }
  /** The decision covers only some recipients there (the US: DPF-certified organisations). */
  | { country: string; problem: 'limited-scope'; decision: AdequacyDecision };

/** The third countries data reaches: where the recipient is established, processes or accesses it. */
export function thirdCountries(established: string, processing: readonly string[]): string[] {
  return [...new Set([established, ...processing])].filter((c) => !EEA_COUNTRIES.has(c));
}

/** What is missing for a transfer to each of `countries` on the stated basis. */
export function checkTransfer(
  countries: readonly string[],
  basis: TransferBasis,
): TransferFinding[] {
  return countries.flatMap((country): TransferFinding[] => {
    if (EEA_COUNTRIES.has(country)) return [];
    if (basis === 'none') return [{ country, problem: 'no-basis' }];
    if (basis !== 'adequacy') return [];
    const decision = adequacyDecision(country);
    if (!decision) return [{ country, problem: 'no-adequacy-decision' }];
    return decision.scope ? [{ country, problem: 'limited-scope', decision }] : [];
  });
}
