import type { CloudModel } from '../case/case-schema';
import type { Requirement, RequirementBank } from './bank-schema';

/** The requirements a tender for this cloud model starts with. */
export function baselineRequirements(bank: RequirementBank, model: CloudModel): Requirement[] {
  return bank.requirements.filter((r) => r.baseline[model] !== undefined);
}

/**
 * Whether a requirement is absolute unless the case says otherwise: only where the cloud model's
 * baseline makes it so, since every absolute requirement can reject an otherwise good tender.
 */
export function absoluteByDefault(
  requirement: Pick<Requirement, 'baseline'>,
  model: CloudModel,
): boolean {
  return requirement.baseline[model] === 'absolute';
}
