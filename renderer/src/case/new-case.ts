import {
  CURRENT_SCHEMA_VERSION,
  type AgreementKind,
  type CaseInput,
} from '../../../electron/core/case/case-schema';
import { upgradeCase } from '../../../electron/core/case/case-upgrade';
import {
  tickAppendixFor,
  type AppendixOutline,
} from '../../../electron/core/contract-set/appendix-outline';

export interface Profile {
  standardService: boolean;
  implementation: 'none' | 'limited' | 'significant';
  platformUse: boolean;
  licencesOnly: boolean;
}

const emptyParty = (name: string) => ({
  name,
  orgNumber: '',
  address: null,
  representative: null,
  signatories: [{ name: '', title: null }],
});

/**
 * A sensible starting case: the chosen agreement, empty parties, every appendix ticked «no»
 * but the one holding the data processing agreement a case with personal data starts with.
 */
export function startingCase(args: {
  /** Every agreement's appendices, as the templates give them. */
  outline: AppendixOutline;
  agreement: AgreementKind;
  profile: Profile;
  personalData: boolean;
  title: string;
  reference: string | null;
  customerName: string;
}): CaseInput {
  const c: CaseInput = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    title: args.title,
    reference: args.reference,
    agreement: args.agreement,
    profile: args.profile,
    language: 'nb',
    customer: emptyParty(args.customerName),
    supplier: emptyParty(''),
    service: {
      name: '',
      description: '',
      cloudModel: args.profile.platformUse ? 'paas' : 'saas',
      personalData: args.personalData,
      dataLocation: null,
    },
    dates: {
      signed: null,
      start: null,
      deliveryDeadline: null,
      durationMonths: null,
      extension: null,
    },
    appendices: Object.fromEntries(
      args.outline[args.agreement].appendices.map(({ key }) => [
        key,
        { included: false, text: null },
      ]),
    ),
    sla: null,
    prices: null,
    requirements: [],
    coverageAppendix: false,
    // Personal data needs a data processing agreement; start one so the tab is ready.
    dpa: args.personalData ? { form: 'standard' } : null,
    exit: null,
    edits: [],
  };
  if (c.dpa) tickAppendixFor(args.outline, c, 'dpa');
  return c;
}

/**
 * Reads a stored case text, in the current format (the stored text is left as it is); null when it
 * is not a case object.
 */
export function parseCaseText(text: string): CaseInput | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && 'schemaVersion' in value) {
      return upgradeCase(value) as CaseInput;
    }
  } catch {
    // Not JSON: the caller reports it.
  }
  return null;
}
