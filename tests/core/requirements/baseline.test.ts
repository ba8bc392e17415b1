import { describe, expect, it } from 'vitest';
import {
  absoluteByDefault,
  baselineRequirements,
} from '../../../electron/core/requirements/baseline';
import { miniBank } from '../../fixtures/bank';

describe('the baseline of a cloud model', () => {
  it('holds the requirements the bank puts in it, absolute only where it says so', () => {
    const bank = miniBank();
    const b12 = bank.byId.get('B.IS.12')!;
    expect(baselineRequirements(bank, 'iaas').map((r) => r.id)).toEqual(['A.1', 'B.IS.12']);
    expect(absoluteByDefault(b12, 'saas')).toBe(true);
    expect(absoluteByDefault(b12, 'iaas')).toBe(false);
    expect(absoluteByDefault(bank.byId.get('C.1')!, 'iaas')).toBe(false);
  });
});
