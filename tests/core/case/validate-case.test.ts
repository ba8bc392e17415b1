import { describe, expect, it } from 'vitest';
import {
  parseCaseText,
  validateCase,
  type CaseCatalog,
} from '../../../electron/core/case/validate-case';
import { loadExample } from '../../fixtures/cases';

const catalog: CaseCatalog = {
  agreementName: (kind) => (kind === 'ssa-l' ? 'SSA-L' : null),
  appendices: () =>
    [1, 2, 3, 4, 5, 6, 7, 8, 9].map((number) => ({
      number,
      content: number === 4 ? ['sla', 'text'] : number === 6 ? ['prices', 'text'] : ['text'],
      holds: [],
      citedBy: number === 4 ? ['supplier-responsibility'] : [],
    })),
  clauseIds: () => new Set(['scope', 'assignment']),
  requirementIds: new Set(['A.1', 'B.IS.24']),
  // A.1 covers art. 20; B.IS.24 covers 21(2)(i) and annex section 11.
  nis2Gaps: (chosen, framework) =>
    framework === 'nis2'
      ? ['20', '21(2)(i)', '23'].filter(
          (a) =>
            !(a === '20' && chosen.includes('A.1')) &&
            !(a === '21(2)(i)' && chosen.includes('B.IS.24')),
        )
      : ['11', '12'].filter((s) => !(s === '11' && chosen.includes('B.IS.24'))),
};

function problemsOf(mutate: (c: ReturnType<typeof loadExample>) => void, lang: 'nb' | 'en' = 'nb') {
  const c = loadExample();
  mutate(c);
  return validateCase(c, catalog, lang).problems;
}

