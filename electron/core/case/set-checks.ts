import type { AppendixSpec, ContentKind } from '../assembly/template-set';
import { appendixReason } from '../contract-set/contract-set';
import type { Case, Language } from './case-schema';
import { problem, type Problem } from './problems';

/** The field of the case that holds each kind of content, for messages. */
const CONTENT_FIELD: Record<Exclude<ContentKind, 'text'>, string> = {
  sla: 'sla',
  prices: 'prices',
  edits: 'edits',
  exit: 'exit',
  dpa: 'dpa',
  security: 'requirements',
};

function heldFields(spec: AppendixSpec, c: Case): string[] {
  return spec.content.flatMap((kind) => {
    if (kind === 'text') return [];
    const field = CONTENT_FIELD[kind];
    const value = c[field as keyof Case];
    const present = Array.isArray(value) ? value.length > 0 : value !== null;
    return present ? [field] : [];
  });
}

/**
 * Checks that the front page and the content agree, appendix by appendix: content the case
 * holds ticks its appendix (a warning when the box said «no»), text in an appendix marked «no»
 * is not printed, an empty appendix is «no», and a clause that relies on an appendix marked «no»
 * is pointed out. None of these stops a document: each is a choice a lawyer may make knowingly.
 */
export function setChecks(c: Case, specs: AppendixSpec[], lang: Language): Problem[] {
  const problems: Problem[] = [];
  for (const spec of specs) {
    const key = String(spec.number);
    const box = c.appendices[key];
    const reason = appendixReason(spec, c);
    if (reason === 'content' && box?.included === false) {
      const fields = heldFields(spec, c).join(', ');
      problems.push(
        problem(
          'warning',
          'case.appendix-ticked-by-content',
          `appendices.${key}.included`,
          {
            nb: `bilag ${key} er merket «Nei», men saken har innhold som står i det (${fields}); bilaget merkes «Ja», ellers ville et dokument i avtalen mangle på forsiden`,
            nn: `vedlegg ${key} er merkt «Nei», men saka har innhald som står i det (${fields}); vedlegget blir merkt «Ja», elles ville eit dokument i avtalen mangle på framsida`,
            en: `appendix ${key} is marked «No», but the case has content it holds (${fields}); it is marked «Yes», or a document of the agreement would be missing from the front page`,
          },
          lang,
        ),
      );
    } else if (reason === 'not-ticked') {
      problems.push(
        problem(
          'warning',
          'case.appendix-text-not-ticked',
          `appendices.${key}.text`,
          {
            nb: `bilag ${key} har tekst, men er merket «Nei»; teksten kommer ikke med i avtalen`,
            nn: `vedlegg ${key} har tekst, men er merkt «Nei»; teksten kjem ikkje med i avtalen`,
            en: `appendix ${key} has text but is marked «No»; the text is not part of the agreement`,
          },
          lang,
        ),
      );
    } else if (reason === 'empty' && box?.included) {
      problems.push(
        problem(
          'warning',
          'case.appendix-empty',
          `appendices.${key}`,
          {
            nb: `bilag ${key} er krysset av, men har ikke innhold; det merkes «Nei» og utelates`,
            nn: `vedlegg ${key} er kryssa av, men har ikkje innhald; det blir merka «Nei» og utelate`,
            en: `appendix ${key} is ticked but has no content; it is marked «No» and left out`,
          },
          lang,
        ),
      );
    }
    if ((reason === 'empty' || reason === 'not-ticked') && spec.citedBy.length > 0) {
      const clauses = spec.citedBy.map((id) => `«${id}»`).join(', ');
      problems.push(
        problem(
          'warning',
          'case.appendix-cited-not-ticked',
          `appendices.${key}`,
          {
            nb: `den generelle avtaleteksten bygger på bilag ${key} (punkt ${clauses}), men bilaget er merket «Nei»`,
            nn: `den generelle avtaleteksten byggjer på vedlegg ${key} (punkt ${clauses}), men vedlegget er merkt «Nei»`,
            en: `the general terms rely on appendix ${key} (clauses ${clauses}), but it is marked «No»`,
          },
          lang,
        ),
      );
    }
  }
  return problems;
}

/** The case with every appendix ticked as the contract set has it: ticks follow content. */
export function withContentTicks(c: Case, specs: AppendixSpec[]): Case {
  const appendices = { ...c.appendices };
  for (const spec of specs) {
    const key = String(spec.number);
    const reason = appendixReason(spec, c);
    const included = reason === 'content' || reason === 'ticked';
    const box = appendices[key];
    if (box || included) appendices[key] = { text: box?.text ?? null, included };
  }
  return { ...c, appendices };
}
