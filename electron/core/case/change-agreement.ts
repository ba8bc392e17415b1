import type { ContentKind } from '../assembly/template-set';
import type { LocalizedText } from '../errors';
import { AGREEMENT_NAMES, type AgreementKind, type CaseInput } from './case-schema';
import type { CaseCatalog } from './validate-case';

/** What an appendix is for, the same in every agreement that has it. */
type AppendixRole =
  | 'requirements'
  | 'solution'
  | 'establishment'
  | 'service-level'
  | 'administrative'
  | 'prices'
  | 'text-changes'
  | 'later-changes'
  | 'third-party-terms'
  | 'standard-terms'
  | 'data-processing'
  | 'security'
  | 'exit';

// The appendices of the three agreements side by side (templates/agreements/*/nb/appendix-*.md).
// SSA-L's bilag 9 governs third-party deliveries the customer uses; the standard terms of SSA-Sky
// (the cloud provider's) and SSA-Lille sky (the supplier's) are the terms the service comes on.
const ROLES: Record<AgreementKind, Record<string, AppendixRole>> = {
  'ssa-l': {
    '1': 'requirements',
    '2': 'solution',
    '3': 'establishment',
    '4': 'service-level',
    '5': 'administrative',
    '6': 'prices',
    '7': 'text-changes',
    '8': 'later-changes',
    '9': 'third-party-terms',
  },
  'ssa-sky': {
    '1': 'requirements',
    '2': 'solution',
    '3': 'standard-terms',
    '4': 'establishment',
    '5': 'service-level',
    '6': 'administrative',
    '7': 'prices',
    '8': 'text-changes',
    '9': 'later-changes',
    '10': 'data-processing',
    '11': 'security',
    '12': 'exit',
  },
  'ssa-lille-sky': {
    '1': 'requirements',
    '2': 'solution',
    '3': 'standard-terms',
    '4': 'service-level',
    '5': 'prices',
    '6': 'text-changes',
  },
};

/** A part of the case that the other agreement has no place for, and why. */
export interface LeftOut {
  /** The JSON path in the case as it was. */
  path: string;
  reason: LocalizedText;
}

export interface ChangedAgreement {
  caseInput: CaseInput;
  /** What could not be carried over; empty when everything fits. */
  leftOut: LeftOut[];
}

type Appendices = NonNullable<CaseInput['appendices']>;

const hasText = (box: Appendices[string] | undefined) => Boolean(box?.text?.trim());

// The part of the case each kind of appendix content is made from.
function holdsData(kind: ContentKind, c: CaseInput): boolean {
  switch (kind) {
    case 'text':
      return false;
    case 'security':
      return (c.requirements ?? []).length > 0;
    case 'edits':
      return (c.edits ?? []).length > 0;
    default:
      return c[kind] !== null && c[kind] !== undefined;
  }
}

/**
 * The case as the other agreement: answers about the parties, the service, the dates, the SLA,
 * prices, requirements and the DPA are the same in all three; appendices move to the appendix
 * with the same purpose; what has no place (an appendix the other agreement lacks, an exit plan
 * outside SSA-Sky, a change to a clause the other general text does not have) is left out and
 * listed with its reason. The case given is not changed.
 */
export function changeAgreement(
  c: CaseInput,
  target: AgreementKind,
  catalog: Pick<CaseCatalog, 'appendices' | 'clauseIds'>,
): ChangedAgreement {
  const source = c.agreement;
  const name = AGREEMENT_NAMES[target];
  const next: CaseInput = { ...structuredClone(c), agreement: target };
  if (source === target) return { caseInput: next, leftOut: [] };
  const leftOut: LeftOut[] = [];

  const targetByRole = new Map(
    Object.entries(ROLES[target]).map(([key, role]) => [role, key] as const),
  );
  const appendices: Appendices = {};
  for (const spec of catalog.appendices(target)) {
    // Content the case holds ticks its appendix, as the set checks would.
    const ticked = spec.content.some((kind) => holdsData(kind, next));
    appendices[String(spec.number)] = { included: ticked, text: null };
  }
  for (const [key, box] of Object.entries(c.appendices ?? {})) {
    const role = ROLES[source][key];
    const to = role ? targetByRole.get(role) : undefined;
    const slot = to === undefined ? undefined : appendices[to];
    if (slot && to !== undefined) {
      appendices[to] = { included: slot.included || box.included, text: box.text ?? null };
    } else if (hasText(box)) {
      // A tick alone carries nothing: an appendix without content is marked «no» anyway.
      leftOut.push({
        path: `appendices.${key}.text`,
        reason: {
          nb: `${name} har ikke et bilag som svarer til bilag ${key}; teksten føres ikke over.`,
          nn: `${name} har ikkje eit vedlegg som svarar til vedlegg ${key}; teksten blir ikkje førd over.`,
          en: `${name} has no appendix matching appendix ${key}; its text is not carried over.`,
        },
      });
    }
  }
  next.appendices = appendices;

  if (next.exit && !targetByRole.has('exit')) {
    leftOut.push({
      path: 'exit',
      reason: {
        nb: `${name} har ikke et exitbilag; exitplanen føres ikke over.`,
        nn: `${name} har ikkje eit exitvedlegg; exitplanen blir ikkje førd over.`,
        en: `${name} has no exit appendix; the exit plan is not carried over.`,
      },
    });
    next.exit = null;
  }

  const clauses = catalog.clauseIds(target);
  const edits = c.edits ?? [];
  next.edits = edits.filter((edit, i) => {
    if (clauses.has(edit.clause)) return true;
    leftOut.push({
      path: `edits[${i}]`,
      reason: {
        nb: `Den generelle avtaleteksten i ${name} har ikke punktet «${edit.clause}»; endringen føres ikke over.`,
        nn: `Den generelle avtaleteksten i ${name} har ikkje punktet «${edit.clause}»; endringa blir ikkje førd over.`,
        en: `The general terms of ${name} have no clause «${edit.clause}»; the change is not carried over.`,
      },
    });
    return false;
  });
  return { caseInput: next, leftOut };
}
