import { describe, expect, it } from 'vitest';
import { CaseSchema, type CloudModel } from '../../../electron/core/case/case-schema';
import { chosenRequirements } from '../../../electron/core/requirements/chosen';
import { miniBank } from '../../fixtures/bank';
import { loadExample } from '../../fixtures/cases';

describe('the chosen requirements of a case', () => {
  const bank = miniBank();
  const chosen = (cloudModel: CloudModel, requirements: Record<string, unknown>[]) => {
    const input = loadExample();
    const c = CaseSchema.parse({
      ...input,
      service: { ...input.service, cloudModel },
      requirements,
    });
    return chosenRequirements(c, bank).map((r) => [r.requirement.id, r.absolute, r.weight]);
  };

  it('are absolute by default only where the case cloud model baseline says so', () => {
    const ids = [{ id: 'B.IS.12' }, { id: 'A.1' }, { id: 'C.1' }];
    expect(chosen('saas', ids)).toEqual([
      ['A.1', true, null],
      ['B.IS.12', true, null],
      ['C.1', false, 1],
    ]);
    expect(chosen('iaas', ids)).toEqual([
      ['A.1', true, null],
      ['B.IS.12', false, 1],
      ['C.1', false, 1],
    ]);
  });

  it('keep what the case says over the baseline', () => {
    expect(
      chosen('iaas', [
        { id: 'B.IS.12', absolute: true },
        { id: 'A.1', absolute: false, weight: 7 },
      ]),
    ).toEqual([
      ['A.1', false, 7],
      ['B.IS.12', true, null],
    ]);
  });
});
