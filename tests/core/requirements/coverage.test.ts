import { describe, expect, it } from 'vitest';
import {
  byEntryNumber,
  coverage,
  frameworkControls,
  requirementsCovering,
} from '../../../electron/core/requirements/coverage';
import { loadLibrary } from '../../../electron/node/templates/load-library';
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

describe('entry numbers', () => {
  const collator = new Intl.Collator('en', { numeric: true });
  const sorted = (keys: string[], order: (a: string, b: string) => number) => [...keys].sort(order);

  it('come in the order of the numeric collator, for every numbered framework shipped', () => {
    const { bank } = loadLibrary();
    for (const framework of ['nis2', 'nis2ir', 'iso27001', 'nsm'] as const) {
      const keys = Object.keys(bank.frameworks[framework]);
      expect(keys.length).toBeGreaterThan(10);
      expect(frameworkControls(bank, framework)).toEqual(sorted(keys, collator.compare));
    }
  });

  it('take runs of digits by value, and shorter numbers first', () => {
    const keys = [
      '5.10',
      '21(2)(j)',
      '5.9',
      '21',
      '8.1',
      '21(2)(a)',
      '20',
      '8.10',
      '8.2',
      '3',
      '10',
      '1.1',
    ];
    expect(sorted(keys, byEntryNumber)).toEqual(sorted(keys, collator.compare));
    expect(sorted(keys, byEntryNumber).slice(0, 5)).toEqual(['1.1', '3', '5.9', '5.10', '8.1']);
    expect(byEntryNumber('21', '21(2)(a)')).toBeLessThan(0);
    expect(byEntryNumber('5.2', '5.2')).toBe(0);
  });
});