describe('case validation', () => {
  it('says in plain words what kind of value a field needs, not the type name', () => {
    const problems = problemsOf((c) => {
      c.dates = { ...c.dates, extension: { months: 1.5, maxTimes: 'to' as unknown as number } };
    });
    const at = (path: string) => problems.find((p) => p.path === path)?.message;
    expect(at('dates.extension.months')).toBe('må være et helt tall');
    expect(at('dates.extension.maxTimes')).toBe('må være et tall');
    expect(problems.map((p) => p.message).join(' ')).not.toMatch(/typen/);
  });

  it('accepts the SSA-L example', () => {
    const result = validateCase(loadExample(), catalog, 'nb');
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.case?.customer.orgNumber).toBe('935478715');
  });

  it('reports JSON syntax errors with line and column', () => {
    const { problems } = parseCaseText('{\n  "title": "x",\n  "agreement" "ssa-l"\n}', 'nb');
    expect(problems[0]).toMatchObject({ path: '3:15', code: 'case.json-syntax' });
    expect(problems[0]?.message).toContain('kolon mangler');
  });

  it('names an unknown field and its place', () => {
    const problems = problemsOf((c) => {
      (c.customer as Record<string, unknown>).orgnummer = '1';
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: 'customer',
        message: expect.stringContaining('orgnummer') as string,
      }),
    );
  });

  it('rejects an org number with a wrong check digit, in Norwegian and English', () => {
    const wrong = (c: ReturnType<typeof loadExample>) => {
      c.supplier.orgNumber = '987654321';
    };
    expect(problemsOf(wrong)).toContainEqual(
      expect.objectContaining({
        path: 'supplier.orgNumber',
        message: expect.stringContaining('kontrollsifferet') as string,
      }),
    );
    expect(problemsOf(wrong, 'en')[0]?.message).toContain('check digit');
  });

  it('requires a signatory for each party', () => {
    const problems = problemsOf((c) => {
      c.customer.signatories = [];
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: 'customer.signatories',
        message: 'parten må ha minst én som signerer',
      }),
    );
  });

  it('says that a missing required field is missing', () => {
    const problems = problemsOf((c) => {
      delete (c as Record<string, unknown>).supplier;
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ path: 'supplier', message: 'mangler' }),
    );
  });

  it('rejects an appendix the agreement does not have', () => {
    const problems = problemsOf((c) => {
      c.appendices = { ...c.appendices, '12': { included: true, text: 'x' } };
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ path: 'appendices.12', code: 'case.appendix-unknown' }),
    );
  });

  it('warns that a ticked appendix with no content is ticked «no»', () => {
    const result = validateCase(
      { ...loadExample(), appendices: { '3': { included: true } } },
      catalog,
      'nb',
    );
    expect(result.problems).toContainEqual(
      expect.objectContaining({ severity: 'warning', path: 'appendices.3' }),
    );
    expect(result.case).not.toBeNull();
  });

  it('rejects unknown and duplicate requirement IDs', () => {
    const problems = problemsOf((c) => {
      c.requirements = [{ id: 'B.IS.24' }, { id: 'B.IS.99' }, { id: 'B.IS.24' }];
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ path: 'requirements[1].id', code: 'case.requirement-unknown' }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ path: 'requirements[2].id', code: 'case.requirement-duplicate' }),
    );
  });

  it('warns which NIS2 articles and annex sections the chosen requirements leave uncovered', () => {
    const problems = problemsOf((c) => {
      c.requirements = [{ id: 'A.1' }];
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        code: 'case.nis2-gap',
        path: 'requirements',
        message:
          'de valgte kravene dekker ikke NIS2 art. 21(2)(i), art. 23; se «skyavtale coverage»',
      }),
    );
    expect(problems.find((p) => p.code === 'case.nis2ir-gap')?.message).toContain('avsnitt 11, 12');
    const covered = problemsOf((c) => {
      c.requirements = [{ id: 'A.1' }, { id: 'B.IS.24' }];
    });
    expect(covered.find((p) => p.code === 'case.nis2-gap')?.message).toContain('NIS2 art. 23;');
    expect(covered.find((p) => p.code === 'case.nis2ir-gap')?.message).toContain('avsnitt 12 ');
    expect(problemsOf(() => undefined).some((p) => p.code.startsWith('case.nis2'))).toBe(false);
  });

  it('rejects malformed requirement IDs', () => {
    const problems = problemsOf((c) => {
      c.requirements = [{ id: 'BIS-24' }];
    });
    expect(problems[0]).toMatchObject({
      path: 'requirements[0].id',
      message: expect.stringContaining('B.IS.24') as string,
    });
  });

  it('rejects an edit of a clause that does not exist', () => {
    const problems = problemsOf((c) => {
      c.edits = [
        { clause: 'no-such-clause', action: 'replace', text: 'Ny tekst.', reason: 'Fordi.' },
      ];
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ path: 'edits[0].clause', code: 'case.edit-unknown-clause' }),
    );
  });

  it('rejects availability outside 0–100 %', () => {
    for (const availability of [0, 100, 120, -1]) {
      const problems = problemsOf((c) => {
        c.sla = { availability };
      });
      expect(problems).toContainEqual(
        expect.objectContaining({
          path: 'sla.availability',
          message: expect.stringContaining('mellom 0 og 100') as string,
        }),
      );
    }
  });

  it('warns when personal data is processed without a DPA', () => {
    const problems = problemsOf((c) => {
      c.dpa = null;
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ severity: 'warning', code: 'case.dpa-missing' }),
    );
  });

  it('lists every art. 28(3) element the data processing agreement leaves empty', () => {
    const problems = problemsOf((c) => {
      c.dpa = { subjectMatter: 'Byggesaksbehandling', dataTypes: ['Navn'] };
    });
    const missing = problems.filter((p) => p.code === 'case.dpa-element-missing');
    expect(missing.map((p) => p.path)).toEqual([
      'dpa.duration',
      'dpa.nature',
      'dpa.purpose',
      'dpa.dataSubjects',
    ]);
    expect(missing.every((p) => p.severity === 'warning')).toBe(true);
    expect(missing[0]?.message).toBe(
      'databehandleravtalen sier ikke noe om behandlingens varighet (GDPR art. 28 nr. 3)',
    );
  });

  it('refuses a case from a newer schema version with advice', () => {
    const problems = problemsOf((c) => {
      (c as Record<string, unknown>).schemaVersion = 7;
    });
    expect(problems).toEqual([
      expect.objectContaining({ code: 'case.too-new', path: 'schemaVersion' }),
    ]);
    expect(problems[0]?.message).toContain('Oppdater Skyavtale');
  });

  it('rejects an impossible date', () => {
    const problems = problemsOf((c) => {
      c.dates = { signed: '2026-02-30' };
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ path: 'dates.signed', message: 'datoen finnes ikke' }),
    );
  });

  it('says once that the templates of an agreement are missing', () => {
    const problems = problemsOf((c) => {
      c.agreement = 'ssa-sky';
    });
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual([
      'case.agreement-missing',
    ]);
  });

  it('warns when the chosen agreement fits the purchase badly', () => {
    const problems = problemsOf((c) => {
      c.profile = {
        standardService: false,
        implementation: 'significant',
        platformUse: true,
        licencesOnly: false,
      };
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        code: 'case.agreement-fit',
        path: 'agreement',
      }),
    );
    expect(problems.find((p) => p.code === 'case.agreement-fit')?.message).toContain(
      'SSA-Sky anbefales',
    );
  });
});
