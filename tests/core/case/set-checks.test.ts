import { describe, expect, it } from 'vitest';
import { CaseSchema } from '../../../electron/core/case/case-schema';
import { validateCase } from '../../../electron/core/case/validate-case';
import { catalogOf } from '../../../electron/core/generate';
import { loadLibrary } from '../../../electron/node/templates/load-library';
import { EXAMPLES, loadExample } from '../../fixtures/cases';

const catalog = catalogOf(loadLibrary());

function validate(
  mutate: (c: ReturnType<typeof loadExample>) => void,
  example: string = EXAMPLES.ssaL,
) {
  const c = loadExample(example);
  mutate(c);
  return validateCase(c, catalog, 'nb');
}

const codes = (problems: { code: string; path: string }[]) =>
  problems.map((p) => `${p.code} ${p.path}`);

describe('the set checks in validate', () => {
  it('find nothing in the examples that the front page and the content disagree on', () => {
    for (const example of [EXAMPLES.ssaL, EXAMPLES.ssaLilleSky]) {
      const { problems } = validate(() => undefined, example);
      expect(codes(problems).filter((p) => p.startsWith('case.appendix-'))).toEqual([]);
    }
  });

  it('tick the appendix of a part that is on, warning with its path when the box said «no»', () => {
    const { case: c, problems } = validate((x) => {
      x.appendices = { ...x.appendices, '4': { included: false }, '7': { included: false } };
      x.edits = [{ clause: 'assignment', action: 'replace', text: 'Ny tekst.' }];
    });
    expect(c?.appendices['4']?.included).toBe(true);
    expect(c?.appendices['7']?.included).toBe(true);
    const ticked = problems.filter((p) => p.code === 'case.appendix-ticked-by-content');
    expect(ticked.map((p) => p.path)).toEqual(['appendices.4.included', 'appendices.7.included']);
    expect(ticked[1]?.message).toContain(
      'bilag 7 er merket «Nei», men saken har innhold som står i det (edits)',
    );
    expect(ticked.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('tick silently an appendix the case does not mention when its part is on', () => {
    const { case: c, problems } = validate((x) => {
      x.appendices = Object.fromEntries(
        Object.entries(x.appendices ?? {}).filter(([key]) => key !== '4'),
      );
    });
    expect(c?.appendices['4']).toEqual({ included: true, text: null });
    expect(codes(problems).filter((p) => p.includes('appendices.4'))).toEqual([]);
  });

  it('warn that text in an appendix marked «no» is not printed', () => {
    const { case: c, problems } = validate((x) => {
      x.appendices = { ...x.appendices, '3': { included: false, text: 'Milepæler.' } };
    });
    expect(c?.appendices['3']).toEqual({ included: false, text: 'Milepæler.' });
    expect(problems).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        code: 'case.appendix-text-not-ticked',
        path: 'appendices.3.text',
        message: 'bilag 3 har tekst, men er merket «Nei»; teksten kommer ikke med i avtalen',
      }),
    );
  });

  it('warn when the general text relies on an appendix marked «no», naming the clauses', () => {
    const { problems } = validate((x) => {
      x.sla = null;
      x.appendices = { ...x.appendices, '4': { included: false } };
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        code: 'case.appendix-cited-not-ticked',
        path: 'appendices.4',
        message:
          'den generelle avtaleteksten bygger på bilag 4 (punkt «supplier-responsibility», «service-credits»), men bilaget er merket «Nei»',
      }),
    );
  });

  it('mark an empty ticked appendix «no» in the validated case', () => {
    const { case: c, problems } = validate((x) => {
      x.appendices = { ...x.appendices, '8': { included: true } };
    });
    expect(c?.appendices['8']?.included).toBe(false);
    expect(codes(problems)).toContain('case.appendix-empty appendices.8');
  });

  it('cite only clauses that exist in the general text', () => {
    const library = loadLibrary();
    for (const kind of ['ssa-l', 'ssa-sky', 'ssa-lille-sky'] as const) {
      const clauses = catalog.clauseIds(kind);
      for (const spec of library.agreements[kind]!.appendices)
        for (const id of spec.citedBy)
          expect(clauses.has(id), `${kind} ${spec.number} ${id}`).toBe(true);
    }
  });

  it('leave a parsed case unchanged when ticks already follow content', () => {
    const input = loadExample(EXAMPLES.ssaL);
    const { case: c } = validateCase(input, catalog, 'nb');
    expect(c?.appendices).toEqual(CaseSchema.parse(input).appendices);
  });
});
