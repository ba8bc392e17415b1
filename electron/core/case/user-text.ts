import type { Language } from './case-schema';
import {
  USER_MARKDOWN_NESTING,
  userMarkdownFaults,
  type UserMarkdownFault,
} from '../assembly/markdown';
import { jsonPath, problem, type Problem, type ProblemText } from './problems';

// What the user typed is data: before the schema sees a case, characters that corrupt or mislead
// a document are taken out (with a warning naming the field) and sizes no real contract reaches
// are refused, so nothing can run the renderers out of memory or stack.

/** Limits far above any real contract; each refusal names the field. */
export const USER_TEXT_LIMITS = {
  /** Characters in a name, title, address or other one-line field. */
  plainChars: 1_000,
  /** Characters in a free-text field (appendix text, descriptions, reasons). */
  longChars: 200_000,
  /** Entries in any list (signatories, price lines, sub-processors, requirements, edits). */
  listEntries: 1_000,
  /** Levels of objects and lists in the case file; the schema itself needs five. */
  depth: 16,
} as const;

// Free text where paragraphs are expected; every other string is a one-line field.
const LONG_TEXT = [
  /^appendices\.[^.]+\.text$/,
  /^edits\[\d+\]\.(text|reason)$/,
  /^service\.description$/,
  /^dpa\.(subjectMatter|duration|nature|purpose|instructions)$/,
  /^prices\.adjustment$/,
  /^exit\.destination$/,
];

/**
 * Characters no document should carry: C0 and C1 controls other than tab and line breaks, the
 * noncharacters U+FFFE/U+FFFF (one makes a DOCX unreadable), bidi embeddings, overrides and
 * isolates (they make the DOCX and the PDF read differently), and lone surrogates.
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- control characters are what this finds
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function codePoints(found: string[]): string {
  return [...new Set(found)]
    .map((ch) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`)
    .join(', ');
}

export interface CleanedInput {
  value: unknown;
  problems: Problem[];
}

/** The case with forbidden characters removed, and a problem for each field touched or too big. */
export function cleanUserText(raw: unknown, lang: Language): CleanedInput {
  const problems: Problem[] = [];
  const tooBig = (path: PropertyKey[], text: { nb: string; nn: string; en: string }) =>
    problems.push(problem('error', 'case.too-large', jsonPath(path), text, lang));

  const walk = (value: unknown, path: PropertyKey[]): unknown => {
    if (typeof value === 'string') {
      const where = jsonPath(path);
      const limit = LONG_TEXT.some((re) => re.test(where))
        ? USER_TEXT_LIMITS.longChars
        : USER_TEXT_LIMITS.plainChars;
      if (value.length > limit) {
        tooBig(path, {
          nb: `teksten har ${value.length} tegn; feltet tar høyst ${limit}`,
          nn: `teksten har ${value.length} teikn; feltet tek høgst ${limit}`,
          en: `the text has ${value.length} characters; the field takes at most ${limit}`,
        });
        return value;
      }
      const found = value.match(FORBIDDEN);
      if (!found) return value;
      problems.push(
        problem(
          'warning',
          'case.characters-removed',
          where,
          {
            nb: `usynlige styretegn er fjernet fra teksten (${codePoints(found)}); de kan gjøre dokumentet uleselig eller få teksten til å vises i en annen rekkefølge enn den er skrevet`,
            nn: `usynlege styreteikn er fjerna frå teksten (${codePoints(found)}); dei kan gjere dokumentet uleseleg eller få teksten til å visast i ei anna rekkjefølgje enn han er skriven`,
            en: `invisible control characters were removed from the text (${codePoints(found)}); they can make the document unreadable or show the text in another order than it was written`,
          },
          lang,
        ),
      );
      return value.replace(FORBIDDEN, '');
    }
    if (value === null || typeof value !== 'object') return value;
    if (path.length >= USER_TEXT_LIMITS.depth) {
      tooBig(path, {
        nb: `saken er nestet dypere enn ${USER_TEXT_LIMITS.depth} nivåer`,
        nn: `saka er nøsta djupare enn ${USER_TEXT_LIMITS.depth} nivå`,
        en: `the case is nested deeper than ${USER_TEXT_LIMITS.depth} levels`,
      });
      return value;
    }
    if (Array.isArray(value)) {
      if (value.length > USER_TEXT_LIMITS.listEntries) {
        tooBig(path, {
          nb: `listen har ${value.length} oppføringer; den tar høyst ${USER_TEXT_LIMITS.listEntries}`,
          nn: `lista har ${value.length} oppføringar; ho tek høgst ${USER_TEXT_LIMITS.listEntries}`,
          en: `the list has ${value.length} entries; it takes at most ${USER_TEXT_LIMITS.listEntries}`,
        });
        return value;
      }
      return value.map((item, i) => walk(item, [...path, i]));
    }
    const entries = Object.entries(value);
    if (entries.length > USER_TEXT_LIMITS.listEntries) {
      tooBig(path, {
        nb: `objektet har ${entries.length} felt; det tar høyst ${USER_TEXT_LIMITS.listEntries}`,
        nn: `objektet har ${entries.length} felt; det tek høgst ${USER_TEXT_LIMITS.listEntries}`,
        en: `the object has ${entries.length} fields; it takes at most ${USER_TEXT_LIMITS.listEntries}`,
      });
      return value;
    }
    return Object.fromEntries(entries.map(([key, item]) => [key, walk(item, [...path, key])]));
  };

  return { value: walk(raw, []), problems };
}

