import type { Case, Language } from './case-schema';
import { problem, type Problem } from './problems';
import { localize } from '../errors';
import { formatDate } from '../i18n/format';
import { isValidOrgNumber, normalizeOrgNumber } from '../rules/orgnr';
import { checkTransfer, thirdCountries } from '../rules/transfers';

// The rules a lawyer checks in a case before it reaches a document: transfers to third
// countries, the parties' identities, the order of the dates and the service-level figures.

function transferChecks(c: Case, lang: Language): Problem[] {
  return (c.dpa?.subprocessors ?? []).flatMap((sub, i) => {
    const path = `dpa.subprocessors[${i}].transferBasis`;
    const countries = thirdCountries(sub.country, sub.processingCountries);
    return checkTransfer(countries, sub.transferBasis).map((finding) => {
      const where =
        finding.country === sub.country
          ? { nb: `i ${sub.country}`, nn: `i ${sub.country}`, en: `in ${sub.country}` }
          : {
              nb: `med behandling eller tilgang fra ${finding.country}`,
              nn: `med behandling eller tilgang frå ${finding.country}`,
              en: `processing or accessing data from ${finding.country}`,
            };
      switch (finding.problem) {
        case 'no-basis':
          return problem(
            'error',
            'case.transfer-no-basis',
            path,
            {
              nb: `underdatabehandleren «${sub.name}» ${where.nb} fører data ut av EU/EØS, men saken oppgir ikke noe overføringsgrunnlag. Angi «adequacy» (EUs beslutning om tilstrekkelig beskyttelsesnivå), «scc» (EUs standardkontraktsklausuler 2021/914 med vurdering av overføringen) eller «bcr» (bindende virksomhetsregler), jf. GDPR kapittel V`,
              nn: `underdatabehandlaren «${sub.name}» ${where.nn} fører data ut av EU/EØS, men saka oppgir ikkje noko overføringsgrunnlag. Oppgi «adequacy» (EU si avgjerd om tilstrekkeleg vernenivå), «scc» (EU sine standardkontraktsklausular 2021/914 med vurdering av overføringa) eller «bcr» (bindande verksemdsreglar), jf. GDPR kapittel V`,
              en: `sub-processor «${sub.name}» ${where.en} takes data out of the EU/EEA, but the case gives no transfer basis. State «adequacy» (an EU adequacy decision), «scc» (the EU standard contractual clauses 2021/914 with a transfer impact assessment) or «bcr» (binding corporate rules), see GDPR chapter V`,
            },
            lang,
          );
        case 'no-adequacy-decision':
          return problem(
            'error',
            'case.transfer-no-adequacy',
            path,
            {
              nb: `EU har ingen beslutning om tilstrekkelig beskyttelsesnivå for ${finding.country}; bruk standardkontraktsklausuler («scc») eller bindende virksomhetsregler («bcr») for «${sub.name}»`,
              nn: `EU har inga avgjerd om tilstrekkeleg vernenivå for ${finding.country}; bruk standardkontraktsklausular («scc») eller bindande verksemdsreglar («bcr») for «${sub.name}»`,
              en: `the EU has no adequacy decision for ${finding.country}; use standard contractual clauses («scc») or binding corporate rules («bcr») for «${sub.name}»`,
            },
            lang,
          );
        case 'limited-scope': {
          const scope = finding.decision.scope ? localize(finding.decision.scope, lang) : '';
          return problem(
            'warning',
            'case.transfer-adequacy-scope',
            path,
            {
              nb: `EUs beslutning ${finding.decision.decision} for ${finding.country} gjelder bare ${scope}; kontroller at «${sub.name}» er omfattet, ellers trengs «scc» eller «bcr»`,
              nn: `EU si avgjerd ${finding.decision.decision} for ${finding.country} gjeld berre ${scope}; kontroller at «${sub.name}» er omfatta, elles trengst «scc» eller «bcr»`,
              en: `the EU decision ${finding.decision.decision} for ${finding.country} covers only ${scope}; check that «${sub.name}» is covered, or use «scc» or «bcr»`,
            },
            lang,
          );
        }
      }
    });
  });
}

function orgNumberChecks(c: Case, lang: Language): Problem[] {
  const problems: Problem[] = [];
  if (c.customer.orgNumber === c.supplier.orgNumber) {
    problems.push(
      problem(
        'error',
        'case.parties-same-orgnr',
        'supplier.orgNumber',
        {
          nb: `kunden og leverandøren har samme organisasjonsnummer (${c.supplier.orgNumber}); en avtale trenger to parter`,
          nn: `kunden og leverandøren har same organisasjonsnummer (${c.supplier.orgNumber}); ein avtale treng to partar`,
          en: `the customer and the supplier have the same organisation number (${c.supplier.orgNumber}); an agreement needs two parties`,
        },
        lang,
      ),
    );
  }
  (c.dpa?.subprocessors ?? []).forEach((sub, i) => {
    if (sub.country !== 'NO' || !sub.orgNumber) return;
    const digits = normalizeOrgNumber(sub.orgNumber);
    if (isValidOrgNumber(digits)) return;
    const format = /^\d{9}$/.test(digits);
    problems.push(
      problem(
        'error',
        format ? 'case.orgnr-checksum' : 'case.orgnr-format',
        `dpa.subprocessors[${i}].orgNumber`,
        format
          ? {
              nb: `organisasjonsnummeret til «${sub.name}» er ugyldig: kontrollsifferet stemmer ikke (modulus 11)`,
              nn: `organisasjonsnummeret til «${sub.name}» er ugyldig: kontrollsifferet stemmer ikkje (modulus 11)`,
              en: `the organisation number of «${sub.name}» is invalid: its check digit is wrong (modulus 11)`,
            }
          : {
              nb: `«${sub.name}» er norsk, så organisasjonsnummeret må ha ni siffer`,
              nn: `«${sub.name}» er norsk, så organisasjonsnummeret må ha ni siffer`,
              en: `«${sub.name}» is Norwegian, so its organisation number must have nine digits`,
            },
        lang,
      ),
    );
  });
  return problems;
}

