import { describe, expect, it } from 'vitest';
import {
  filterRequirements,
  gapFilter,
  presetRequirements,
} from '../../../electron/core/requirements/select';
import { miniBank } from '../../fixtures/bank';

describe('requirement selection', () => {
  const bank = miniBank();
  const ids = (list: { id: string }[]) => list.map((r) => r.id);

  it('has presets for all B.IS and a baseline per cloud model', () => {
    expect(ids(presetRequirements(bank, 'all-bis'))).toEqual(['B.IS.12', 'B.IS.24']);
    expect(ids(presetRequirements(bank, 'saas-baseline'))).toEqual(['A.1', 'B.IS.12', 'B.IS.24']);
    expect(ids(presetRequirements(bank, 'paas-baseline'))).toEqual(['A.1', 'B.IS.12']);
    expect(ids(presetRequirements(bank, 'iaas-baseline'))).toEqual(['A.1', 'B.IS.12']);
  });

  it('filters by preset, kind, area, cloud model and framework control', () => {
    expect(ids(filterRequirements(bank, { kinds: ['C'] }, 'nb'))).toEqual(['C.1']);
    expect(ids(filterRequirements(bank, { areas: ['iam'], cloudModel: 'saas' }, 'nb'))).toEqual([
      'B.IS.24',
    ]);
    expect(ids(filterRequirements(bank, { cloudModel: 'iaas' }, 'nb'))).toEqual([
      'A.1',
      'B.IS.12',
      'C.1',
    ]);
    expect(ids(filterRequirements(bank, { framework: 'nis2', control: '23' }, 'nb'))).toEqual([
      'B.IS.12',
    ]);
    expect(ids(filterRequirements(bank, { preset: 'iaas-baseline', kinds: ['A'] }, 'nb'))).toEqual([
      'A.1',
    ]);
  });

  it('searches the ID and name of the framework entries, in one framework or all', () => {
    // «Access control» is ISO 5.15 and NIS2 IR section 11, mapped by B.IS.24 and C.1.
    expect(ids(filterRequirements(bank, { controlText: 'ACCESS control' }, 'en'))).toEqual([
      'B.IS.24',
      'C.1',
    ]);
    expect(ids(filterRequirements(bank, { controlText: '5.24' }, 'en'))).toEqual(['B.IS.12']);
    expect(
      ids(filterRequirements(bank, { framework: 'nistCsf', controlText: 'access' }, 'en')),
    ).toEqual([]);
    // Every word must occur in the same entry, not spread over two.
    expect(filterRequirements(bank, { controlText: 'access planning' }, 'en')).toEqual([]);
  });

  it('searches the text of the chosen language, every word, ignoring case', () => {
    expect(ids(filterRequirements(bank, { text: 'TITLE b.is.24' }, 'en'))).toEqual(['B.IS.24']);
    expect(ids(filterRequirements(bank, { text: 'leverandøren c.1' }, 'nb'))).toEqual(['C.1']);
    expect(filterRequirements(bank, { text: 'leverandøren' }, 'en')).toEqual([]);
  });

  it('turns a coverage gap into the requirements of the case cloud model that close it', () => {
    const filter = gapFilter('nis2', '21(2)(i)', 'saas');
    expect(ids(filterRequirements(bank, filter, 'nb'))).toEqual(['B.IS.24']);
    expect(ids(filterRequirements(bank, gapFilter('nis2', '21(2)(i)', 'iaas'), 'nb'))).toEqual([
      'C.1',
    ]);
  });
});
