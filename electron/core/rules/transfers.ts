// Where personal data may go without a transfer tool (GDPR chapter V), as of 2026.

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

/**
 * Countries with an EU adequacy decision (art. 45). For the United States the decision covers
 * only organisations certified under the EU–US Data Privacy Framework.
 */
export const ADEQUACY_COUNTRIES = new Set([
  'AD',
  'AR',
  'CA',
  'FO',
  'GG',
  'IL',
  'IM',
  'JP',
  'JE',
  'NZ',
  'KR',
  'CH',
  'GB',
  'UY',
  'US',
]);

export type TransferBasis = 'none' | 'adequacy' | 'scc' | 'bcr';

export type TransferCheck =
  | { ok: true }
  | { ok: false; reason: 'no-basis' | 'no-adequacy-decision' }
  | { ok: true; caution: 'us-dpf-certification' };

/** Whether a sub-processor in `country` has a lawful basis for receiving the data. */
export function checkTransfer(country: string, basis: TransferBasis): TransferCheck {
  if (EEA_COUNTRIES.has(country)) return { ok: true };
  if (basis === 'none') return { ok: false, reason: 'no-basis' };
  if (basis === 'adequacy') {
    if (!ADEQUACY_COUNTRIES.has(country)) return { ok: false, reason: 'no-adequacy-decision' };
    if (country === 'US') return { ok: true, caution: 'us-dpf-certification' };
  }
  return { ok: true };
}