const FAULT_TEXT: Record<UserMarkdownFault['fault'], { nb: string; nn: string; en: string }> = {
  nesting: {
    nb: `sitater og lister er nestet dypere enn ${USER_MARKDOWN_NESTING} nivåer`,
    nn: `sitat og lister er nøsta djupare enn ${USER_MARKDOWN_NESTING} nivå`,
    en: `quotations and lists are nested deeper than ${USER_MARKDOWN_NESTING} levels`,
  },
  'clause-id': {
    nb: 'overskrifter i bilagsteksten kan ikke ha punkt-ID ({#…}); punkt-ID-ene tilhører malene',
    nn: 'overskrifter i vedleggsteksten kan ikkje ha punkt-ID ({#…}); punkt-ID-ane høyrer til malane',
    en: 'headings in appendix text cannot carry a clause ID ({#…}); clause IDs belong to the templates',
  },
  quotation: {
    nb: 'sitat med «>» kan ikke brukes i bilagsteksten; skriv sitatet som vanlig avsnitt i anførselstegn',
    nn: 'sitat med «>» kan ikkje brukast i vedleggsteksten; skriv sitatet som vanleg avsnitt i hermeteikn',
    en: 'quotations with «>» cannot be used in appendix text; write the quotation as a paragraph in quotation marks',
  },
  rule: {
    nb: 'en linje med bare «---», «***» eller «___» kan ikke brukes i bilagsteksten (den ville blitt et sideskift)',
    nn: 'ei linje med berre «---», «***» eller «___» kan ikkje brukast i vedleggsteksten (ho ville blitt eit sideskift)',
    en: 'a line of only «---», «***» or «___» cannot be used in appendix text (it would become a page break)',
  },
};

/** Each appendix text's Markdown that would not print as written, located by field and line. */
export function appendixTextProblems(
  appendices: Record<string, { text: string | null }>,
  lang: Language,
): Problem[] {
  return Object.entries(appendices).flatMap(([key, appendix]) =>
    userMarkdownFaults(appendix.text ?? '').map(({ line, fault }) =>
      problem(
        'error',
        `case.appendix-text-${fault}`,
        `appendices.${key}.text:${line}`,
        FAULT_TEXT[fault],
        lang,
      ),
    ),
  );
}

const LANGUAGE_NAMES: Record<Language, ProblemText> = {
  nb: { nb: 'bokmål', nn: 'bokmål', en: 'Norwegian Bokmål' },
  nn: { nb: 'nynorsk', nn: 'nynorsk', en: 'Norwegian Nynorsk' },
  en: { nb: 'engelsk', nn: 'engelsk', en: 'English' },
};

/**
 * A warning when documents are made in another language than the case is written in: the
 * templates follow the output language, but the user's own text (service description, appendix
 * texts, units) prints as typed.
 */
export function outputLanguageProblems(
  caseLanguage: Language,
  outputLanguage: Language,
  lang: Language,
): Problem[] {
  if (caseLanguage === outputLanguage) return [];
  const written = (l: Language) => LANGUAGE_NAMES[caseLanguage][l];
  const output = (l: Language) => LANGUAGE_NAMES[outputLanguage][l];
  return [
    problem(
      'warning',
      'case.language-mismatch',
      'language',
      {
        nb: `saken er skrevet på ${written('nb')}, men dokumentene lages på ${output('nb')}: sakens egen tekst (tjenestebeskrivelse, bilagstekster, enheter og navn på ytelser) trykkes slik den er skrevet. Oversett den, eller lag dokumentene på ${written('nb')}.`,
        nn: `saka er skriven på ${written('nn')}, men dokumenta blir laga på ${output('nn')}: den eigne teksten i saka (tenesteskildring, vedleggstekstar, einingar og namn på ytingar) blir trykt slik han er skriven. Omset han, eller lag dokumenta på ${written('nn')}.`,
        en: `the case is written in ${written('en')}, but the documents are made in ${output('en')}: the case's own text (service description, appendix texts, units and names of deliverables) prints as written. Translate it, or make the documents in ${written('en')}.`,
      },
      lang,
    ),
  ];
}
