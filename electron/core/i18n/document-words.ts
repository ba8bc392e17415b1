import type { Language } from '../case/case-schema';

/** Fixed words the documents print around the templates' own text. */
const WORDS = {
  customer: { nb: 'Kunde', nn: 'Kunde', en: 'Customer' },
  supplier: { nb: 'Leverandør', nn: 'Leverandør', en: 'Supplier' },
  name: { nb: 'Navn', nn: 'Namn', en: 'Name' },
  orgNumber: { nb: 'Organisasjonsnummer', nn: 'Organisasjonsnummer', en: 'Organisation number' },
  address: { nb: 'Adresse', nn: 'Adresse', en: 'Address' },
  representative: { nb: 'Representant', nn: 'Representant', en: 'Representative' },
  appendix: { nb: 'Bilag', nn: 'Vedlegg', en: 'Appendix' },
  title: { nb: 'Tittel', nn: 'Tittel', en: 'Title' },
  included: { nb: 'Del av avtalen', nn: 'Del av avtalen', en: 'Part of the agreement' },
  yes: { nb: 'Ja', nn: 'Ja', en: 'Yes' },
  no: { nb: 'Nei', nn: 'Nei', en: 'No' },
  place: { nb: 'Sted', nn: 'Stad', en: 'Place' },
  date: { nb: 'Dato', nn: 'Dato', en: 'Date' },
  signature: { nb: 'Underskrift', nn: 'Underskrift', en: 'Signature' },
  page: { nb: 'Side', nn: 'Side', en: 'Page' },
  of: { nb: 'av', nn: 'av', en: 'of' },
  availability: { nb: 'Tilgjengelighet', nn: 'Tilgjenge', en: 'Availability' },
  period: { nb: 'Periode', nn: 'Periode', en: 'Period' },
  allowedDowntime: { nb: 'Tillatt nedetid', nn: 'Tillaten nedetid', en: 'Allowed downtime' },
  year: { nb: 'År', nn: 'År', en: 'Year' },
  month: { nb: 'Måned (30 dager)', nn: 'Månad (30 dagar)', en: 'Month (30 days)' },
  week: { nb: 'Uke', nn: 'Veke', en: 'Week' },
  serviceHours: { nb: 'Tjenestetid', nn: 'Tenestetid', en: 'Service hours' },
  measuredPer: { nb: 'Måles per', nn: 'Blir målt per', en: 'Measured per' },
  availabilityBelow: {
    nb: 'Tilgjengelighet under',
    nn: 'Tilgjenge under',
    en: 'Availability below',
  },
  credit: {
    nb: 'Kompensasjon (andel av månedsvederlaget)',
    nn: 'Kompensasjon (del av månadsvederlaget)',
    en: 'Service credit (share of the monthly fee)',
  },
  description: { nb: 'Beskrivelse', nn: 'Skildring', en: 'Description' },
  quantity: { nb: 'Antall', nn: 'Tal', en: 'Quantity' },
  unit: { nb: 'Enhet', nn: 'Eining', en: 'Unit' },
  unitPrice: { nb: 'Enhetspris', nn: 'Einingspris', en: 'Unit price' },
  sum: { nb: 'Sum', nn: 'Sum', en: 'Amount' },
  once: { nb: 'engangs', nn: 'eingongs', en: 'one-off' },
  perMonth: { nb: 'per måned', nn: 'per månad', en: 'per month' },
  perQuarter: { nb: 'per kvartal', nn: 'per kvartal', en: 'per quarter' },
  perYear: { nb: 'per år', nn: 'per år', en: 'per year' },
  totalExVat: { nb: 'Sum eks. mva.', nn: 'Sum eks. mva.', en: 'Total excl. VAT' },
  vat: { nb: 'Merverdiavgift', nn: 'Meirverdiavgift', en: 'VAT' },
  totalIncVat: { nb: 'Sum inkl. mva.', nn: 'Sum inkl. mva.', en: 'Total incl. VAT' },
  clause: { nb: 'Punkt', nn: 'Punkt', en: 'Clause' },
  change: { nb: 'Endring', nn: 'Endring', en: 'Change' },
  standardText: { nb: 'Standardtekst', nn: 'Standardtekst', en: 'Standard wording' },
  newText: { nb: 'Ny tekst', nn: 'Ny tekst', en: 'New wording' },
  reason: { nb: 'Begrunnelse', nn: 'Grunngiving', en: 'Reason' },
  replace: { nb: 'Erstattes', nn: 'Blir erstatta', en: 'Replaced' },
  add: { nb: 'Tilføyes', nn: 'Blir lagt til', en: 'Added' },
  delete: { nb: 'Utgår', nn: 'Går ut', en: 'Deleted' },
  none: { nb: '–', nn: '–', en: '–' },
  agreement: { nb: 'avtale', nn: 'avtale', en: 'agreement' },
  noEdits: {
    nb: 'Det er ikke avtalt endringer i den generelle avtaleteksten.',
    nn: 'Det er ikkje avtalt endringar i den generelle avtaleteksten.',
    en: 'No changes to the general terms have been agreed.',
  },
  draft: { nb: 'UTKAST', nn: 'UTKAST', en: 'DRAFT' },
} as const;

export type WordKey = keyof typeof WORDS;

export function word(key: WordKey, lang: Language): string {
  return WORDS[key][lang];
}
