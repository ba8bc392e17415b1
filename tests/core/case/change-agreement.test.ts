import { describe, expect, it } from 'vitest';
import { AGREEMENT_KINDS, type AgreementKind } from '../../../electron/core/case/case-schema';
import { changeAgreement } from '../../../electron/core/case/change-agreement';
import { validateCase } from '../../../electron/core/case/validate-case';
import { catalogOf } from '../../../electron/core/generate';
import { loadLibrary } from '../../../electron/node/templates/load-library';
import { EXAMPLES, loadExample } from '../../fixtures/cases';

const catalog = catalogOf(loadLibrary());

const EXAMPLE_OF: Record<AgreementKind, string> = {
  'ssa-l': EXAMPLES.ssaL,
  'ssa-sky': EXAMPLES.ssaSky,
  'ssa-lille-sky': EXAMPLES.ssaLilleSky,
};

const DIRECTIONS = AGREEMENT_KINDS.flatMap((from) =>
  AGREEMENT_KINDS.filter((to) => to !== from).map((to) => [from, to] as const),
);

const keysOf = (agreement: AgreementKind) =>
  catalog.appendices(agreement).map((spec) => String(spec.number));

describe('changing the agreement type', () => {
  it.each(DIRECTIONS)('%s → %s keeps the answers that fit and gives a valid case', (from, to) => {
    const before = loadExample(EXAMPLE_OF[from]);
    const { caseInput, leftOut } = changeAgreement(before, to, catalog);
    expect(caseInput.agreement).toBe(to);
    expect(Object.keys(caseInput.appendices ?? {})).toEqual(keysOf(to));
    // The parties, the service and the parts every agreement has are carried over unchanged.
    for (const part of [
      'customer',
      'supplier',
      'service',
      'dates',
      'sla',
      'prices',
      'dpa',
    ] as const)
      expect(caseInput[part]).toEqual(before[part]);
    expect(caseInput.requirements).toEqual(before.requirements);
    // Every appendix text either lands in the other agreement or is listed as left out.
    const landed = new Set(Object.values(caseInput.appendices ?? {}).map((a) => a.text));
    for (const [key, box] of Object.entries(before.appendices ?? {})) {
      if (!box.text) continue;
      const listed = leftOut.some((l) => l.path === `appendices.${key}.text`);
      expect(landed.has(box.text) !== listed).toBe(true);
    }
    for (const item of leftOut) expect(item.reason.nb).toMatch(/føres ikke over/);
    expect(validateCase(caseInput, catalog, 'nb').case).not.toBeNull();
    // The case given is left as it was.
    expect(before).toEqual(loadExample(EXAMPLE_OF[from]));
  });

  it('moves each appendix to the one with the same purpose', () => {
    const ssaL = loadExample(EXAMPLES.ssaL);
    const sky = changeAgreement(ssaL, 'ssa-sky', catalog).caseInput;
    // SSA-L 5 (administrative provisions) is SSA-Sky 6; SSA-L 1 (requirements) is 1 in both.
    expect(sky.appendices?.['6']?.text).toBe(ssaL.appendices?.['5']?.text);
    expect(sky.appendices?.['1']?.text).toBe(ssaL.appendices?.['1']?.text);
    // The SLA ticks the SLA appendix of the other agreement (4 in SSA-L, 5 in SSA-Sky).
    expect(sky.appendices?.['5']?.included).toBe(true);
  });

  it('lists what SSA-Sky has and the others lack: the exit plan and appendices 10–12', () => {
    const { caseInput, leftOut } = changeAgreement(loadExample(EXAMPLES.ssaSky), 'ssa-l', catalog);
    expect(caseInput.exit).toBeNull();
    const paths = leftOut.map((l) => l.path);
    expect(paths).toContain('exit');
    expect(paths).toEqual(
      expect.arrayContaining(['appendices.10.text', 'appendices.11.text', 'appendices.12.text']),
    );
    expect(leftOut.find((l) => l.path === 'exit')?.reason.nb).toBe(
      'SSA-L har ikke et exitbilag; exitplanen føres ikke over.',
    );
  });

  it('leaves out a change to a clause the other general text does not have', () => {
    const lClauses = catalog.clauseIds('ssa-l');
    const skyClauses = catalog.clauseIds('ssa-sky');
    const shared = [...lClauses].find((id) => skyClauses.has(id));
    const onlyL = [...lClauses].find((id) => !skyClauses.has(id));
    expect(shared && onlyL).toBeTruthy();
    const c = loadExample(EXAMPLES.ssaL);
    c.edits = [
      { clause: onlyL ?? '', action: 'delete' },
      { clause: shared ?? '', action: 'replace', text: 'Ny tekst.' },
    ];
    const { caseInput, leftOut } = changeAgreement(c, 'ssa-sky', catalog);
    expect(caseInput.edits?.map((e) => e.clause)).toEqual([shared]);
    expect(leftOut).toContainEqual(expect.objectContaining({ path: 'edits[0]' }));
    expect(leftOut.find((l) => l.path === 'edits[0]')?.reason.nb).toContain(`«${onlyL}»`);
  });

  it('there and back again gives the same appendix texts where both agreements have them', () => {
    const ssaL = loadExample(EXAMPLES.ssaL);
    const back = changeAgreement(
      changeAgreement(ssaL, 'ssa-sky', catalog).caseInput,
      'ssa-l',
      catalog,
    ).caseInput;
    for (const key of keysOf('ssa-l'))
      expect(back.appendices?.[key]?.text ?? null).toBe(ssaL.appendices?.[key]?.text ?? null);
  });
});
