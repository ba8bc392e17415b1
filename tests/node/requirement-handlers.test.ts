import { describe, expect, it } from 'vitest';
import { checkCase } from '../../electron/node/check-case';
import { createRequirementHandlers } from '../../electron/node/requirement-handlers';
import { loadLibrary } from '../../electron/node/templates/load-library';
import { loadExample } from '../fixtures/cases';

const library = loadLibrary();
const handlers = createRequirementHandlers(() => library);

describe('the requirement handlers', () => {
  it('list a baseline and search the framework entries by name', async () => {
    const { items } = await handlers['requirements.list']({
      preset: 'iaas-baseline',
      kinds: null,
      areas: null,
      cloudModel: null,
      framework: 'iso27001',
      control: null,
      controlText: 'kryptografi',
      text: null,
      lang: 'nb',
    });
    expect(items.map((r) => r.id)).toContain('B.IS.31');
    expect(items.find((r) => r.id === 'B.IS.31')?.baseline.iaas).toBe('absolute');
    expect(items.every((r) => r.baseline.iaas !== undefined)).toBe(true);
  });

  it('work out the coverage of an unfinished case from its chosen requirements alone', async () => {
    const c = loadExample();
    c.supplier = { ...c.supplier, orgNumber: '123' };
    c.requirements = [{ id: 'B.IS.41' }];
    expect(checkCase(JSON.stringify(c), library, 'nb').case).toBeNull();
    const result = await handlers['case.coverage']({
      caseText: JSON.stringify(c),
      frameworks: ['nis2'],
      lang: 'nb',
    });
    expect(result.chosen).toBe(1);
    expect(result.coverage[0]?.rows.find((r) => r.control === '21(2)(c)')?.requirements).toEqual([
      'B.IS.41',
    ]);
  });

  it('refuse coverage while the chosen requirements themselves are wrong', async () => {
    const c = loadExample();
    c.requirements = [{ id: 'B.IS.41', weight: 11 }];
    await expect(
      handlers['case.coverage']({ caseText: JSON.stringify(c), frameworks: ['nis2'], lang: 'nb' }),
    ).rejects.toThrow(/valgte kravene har feil/);
  });
});
