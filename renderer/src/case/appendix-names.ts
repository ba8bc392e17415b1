import type { AgreementKind } from '../../../electron/core/case/case-schema';

type Names = Record<string, { nb: string; en: string }>;

// The appendix titles of templates/agreements/*/{nb,en}; the renderer cannot read the templates.
const SSA_L: Names = {
  '1': { nb: 'Kundens kravspesifikasjon', en: "The Customer's requirement specification" },
  '2': {
    nb: 'Leverandørens beskrivelse av tjenesten',
    en: "The Supplier's description of the service",
  },
  '3': { nb: 'Plan for etableringsfasen', en: 'Plan for the establishment phase' },
  '4': {
    nb: 'Tjenestenivå med standardiserte kompensasjoner',
    en: 'Service level with standardised compensations',
  },
  '5': { nb: 'Administrative bestemmelser', en: 'Administrative provisions' },
  '6': { nb: 'Samlet pris og prisbestemmelser', en: 'Total price and price provisions' },
  '7': {
    nb: 'Endringer i den generelle avtaleteksten',
    en: 'Changes to the general agreement text',
  },
  '8': {
    nb: 'Endringer av avtalen etter avtaleinngåelsen',
    en: 'Changes to the agreement after signing',
  },
  '9': {
    nb: 'Vilkår for Kundens tilgang til og bruk av tredjepartsleveranser',
    en: "Terms for the Customer's access to and use of third-party deliveries",
  },
};

const SSA_SKY: Names = {
  '1': { nb: 'Kundens kravspesifikasjon', en: "The Customer's requirement specification" },
  '2': { nb: 'Leverandørens løsningsbeskrivelse', en: "The Supplier's solution description" },
  '3': { nb: 'Skytjenesteleverandørens standardvilkår', en: "The cloud provider's standard terms" },
  '4': { nb: 'Plan for etableringen', en: 'Establishment plan' },
  '5': { nb: 'Tjenestenivå for forvaltning', en: 'Service levels for management' },
  '6': { nb: 'Administrative bestemmelser', en: 'Administrative provisions' },
  '7': { nb: 'Samlet pris og prisbestemmelser', en: 'Total price and price provisions' },
  '8': {
    nb: 'Endringer i den generelle avtaleteksten',
    en: 'Changes to the general agreement text',
  },
  '9': {
    nb: 'Endringer av avtalen etter avtaleinngåelsen',
    en: 'Changes to the agreement after signing',
  },
  '10': { nb: 'Databehandleravtale', en: 'Data processing agreement' },
  '11': { nb: 'Informasjonssikkerhet', en: 'Information security' },
  '12': { nb: 'Exit og avslutning', en: 'Exit and termination' },
};

const SSA_LILLE_SKY: Names = {
  '1': { nb: 'Kundens beskrivelse av behovet', en: "The Customer's description of its needs" },
  '2': {
    nb: 'Leverandørens beskrivelse av tjenesten/lisensen',
    en: "The Supplier's description of the service/licence",
  },
  '3': { nb: 'Leverandørens standardvilkår', en: "The Supplier's standard terms" },
  '4': { nb: 'Tjenestenivå', en: 'Service levels' },
  '5': { nb: 'Samlet pris og prisbestemmelser', en: 'Total price and price provisions' },
  '6': {
    nb: 'Endringer i den generelle avtaleteksten',
    en: 'Changes to the general agreement text',
  },
};

const BY_AGREEMENT: Record<AgreementKind, Names> = {
  'ssa-l': SSA_L,
  'ssa-sky': SSA_SKY,
  'ssa-lille-sky': SSA_LILLE_SKY,
};

/** The appendix numbers of an agreement, in order ("1".."12"). */
export function appendixNumbers(agreement: AgreementKind): string[] {
  return Object.keys(BY_AGREEMENT[agreement]).sort((a, b) => Number(a) - Number(b));
}

export function appendixName(agreement: AgreementKind, key: string, lang: 'nb' | 'en'): string {
  const name = BY_AGREEMENT[agreement][key];
  return name ? name[lang] : '';
}

/** The appendix that holds the changes to the general text (appendix 7 in SSA-L). */
export function editsAppendix(agreement: AgreementKind): string {
  return { 'ssa-l': '7', 'ssa-sky': '8', 'ssa-lille-sky': '6' }[agreement];
}

export type GeneratedContent = 'sla' | 'prices' | 'edits' | 'exit' | 'dpa' | 'security';

// What the templates fill in from other parts of the case (agreement.yaml `content`).
const GENERATED: Record<AgreementKind, Record<string, GeneratedContent>> = {
  'ssa-l': { '1': 'security', '2': 'security', '4': 'sla', '6': 'prices', '7': 'edits' },
  'ssa-sky': {
    '5': 'sla',
    '7': 'prices',
    '8': 'edits',
    '10': 'dpa',
    '11': 'security',
    '12': 'exit',
  },
  'ssa-lille-sky': { '1': 'security', '2': 'security', '4': 'sla', '5': 'prices', '6': 'edits' },
};

/** The part of the case an appendix is also made from, besides its own text. */
export function generatedContent(agreement: AgreementKind, key: string): GeneratedContent | null {
  return GENERATED[agreement][key] ?? null;
}

/**
 * The appendices an agreement fills from a part of the case (SLA → appendix 4 in SSA-L; the
 * security requirements → appendices 1 and 2, the answers being the supplier's).
 */
export function appendicesFor(agreement: AgreementKind, content: GeneratedContent): string[] {
  return Object.entries(GENERATED[agreement])
    .filter(([, c]) => c === content)
    .map(([key]) => key);
}

/** Ticks the appendices that show a part the user just turned on; a lone part would be left out. */
export function tickAppendixFor(
  c: {
    agreement: AgreementKind;
    appendices?: Record<string, { included: boolean; text?: string | null }>;
  },
  content: GeneratedContent,
): void {
  const keys = appendicesFor(c.agreement, content);
  if (keys.length === 0) return;
  const appendices = { ...(c.appendices ?? {}) };
  for (const key of keys)
    appendices[key] = { text: null, ...(appendices[key] ?? {}), included: true };
  c.appendices = appendices;
}
