import { describe, expect, it } from 'vitest';
import {
  buildBank,
  compareRequirementIds,
  RequirementSchema,
} from '../../../electron/core/requirements/bank-schema';
import { SkyError } from '../../../electron/core/errors';
import { miniBank } from '../../fixtures/bank';

const rebuild = (
  mutate: (r: ReturnType<typeof miniBank>['requirements'][number]) => void,
  duplicate = false,
) => {
  const bank = miniBank();
  const requirements = bank.requirements.map((r) => structuredClone(r));
  mutate(requirements[0]!);
  if (duplicate) requirements.push(structuredClone(requirements[1]!));
  return () => buildBank(bank.frameworks, [{ path: 'bank/x.yaml', requirements }]);
};

describe('the requirement bank checks', () => {
  it('orders IDs by kind and number', () => {
    expect(['C.2', 'B.IS.10', 'A.10', 'B.IS.9', 'A.2'].sort(compareRequirementIds)).toEqual([
      'A.2',
      'A.10',
      'B.IS.9',
      'B.IS.10',
      'C.2',
    ]);
  });

  it('rejects a duplicate ID, naming file and ID', () => {
    expect(rebuild(() => undefined, true)).toThrow(SkyError);
    expect(rebuild(() => undefined, true)).toThrow('bank/x.yaml: B.IS.12');
  });

  it('rejects a mapping to a control the framework does not have', () => {
    expect(rebuild((r) => (r.mappings.iso27001 = ['5.99']))).toThrow(
      /iso27001 mapping «5\.99»|iso27001 «5\.99»/,
    );
  });

  it('rejects an unknown area', () => {
    expect(rebuild((r) => (r.area = 'astrology'))).toThrow(/astrology/);
  });

  it('rejects a baseline for a cloud model the requirement is not for', () => {
    const saasOnly = miniBank().requirements[2]!;
    expect(saasOnly.cloudModels).toEqual(['saas']);
    const result = RequirementSchema.safeParse({ ...saasOnly, baseline: { iaas: 'weighted' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['baseline']);
    expect(
      RequirementSchema.safeParse({ ...saasOnly, baseline: { saas: 'sometimes' } }).success,
    ).toBe(false);
  });

  it('rejects malformed IDs and an ID that does not match its kind', () => {
    const valid = miniBank().requirements[1]!;
    expect(RequirementSchema.safeParse({ ...valid, id: 'BIS-12' }).success).toBe(false);
    expect(RequirementSchema.safeParse({ ...valid, id: 'A.12' }).success).toBe(false);
    expect(RequirementSchema.safeParse(valid).success).toBe(true);
  });
});
