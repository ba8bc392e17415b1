import { describe, expect, it } from 'vitest';
import { DATA_PROTECTION_BLOCKS } from '../../../../electron/core/assembly/blocks/data-protection-blocks';
import type { BlockContext } from '../../../../electron/core/assembly/data-blocks';
import { CaseSchema, type Language } from '../../../../electron/core/case/case-schema';
import type { Table } from '../../../../electron/core/document/model';
import { loadExample } from '../../../fixtures/cases';

function subprocessorRows(subprocessors: unknown[], lang: Language): string[][] {
  const input = loadExample();
  input.dpa = { ...input.dpa, subprocessors } as typeof input.dpa;
  const context = { case: CaseSchema.parse(input), lang } as BlockContext;
  const [table] = DATA_PROTECTION_BLOCKS.subprocessors!(context);
  return (table as Table).rows;
}

const usCloud = {
  name: 'Cloud Inc.',
  country: 'US',
  service: 'Drift',
  location: 'Virginia',
  transferBasis: 'adequacy',
};

describe('the sub-processor list', () => {
  it('names the EU–US Data Privacy Framework and the decision for a US transfer on adequacy', () => {
    for (const [lang, words] of [
      ['nb', 'virksomheter sertifisert under EU–US Data Privacy Framework'],
      ['nn', 'verksemder sertifiserte under EU–US Data Privacy Framework'],
      ['en', 'organisations certified under the EU–US Data Privacy Framework'],
    ] as const) {
      const basis = subprocessorRows([usCloud], lang)[0]?.[4] ?? '';
      expect(basis).toMatch(/art\. 45/i);
      expect(basis).toContain('US: (EU) 2023/1795');
      expect(basis).toContain(words);
    }
  });

  it('gives the basis for an EEA sub-processor that processes data in a third country', () => {
    const [row] = subprocessorRows(
      [
        {
          name: 'Nordic Hosting AB',
          country: 'SE',
          service: 'Drift',
          location: 'Stockholm, support from Pune',
          processingCountries: ['SE', 'IN'],
          transferBasis: 'scc',
        },
      ],
      'nb',
    );
    expect(row?.[3]).toBe('Stockholm, support from Pune (SE, IN)');
    expect(row?.[4]).toBe('Standardkontraktsklausuler 2021/914 (art. 46)');
  });
});
