import type { Case } from '../case/case-schema';
import { absoluteByDefault } from './baseline';
import { compareRequirementIds, type Requirement, type RequirementBank } from './bank-schema';

export interface ChosenRequirement {
  requirement: Requirement;
  /** Absolute ("shall"): an offer that does not meet it is rejected. */
  absolute: boolean;
  /** Weight of an evaluated requirement, 1 unless the case sets it. */
  weight: number | null;
}

/** The case's requirements with the defaults of its cloud model's baseline filled in, in bank order. */
export function chosenRequirements(c: Case, bank: RequirementBank): ChosenRequirement[] {
  return c.requirements
    .flatMap((choice) => {
      const requirement = bank.byId.get(choice.id);
      if (!requirement) return [];
      const absolute = choice.absolute ?? absoluteByDefault(requirement, c.service.cloudModel);
      return [{ requirement, absolute, weight: absolute ? null : (choice.weight ?? 1) }];
    })
    .sort((a, b) => compareRequirementIds(a.requirement.id, b.requirement.id));
}
