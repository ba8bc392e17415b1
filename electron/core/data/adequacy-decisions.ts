import type { LocalizedText } from '../errors';

/** One country the European Commission has found to protect personal data adequately (art. 45). */
export interface AdequacyDecision {
  /** ISO 3166-1 alpha-2 code. */
  country: string;
  /** The Commission's decision, as it is cited. */
  decision: string;
  /** Whom the decision covers where it does not cover the whole country. */
  scope?: LocalizedText;
}

/**
 * The Commission's list of adequacy decisions. It changes when decisions are adopted, renewed or
 * struck down: update the entries and `asOf` together, from the source.
 */
export const ADEQUACY_LIST = {
  source:
    'https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en',
  asOf: '2025-07-01',
  decisions: [
    { country: 'AD', decision: '2010/625/EU' },
    { country: 'AR', decision: '2003/490/EC' },
    {
      country: 'CA',
      decision: '2002/2/EC',
      scope: {
        nb: 'kommersielle virksomheter som omfattes av PIPEDA',
        nn: 'kommersielle verksemder som PIPEDA gjeld for',
        en: 'commercial organisations subject to PIPEDA',
      },
    },
    { country: 'CH', decision: '2000/518/EC' },
    { country: 'FO', decision: '2010/146/EU' },
    { country: 'GB', decision: '(EU) 2021/1772' },
    { country: 'GG', decision: '2003/821/EC' },
    { country: 'IL', decision: '2011/61/EU' },
    { country: 'IM', decision: '2004/411/EC' },
    { country: 'JE', decision: '2008/393/EC' },
    { country: 'JP', decision: '(EU) 2019/419' },
    { country: 'KR', decision: '(EU) 2022/254' },
    { country: 'NZ', decision: '2013/65/EU' },
    {
      country: 'US',
      decision: '(EU) 2023/1795',
      scope: {
        nb: 'virksomheter sertifisert under EU–US Data Privacy Framework',
        nn: 'verksemder sertifiserte under EU–US Data Privacy Framework',
        en: 'organisations certified under the EU–US Data Privacy Framework',
      },
    },
    { country: 'UY', decision: '2012/484/EU' },
  ] satisfies AdequacyDecision[] as AdequacyDecision[],
} as const;
