import { describe, expect, it } from 'vitest';
import { coverage, requirementsCovering } from '../../../electron/core/requirements/coverage';
import { miniBank } from '../../fixtures/bank';

describe('coverage', () => {
  const bank = miniBank();

  it('lists, per NIS2 entry, the chosen requirements that cover it and the gaps', () => {
    const result = coverage(bank, ['B.IS.12', 'B.IS.24'], 'nis2');
    expect(result.rows).toEqual([
      { control: '20', requirements: [] },
      { control: '21(2)(b)', requirements: ['B.IS.12'] },
      { control: '21(2)(i)', requirements: ['B.IS.24'] },
      { control: '23', requirements: ['B.IS.12'] },
    ]);
    expect(result).toMatchObject({ covered: 3, gaps: ['20'] });
  });

  it('counts a control covered by several requirements once, listing them in bank order', () => {
    const result = coverage(bank, ['C.1', 'B.IS.24', 'A.1'], 'iso27001');
    expect(result.rows.find((r) => r.control === '5.15')?.requirements).toEqual(['B.IS.24', 'C.1']);
    expect(result).toMatchObject({ covered: 2, gaps: ['5.24'] });
  });

  it('reports every entry as a gap when nothing is chosen, and ignores unknown IDs', () => {
    expect(coverage(bank, [], 'nsm').gaps).toEqual(['2.6', '4.1']);
    expect(coverage(bank, ['X.9'], 'nsm').covered).toBe(0);
  });

  it('finds the requirements that cover a control', () => {
    expect(requirementsCovering(bank, 'nis2', '21(2)(i)').map((r) => r.id)).toEqual([
      'B.IS.24',
      'C.1',
    ]);
  });
});
