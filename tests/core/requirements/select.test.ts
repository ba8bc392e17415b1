import { describe, expect, it } from 'vitest';
import { filterRequirements, presetRequirements } from '../../../electron/core/requirements/select';
import { miniBank } from '../../fixtures/bank';

describe('requirement selection', () => {
  const bank = miniBank();
  const ids = (list: { id: string }[]) => list.map((r) => r.id);

  it('has presets for all B.IS, a SaaS baseline and an IaaS/PaaS baseline', () => {
    expect(ids(presetRequirements(bank, 'all-bis'))).toEqual(['B.IS.12', 'B.IS.24']);
    expect(ids(presetRequirements(bank, 'saas-baseline'))).toEqual(['A.1', 'B.IS.12', 'B.IS.24']);
    expect(ids(presetRequirements(bank, 'iaas-paas-baseline'))).toEqual(['A.1', 'B.IS.12']);
  });

  it('filters by kind, area, cloud model and framework control', () => {
    expect(ids(filterRequirements(bank.requirements, { kinds: ['C'] }, 'nb'))).toEqual(['C.1']);
    expect(
      ids(filterRequirements(bank.requirements, { areas: ['iam'], cloudModel: 'saas' }, 'nb')),
    ).toEqual(['B.IS.24']);
    expect(
      ids(filterRequirements(bank.requirements, { framework: 'nis2', control: '23' }, 'nb')),
    ).toEqual(['B.IS.12']);
  });

  it('searches the text of the chosen language, every word, ignoring case', () => {
    expect(ids(filterRequirements(bank.requirements, { text: 'TITLE b.is.24' }, 'en'))).toEqual([
      'B.IS.24',
    ]);
    expect(ids(filterRequirements(bank.requirements, { text: 'leverandøren c.1' }, 'nb'))).toEqual([
      'C.1',
    ]);
    expect(filterRequirements(bank.requirements, { text: 'leverandøren' }, 'en')).toEqual([]);
  });
});
