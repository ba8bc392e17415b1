import type { Case } from '../case/case-schema';
import { absoluteByDefault } from './baseline';
import type { Requirement, RequirementBank } from './bank-schema';

export interface ChosenRequirement {
  requirement: Requirement;
  /** Absolute ("shall"): an offer that does not meet it is rejected. */
  absolute: boolean;
  /** Weight of an evaluated requirement, 1 unless the case sets it. */
  weight: number | null;
}

/**
 * The case's requirements with the defaults of its cloud model's baseline filled in, in bank
 * order: the bank's list is kept sorted, so the choices are looked up along it rather than sorted
 * again each time a document lists them.
 */
export function chosenRequirements(c: Case, bank: RequirementBank): ChosenRequirement[] {
  const choices = new Map<string, Case['requirements'][number]>();
  for (const choice of c.requirements) if (!choices.has(choice.id)) choices.set(choice.id, choice);
  return bank.requirements.flatMap((requirement) => {
    const choice = choices.get(requirement.id);
    if (!choice) return [];
    const absolute = choice.absolute ?? absoluteByDefault(requirement, c.service.cloudModel);
    return [{ requirement, absolute, weight: absolute ? null : (choice.weight ?? 1) }];
  });
}