/** The first day after a term of `months` starting on `start` (ISO dates, calendar months). */
function endOfTerm(start: string, months: number): string {
  const [year, month, day] = start.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(year, month - 1 + months, day));
  return end.toISOString().slice(0, 10);
}

function dateChecks(c: Case, lang: Language): Problem[] {
  const { signed, start, deliveryDeadline, durationMonths } = c.dates;
  const problems: Problem[] = [];
  const d = (iso: string) => formatDate(iso, lang);
  if (signed && start && start < signed) {
    problems.push(
      problem(
        'error',
        'case.date-start-before-signing',
        'dates.start',
        {
          nb: `avtalen kan ikke starte (${d(start)}) før den er signert (${d(signed)})`,
          nn: `avtalen kan ikkje starte (${d(start)}) før han er signert (${d(signed)})`,
          en: `the agreement cannot start (${d(start)}) before it is signed (${d(signed)})`,
        },
        lang,
      ),
    );
  }
  if (signed && deliveryDeadline && deliveryDeadline <= signed) {
    problems.push(
      problem(
        'error',
        'case.date-deadline-before-signing',
        'dates.deliveryDeadline',
        {
          nb: `leveransefristen (${d(deliveryDeadline)}) må ligge etter signeringen (${d(signed)})`,
          nn: `leveransefristen (${d(deliveryDeadline)}) må liggje etter signeringa (${d(signed)})`,
          en: `the delivery deadline (${d(deliveryDeadline)}) must come after signing (${d(signed)})`,
        },
        lang,
      ),
    );
  }
  const end = start && durationMonths ? endOfTerm(start, durationMonths) : null;
  if (end && deliveryDeadline && deliveryDeadline >= end) {
    problems.push(
      problem(
        'error',
        'case.date-deadline-after-end',
        'dates.deliveryDeadline',
        {
          nb: `leveransefristen (${d(deliveryDeadline)}) ligger etter at avtaleperioden er slutt (${d(end)})`,
          nn: `leveransefristen (${d(deliveryDeadline)}) ligg etter at avtaleperioden er slutt (${d(end)})`,
          en: `the delivery deadline (${d(deliveryDeadline)}) falls after the term has ended (${d(end)})`,
        },
        lang,
      ),
    );
  }
  return problems;
}

function slaChecks(c: Case, lang: Language): Problem[] {
  const sla = c.sla;
  if (!sla) return [];
  const problems: Problem[] = [];
  sla.credits.forEach((credit, i) => {
    const previous = i > 0 ? sla.credits[i - 1] : undefined;
    if (
      previous &&
      !(credit.below < previous.below && credit.creditPercent > previous.creditPercent)
    ) {
      problems.push(
        problem(
          'error',
          'case.sla-credit-order',
          `sla.credits[${i}]`,
          {
            nb: `kompensasjonstrinnene må stå med synkende tilgjengelighet og stigende kompensasjon; trinn ${i + 1} (under ${credit.below} %, ${credit.creditPercent} %) følger ikke etter trinn ${i} (under ${previous.below} %, ${previous.creditPercent} %)`,
            nn: `kompensasjonstrinna må stå med søkkande tilgjenge og stigande kompensasjon; trinn ${i + 1} (under ${credit.below} %, ${credit.creditPercent} %) følgjer ikkje etter trinn ${i} (under ${previous.below} %, ${previous.creditPercent} %)`,
            en: `credit steps must go down in availability and up in credit; step ${i + 1} (below ${credit.below}%, ${credit.creditPercent}%) does not follow step ${i} (below ${previous.below}%, ${previous.creditPercent}%)`,
          },
          lang,
        ),
      );
    }
    if (credit.below > sla.availability) {
      problems.push(
        problem(
          'warning',
          'case.sla-credit-above',
          `sla.credits[${i}].below`,
          {
            nb: `kompensasjonsgrensen ${credit.below} % ligger over avtalt tilgjengelighet ${sla.availability} %`,
            nn: `kompensasjonsgrensa ${credit.below} % ligg over avtalt tilgjenge ${sla.availability} %`,
            en: `the credit threshold ${credit.below}% is above the agreed availability ${sla.availability}%`,
          },
          lang,
        ),
      );
    }
    if (sla.creditCapPercent !== null && credit.creditPercent > sla.creditCapPercent) {
      problems.push(
        problem(
          'error',
          'case.sla-credit-over-cap',
          `sla.credits[${i}].creditPercent`,
          {
            nb: `kompensasjonen ${credit.creditPercent} % er høyere enn taket på ${sla.creditCapPercent} % (sla.creditCapPercent)`,
            nn: `kompensasjonen ${credit.creditPercent} % er høgare enn taket på ${sla.creditCapPercent} % (sla.creditCapPercent)`,
            en: `the credit of ${credit.creditPercent}% exceeds the cap of ${sla.creditCapPercent}% (sla.creditCapPercent)`,
          },
          lang,
        ),
      );
    }
  });
  return problems;
}

/** Transfers, org numbers, dates and service levels, each problem located by its field. */
export function legalChecks(c: Case, lang: Language): Problem[] {
  return [
    ...orgNumberChecks(c, lang),
    ...dateChecks(c, lang),
    ...transferChecks(c, lang),
    ...slaChecks(c, lang),
  ];
}
