import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { AGREEMENT_NAMES, CaseSchema, type Case, type Dpa, type Language } from './case-schema';
import { legalChecks } from './legal-checks';
import { appendixTextProblems, cleanUserText } from './user-text';
import { newerFormat, newerFormatText, upgradeCase } from './case-upgrade';
import { jsonPath, message, problem, type Problem, type ProblemText } from './problems';
import { setChecks, withContentTicks } from './set-checks';
import { recommendAgreement } from '../rules/recommend';
import { localize, type LocalizedText } from '../errors';
import type { AppendixSpec } from '../assembly/template-set';

/** What the rules need to know about the templates and the requirement bank. */
export interface CaseCatalog {
  /** The agreement's display name, or null where its templates are not installed. */
  agreementName(agreement: Case['agreement']): string | null;
  /** The appendices each agreement has. */
  appendices(agreement: Case['agreement']): AppendixSpec[];
  /** Clause IDs of an agreement's general text. */
  clauseIds(agreement: Case['agreement']): Set<string>;
  requirementIds: Set<string>;
  /** The entries of a NIS2 catalogue that none of the chosen requirements covers. */
  nis2Gaps(chosenIds: string[], framework: 'nis2' | 'nis2ir'): string[];
}

export interface CaseValidation {
  /** The parsed case, when it has no errors (warnings allowed). */
  case: Case | null;
  problems: Problem[];
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${(before[before.length - 1]?.length ?? 0) + 1}`;
}

const SYNTAX_MESSAGES: Partial<Record<string, ProblemText>> = {
  InvalidSymbol: { nb: 'ugyldig tegn', nn: 'ugyldig teikn', en: 'invalid character' },
  CommaExpected: { nb: 'komma mangler', nn: 'komma manglar', en: 'a comma is missing' },
  ColonExpected: { nb: 'kolon mangler', nn: 'kolon manglar', en: 'a colon is missing' },
  PropertyNameExpected: {
    nb: 'feltnavn i anførselstegn forventet',
    nn: 'feltnamn i hermeteikn var venta',
    en: 'a quoted field name was expected',
  },
  ValueExpected: { nb: 'en verdi mangler', nn: 'ein verdi manglar', en: 'a value is missing' },
  CloseBraceExpected: { nb: '«}» mangler', nn: '«}» manglar', en: '«}» is missing' },
  CloseBracketExpected: { nb: '«]» mangler', nn: '«]» manglar', en: '«]» is missing' },
  EndOfFileExpected: {
    nb: 'tekst etter slutten av dokumentet',
    nn: 'tekst etter slutten av dokumentet',
    en: 'text after the end of the document',
  },
  UnexpectedEndOfString: {
    nb: 'tekst uten avsluttende anførselstegn',
    nn: 'tekst utan avsluttande hermeteikn',
    en: 'a string has no closing quote',
  },
  InvalidCommentToken: {
    nb: 'kommentarer er ikke tillatt i JSON',
    nn: 'kommentarar er ikkje tillatne i JSON',
    en: 'comments are not allowed in JSON',
  },
};

/** Parses case JSON text; syntax errors are reported with line and column. */
export function parseCaseText(
  text: string,
  lang: Language,
): { value: unknown; problems: Problem[] } {
  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
  });
  const problems = errors.map((error) => {
    const code = printParseErrorCode(error.error);
    const words = SYNTAX_MESSAGES[code] ?? {
      nb: `syntaksfeil (${code})`,
      nn: `syntaksfeil (${code})`,
      en: `syntax error (${code})`,
    };
    return problem(
      'error',
      'case.json-syntax',
      lineColumn(text, error.offset),
      {
        nb: `ugyldig JSON: ${words.nb}`,
        nn: `ugyldig JSON: ${words.nn}`,
        en: `invalid JSON: ${words.en}`,
      },
      lang,
    );
  });
  return { value, problems };
}

// What a value of the wrong kind should have been, in plain words rather than type names.
const EXPECTED_WORDS: Partial<Record<string, LocalizedText>> = {
  number: { nb: 'må være et tall', nn: 'må vere eit tal', en: 'must be a number' },
  int: { nb: 'må være et helt tall', nn: 'må vere eit heilt tal', en: 'must be a whole number' },
  string: { nb: 'må være tekst', nn: 'må vere tekst', en: 'must be text' },
  boolean: { nb: 'må være ja eller nei', nn: 'må vere ja eller nei', en: 'must be yes or no' },
  array: { nb: 'må være en liste', nn: 'må vere ei liste', en: 'must be a list' },
  object: { nb: 'må fylles ut', nn: 'må fyllast ut', en: 'must be filled in' },
};

function describeIssue(issue: z.core.$ZodIssue, raw: unknown, lang: Language): string {
  const own = message(issue.message, lang);
  if (own) return own;
  switch (issue.code) {
    case 'invalid_type': {
      const missing = valueAt(raw, issue.path) === undefined;
      if (missing) return lang === 'en' ? 'is required' : lang === 'nn' ? 'manglar' : 'mangler';
      const kind = EXPECTED_WORDS[issue.expected];
      if (kind) return localize(kind, lang);
      return localize(
        {
          nb: `må være av typen ${issue.expected}`,
          nn: `må vere av typen ${issue.expected}`,
          en: `must be of type ${issue.expected}`,
        },
        lang,
      );
    }
    case 'unrecognized_keys':
      return localize(
        {
          nb: `ukjent felt: ${issue.keys.join(', ')} (sjekk stavemåten)`,
          nn: `ukjent felt: ${issue.keys.join(', ')} (sjekk stavemåten)`,
          en: `unknown field(s): ${issue.keys.join(', ')} (check the spelling)`,
        },
        lang,
      );
    case 'invalid_value': {
      const values = issue.values.map(String).join(', ');
      return localize(
        {
          nb: `må være en av: ${values}`,
          nn: `må vere ein av: ${values}`,
          en: `must be one of: ${values}`,
        },
        lang,
      );
    }
    case 'too_small': {
      const least = String(issue.minimum);
      return localize(
        {
          nb: `er for liten (minst ${least})`,
          nn: `er for liten (minst ${least})`,
          en: `is too small (minimum ${least})`,
        },
        lang,
      );
    }
    case 'too_big': {
      const most = String(issue.maximum);
      return localize(
        {
          nb: `er for stor (høyst ${most})`,
          nn: `er for stor (høgst ${most})`,
          en: `is too large (maximum ${most})`,
        },
        lang,
      );
    }
    default:
      return issue.message;
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** What GDPR art. 28(3) requires the agreement to set out, as fields of the case. */
const DPA_ELEMENTS: { field: keyof Dpa; nb: string; nn: string; en: string }[] = [
  {
    field: 'subjectMatter',
    nb: 'behandlingens gjenstand',
    nn: 'kva behandlinga gjeld',
    en: 'the subject matter of the processing',
  },
  {
    field: 'duration',
    nb: 'behandlingens varighet',
    nn: 'kor lenge behandlinga varer',
    en: 'the duration of the processing',
  },
  {
    field: 'nature',
    nb: 'behandlingens art',
    nn: 'korleis data blir behandla',
    en: 'the nature of the processing',
  },
  {
    field: 'purpose',
    nb: 'formålet med behandlingen',
    nn: 'føremålet med behandlinga',
    en: 'the purpose of the processing',
  },
  {
    field: 'dataTypes',
    nb: 'typene personopplysninger',
    nn: 'typane personopplysningar',
    en: 'the types of personal data',
  },
  {
    field: 'dataSubjects',
    nb: 'kategoriene av registrerte',
    nn: 'kategoriane av registrerte',
    en: 'the categories of data subjects',
  },
];

/** Each art. 28(3) element the data processing agreement leaves empty, as a warning. */
function missingDpaElements(dpa: Dpa, lang: Language): Problem[] {
  return DPA_ELEMENTS.filter(({ field }) => {
    const value = dpa[field];
    return value === null || (Array.isArray(value) && value.length === 0);
  }).map((element) =>
    problem(
      'warning',
      'case.dpa-element-missing',
      `dpa.${element.field}`,
      {
        nb: `databehandleravtalen sier ikke noe om ${element.nb} (GDPR art. 28 nr. 3)`,
        nn: `databehandlaravtalen seier ikkje noko om ${element.nn} (GDPR art. 28 nr. 3)`,
        en: `the data processing agreement does not state ${element.en} (GDPR Art. 28(3))`,
      },
      lang,
    ),
  );
}

function crossChecks(c: Case, catalog: CaseCatalog, lang: Language): Problem[] {
  const problems: Problem[] = [];
  const name = catalog.agreementName(c.agreement);
  if (name === null) {
    problems.push(
      problem(
        'error',
        'case.agreement-missing',
        'agreement',
        {
          nb: `malene for «${c.agreement}» er ikke installert`,
          nn: `malane for «${c.agreement}» er ikkje installerte`,
          en: `the templates for «${c.agreement}» are not installed`,
        },
        lang,
      ),
    );
  }
  const specs = new Map(catalog.appendices(c.agreement).map((spec) => [String(spec.number), spec]));
  for (const key of Object.keys(c.appendices)) {
    if (!specs.has(key) && name !== null) {
      const known = [...specs.keys()].join(', ');
      problems.push(
        problem(
          'error',
          'case.appendix-unknown',
          `appendices.${key}`,
          {
            nb: `${name} har ikke bilag ${key} (bilagene er ${known})`,
            nn: `${name} har ikkje vedlegg ${key} (vedlegga er ${known})`,
            en: `${name} has no appendix ${key} (its appendices are ${known})`,
          },
          lang,
        ),
      );
    }
  }
  const seen = new Set<string>();
  c.requirements.forEach((choice, i) => {
    if (seen.has(choice.id)) {
      problems.push(
        problem(
          'error',
          'case.requirement-duplicate',
          `requirements[${i}].id`,
          {
            nb: `kravet ${choice.id} er valgt to ganger`,
            nn: `kravet ${choice.id} er valt to gonger`,
            en: `requirement ${choice.id} is chosen twice`,
          },
          lang,
        ),
      );
    } else if (!catalog.requirementIds.has(choice.id)) {
      problems.push(
        problem(
          'error',
          'case.requirement-unknown',
          `requirements[${i}].id`,
          {
            nb: `kravet ${choice.id} finnes ikke i kravbanken`,
            nn: `kravet ${choice.id} finst ikkje i kravbanken`,
            en: `requirement ${choice.id} is not in the requirement bank`,
          },
          lang,
        ),
      );
    }
    seen.add(choice.id);
  });
  const chosen = c.requirements.map((r) => r.id).filter((id) => catalog.requirementIds.has(id));
  if (chosen.length > 0) {
    const gaps = catalog.nis2Gaps(chosen, 'nis2').map((a) => `art. ${a}`);
    const sections = catalog.nis2Gaps(chosen, 'nis2ir');
    if (gaps.length > 0)
      problems.push(
        problem(
          'warning',
          'case.nis2-gap',
          'requirements',
          {
            nb: `de valgte kravene dekker ikke NIS2 ${gaps.join(', ')}; se «skyavtale coverage»`,
            nn: `dei valde krava dekkjer ikkje NIS2 ${gaps.join(', ')}; sjå «skyavtale coverage»`,
            en: `the chosen requirements do not cover NIS2 ${gaps.join(', ')}; see «skyavtale coverage»`,
          },
          lang,
        ),
      );
    if (sections.length > 0)
      problems.push(
        problem(
          'warning',
          'case.nis2ir-gap',
          'requirements',
          {
            nb: `de valgte kravene dekker ikke avsnitt ${sections.join(', ')} i vedlegget til NIS2-gjennomføringsforordningen`,
            nn: `dei valde krava dekkjer ikkje avsnitt ${sections.join(', ')} i vedlegget til NIS2-gjennomføringsforordninga`,
            en: `the chosen requirements do not cover sections ${sections.join(', ')} of the annex to the NIS2 implementing regulation`,
          },
          lang,
        ),
      );
  }
  const clauses = catalog.clauseIds(c.agreement);
  c.edits.forEach((edit, i) => {
    if (!clauses.has(edit.clause)) {
      problems.push(
        problem(
          'error',
          'case.edit-unknown-clause',
          `edits[${i}].clause`,
          {
            nb: `punktet «${edit.clause}» finnes ikke i den generelle avtaleteksten`,
            nn: `punktet «${edit.clause}» finst ikkje i den generelle avtaleteksten`,
            en: `clause «${edit.clause}» does not exist in the general terms`,
          },
          lang,
        ),
      );
    }
    if (edit.action !== 'delete' && !edit.text) {
      problems.push(
        problem(
          'error',
          'case.edit-text-missing',
          `edits[${i}].text`,
          {
            nb: 'endringen må ha ny tekst',
            nn: 'endringa må ha ny tekst',
            en: 'the change needs its new wording',
          },
          lang,
        ),
      );
    }
  });
  if (c.profile) {
    const advice = recommendAgreement({ ...c.profile, personalData: c.service.personalData });
    if (advice.agreement !== c.agreement) {
      const recommended = AGREEMENT_NAMES[advice.agreement];
      const reasons = advice.reasons.map((r) => localize(r, lang)).join(' ');
      problems.push(
        problem(
          'warning',
          'case.agreement-fit',
          'agreement',
          {
            nb: `avtalen passer dårlig for dette kjøpet; ${recommended} anbefales. ${reasons}`,
            nn: `avtalen passar dårleg for dette kjøpet; ${recommended} blir tilrådd. ${reasons}`,
            en: `the agreement fits this purchase badly; ${recommended} is recommended. ${reasons}`,
          },
          lang,
        ),
      );
    }
  }
  if (c.service.personalData && !c.dpa) {
    problems.push(
      problem(
        'warning',
        'case.dpa-missing',
        'dpa',
        {
          nb: 'tjenesten behandler personopplysninger, men saken har ingen databehandleravtale (GDPR art. 28)',
          nn: 'tenesta behandlar personopplysningar, men saka har inga databehandlaravtale (GDPR art. 28)',
          en: 'the service processes personal data, but the case has no data processing agreement (GDPR art. 28)',
        },
        lang,
      ),
    );
  }
  if (c.dpa) problems.push(...missingDpaElements(c.dpa, lang));
  problems.push(...legalChecks(c, lang));
  return problems;
}

/** Checks a case (parsed from JSON, of any format) against the schema and the domain rules. */
export function validateCase(input: unknown, catalog: CaseCatalog, lang: Language): CaseValidation {
  const raw = upgradeCase(input);
  const newer = newerFormat(raw);
  if (newer !== null) {
    return {
      case: null,
      problems: [problem('error', 'case.too-new', 'schemaVersion', newerFormatText(newer), lang)],
    };
  }
  const cleaned = cleanUserText(raw, lang);
  if (cleaned.problems.some((p) => p.severity === 'error'))
    return { case: null, problems: cleaned.problems };
  const parsed = CaseSchema.safeParse(cleaned.value);
  if (!parsed.success) {
    return {
      case: null,
      problems: parsed.error.issues.map((issue) => ({
        severity: 'error',
        code: `case.${issue.code}`,
        path: jsonPath(issue.path),
        message: describeIssue(issue, raw, lang),
      })),
    };
  }
  const specs = catalog.appendices(parsed.data.agreement);
  const problems = [
    ...cleaned.problems,
    ...appendixTextProblems(parsed.data.appendices, lang),
    ...crossChecks(parsed.data, catalog, lang),
    ...setChecks(parsed.data, specs, lang),
  ];
  const valid = !problems.some((p) => p.severity === 'error');
  return { case: valid ? withContentTicks(parsed.data, specs) : null, problems };
}
