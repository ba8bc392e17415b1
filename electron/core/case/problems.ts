import type { Language } from './case-schema';
import { localize, SkyError, type LocalizedText } from '../errors';

/** One thing wrong with a case, located by its JSON path. */
export interface Problem {
  severity: 'error' | 'warning';
  code: string;
  /** JSON path into the case file (`customer.signatories[0].name`), or `line:column` for syntax. */
  path: string;
  message: string;
}

// Sentences for the message keys the schema and the rules use.
const MESSAGES: Record<string, ProblemText> = {
  'text.empty': { nb: 'må fylles ut', nn: 'må fyllast ut', en: 'must be filled in' },
  'date.format': {
    nb: 'dato må skrives ÅÅÅÅ-MM-DD',
    nn: 'dato må skrivast ÅÅÅÅ-MM-DD',
    en: 'dates are written YYYY-MM-DD',
  },
  'date.invalid': {
    nb: 'datoen finnes ikke',
    nn: 'datoen finst ikkje',
    en: 'the date does not exist',
  },
  'orgnr.format': {
    nb: 'organisasjonsnummeret må ha ni siffer',
    nn: 'organisasjonsnummeret må ha ni siffer',
    en: 'the organisation number must have nine digits',
  },
  'orgnr.checksum': {
    nb: 'organisasjonsnummeret er ugyldig: kontrollsifferet stemmer ikke (modulus 11)',
    nn: 'organisasjonsnummeret er ugyldig: kontrollsifferet stemmer ikkje (modulus 11)',
    en: 'the organisation number is invalid: its check digit is wrong (modulus 11)',
  },
  'email.invalid': {
    nb: 'ugyldig e-postadresse',
    nn: 'ugyldig e-postadresse',
    en: 'invalid e-mail address',
  },
  'signatories.missing': {
    nb: 'parten må ha minst én som signerer',
    nn: 'parten må ha minst éin som signerer',
    en: 'the party needs at least one signatory',
  },
  'sla.availability.range': {
    nb: 'tilgjengeligheten må være et tall mellom 0 og 100 %',
    nn: 'tilgjenget må vere eit tal mellom 0 og 100 %',
    en: 'availability must be a number between 0 and 100 %',
  },
  'prices.empty': {
    nb: 'pristabellen må ha minst én linje',
    nn: 'pristabellen må ha minst éi linje',
    en: 'the price table needs at least one line',
  },
  'prices.too-large': {
    nb: 'beløpet er urimelig stort; en avtale tar høyst 1 000 000 000 000 (en billion) per linje og totalt',
    nn: 'beløpet er urimeleg stort; ein avtale tek høgst 1 000 000 000 000 (ein billion) per linje og totalt',
    en: 'the amount is unreasonably large; an agreement takes at most 1,000,000,000,000 (a trillion) per line and in total',
  },
  'requirement.id': {
    nb: 'krav-ID må ha formen A.1, B.IS.24 eller C.3',
    nn: 'krav-ID må ha forma A.1, B.IS.24 eller C.3',
    en: 'requirement IDs look like A.1, B.IS.24 or C.3',
  },
  'country.code': {
    nb: 'land skrives med to store bokstaver (ISO 3166, f.eks. NO, US)',
    nn: 'land blir skrive med to store bokstavar (ISO 3166, t.d. NO, US)',
    en: 'countries are two capital letters (ISO 3166, e.g. NO, US)',
  },
  'country.alias': {
    nb: 'ikke en ISO 3166-kode: Storbritannia skrives GB (ikke UK) og Hellas GR (ikke EL)',
    nn: 'ikkje ein ISO 3166-kode: Storbritannia blir skrive GB (ikkje UK) og Hellas GR (ikkje EL)',
    en: 'not an ISO 3166 code: the United Kingdom is GB (not UK) and Greece is GR (not EL)',
  },
  'duration.months': {
    nb: 'varigheten oppgis i hele måneder, fra 1 til 1200',
    nn: 'varigheita blir oppgitt i heile månader, frå 1 til 1200',
    en: 'the duration is given in whole months, from 1 to 1200',
  },
  'sla.availability.precision': {
    nb: 'tilgjengeligheten kan ha høyst fire desimaler (f.eks. 99,9999)',
    nn: 'tilgjenget kan ha høgst fire desimalar (t.d. 99,9999)',
    en: 'availability can have at most four decimals (e.g. 99.9999)',
  },
  'time.format': {
    nb: 'klokkeslett skrives TT:MM (f.eks. 07:00)',
    nn: 'klokkeslett blir skrive TT:MM (t.d. 07:00)',
    en: 'times are written HH:MM (e.g. 07:00)',
  },
  'sla.window.order': {
    nb: 'tjenestetiden må slutte etter at den begynner',
    nn: 'tenestetida må slutte etter at ho byrjar',
    en: 'the service window must end after it begins',
  },
  'exit.triggers': {
    nb: 'exitplanen må nevne minst én utløsende hendelse',
    nn: 'exitplanen må nemne minst éi utløysande hending',
    en: 'the exit plan needs at least one trigger',
  },
  'exit.formats': {
    nb: 'exitplanen må nevne minst ett dataformat',
    nn: 'exitplanen må nemne minst eitt dataformat',
    en: 'the exit plan needs at least one data format',
  },
  'clause.id': { nb: 'ugyldig punkt-ID', nn: 'ugyldig punkt-ID', en: 'invalid clause ID' },
  'appendix.key': {
    nb: 'bilag angis med nummer («1»–«12»)',
    nn: 'vedlegg blir gitt med nummer («1»–«12»)',
    en: 'appendices are given by number («1»–«12»)',
  },
  'schemaVersion.unsupported': {
    nb: 'ukjent versjon av saksformatet',
    nn: 'ukjend versjon av saksformatet',
    en: 'unknown version of the case format',
  },
};

export function message(key: string, lang: Language): string | null {
  const text = MESSAGES[key];
  return text ? localize(text, lang) : null;
}

/** A problem's sentence: every language form has its own, so `--lang nn` never prints bokmål. */
export type ProblemText = Required<LocalizedText>;

export function problem(
  severity: Problem['severity'],
  code: string,
  path: string,
  text: ProblemText,
  lang: Language,
): Problem {
  return { severity, code, path, message: localize(text, lang) };
}

/** `['customer', 'signatories', 0, 'name']` → `customer.signatories[0].name`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return (
    path
      .map((part, i) =>
        typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
      )
      .join('') || '(rot)'
  );
}

/** A SkyError that carries the list of problems that caused it (an invalid case). */
export class ProblemsError extends SkyError {
  constructor(
    code: string,
    text: LocalizedText,
    readonly problems: Problem[],
  ) {
    super(code, text);
  }
}
