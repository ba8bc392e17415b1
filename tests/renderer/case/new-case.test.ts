import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAgreementManifest } from '../../../electron/core/assembly/template-set';
import { validateCase, type CaseCatalog } from '../../../electron/core/case/validate-case';
import {
  AGREEMENT_KINDS,
  AGREEMENT_NAMES,
  CaseSchema,
  CURRENT_SCHEMA_VERSION,
  type AgreementKind,
  type CaseInput,
} from '../../../electron/core/case/case-schema';
import { appendixOutline } from '../../../electron/core/contract-set/appendix-outline';
import { loadLibrary } from '../../../electron/node/templates/load-library';
import { parseCaseText, startingCase, type Profile } from '../../../renderer/src/case/new-case';
import { EXAMPLES, V1_EXAMPLES, examplePath, loadExample } from '../../fixtures/cases';

const outline = appendixOutline(loadLibrary().agreements);

const PROFILE: Profile = {
  standardService: true,
  implementation: 'limited',
  platformUse: false,
  licencesOnly: false,
};

function start(
  overrides: Partial<Parameters<typeof startingCase>[0]> = {},
): ReturnType<typeof startingCase> {
  return startingCase({
    outline,
    agreement: 'ssa-l',
    profile: PROFILE,
    personalData: false,
    title: 'Saksbehandlingssystem',
    reference: '2025/123',
    customerName: 'Bærum kommune',
    ...overrides,
  });
}

/** A catalog with the appendices of the real templates (agreement.yaml). */
const catalog: CaseCatalog = {
  agreementName: (kind) => AGREEMENT_NAMES[kind],
  appendices: (kind) => {
    const path = `templates/agreements/${kind}/agreement.yaml`;
    const source = readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
    return Object.entries(parseAgreementManifest(path, source).appendices).map(([n, spec]) => ({
      number: Number(n),
      ...spec,
    }));
  },
  clauseIds: () => new Set<string>(),
  requirementIds: new Set<string>(),
  nis2Gaps: () => [],
};

/** The fields the user must still fill in, as the case schema reports them. */
function missingPaths(c: CaseInput): string[] {
  const result = CaseSchema.safeParse(c);
  return result.success ? [] : [...new Set(result.error.issues.map((i) => i.path.join('.')))];
}

/** The starting case with every blank the user is asked to fill in filled in. */
function filledIn(c: CaseInput): CaseInput {
  return {
    ...c,
    customer: {
      ...c.customer,
      orgNumber: '935 478 715',
      signatories: [{ name: 'Åse', title: null }],
    },
    supplier: {
      ...c.supplier,
      name: 'Fjordsky AS',
      orgNumber: '987654325',
      signatories: [{ name: 'Siri', title: 'Daglig leder' }],
    },
    service: { ...c.service, name: 'Saksbehandling', description: 'Skytjeneste.' },
  };
}

describe('startingCase', () => {
  it('carries the chosen agreement, profile, title, reference and customer name', () => {
    const c = start();
    expect(c).toMatchObject({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      agreement: 'ssa-l',
      profile: PROFILE,
      title: 'Saksbehandlingssystem',
      reference: '2025/123',
      language: 'nb',
    });
    expect(c.customer.name).toBe('Bærum kommune');
    expect(start({ reference: null }).reference).toBeNull();
  });

  it('starts both parties empty, each with one blank signatory', () => {
    const c = start();
    expect(c.supplier).toEqual({
      name: '',
      orgNumber: '',
      address: null,
      representative: null,
      signatories: [{ name: '', title: null }],
    });
    expect(c.customer).toEqual({ ...c.supplier, name: 'Bærum kommune' });
  });

  it('gives each party its own objects, so editing one leaves the other alone', () => {
    const c = start();
    expect(c.customer.signatories).not.toBe(c.supplier.signatories);
    c.customer.signatories[0]!.name = 'Åse';
    expect(c.supplier.signatories[0]?.name).toBe('');
    expect(start().customer.signatories[0]?.name).toBe('');
  });

  it('ticks every appendix of the agreement «no», with no text', () => {
    for (const agreement of AGREEMENT_KINDS) {
      const c = start({ agreement });
      const keys = outline[agreement].appendices.map((a) => a.key);
      expect(Object.keys(c.appendices ?? {}).sort()).toEqual([...keys].sort());
      for (const key of keys) {
        expect(c.appendices?.[key]).toEqual({ included: false, text: null });
      }
    }
    expect(Object.keys(start({ agreement: 'ssa-sky' }).appendices ?? {})).toHaveLength(12);
    expect(Object.keys(start({ agreement: 'ssa-lille-sky' }).appendices ?? {})).toHaveLength(6);
  });

  it('picks PaaS for platform use and SaaS otherwise', () => {
    expect(start().service.cloudModel).toBe('saas');
    expect(start({ profile: { ...PROFILE, platformUse: true } }).service.cloudModel).toBe('paas');
  });

  it('starts a standard data processing agreement only when personal data is processed', () => {
    const without = start({ personalData: false });
    expect(without.service.personalData).toBe(false);
    expect(without.dpa).toBeNull();
    const withData = start({ personalData: true });
    expect(withData.service.personalData).toBe(true);
    expect(withData.dpa).toEqual({ form: 'standard' });
  });

  it('leaves SLA, prices, exit, dates, requirements and edits empty', () => {
    const c = start();
    expect(c).toMatchObject({
      sla: null,
      prices: null,
      exit: null,
      requirements: [],
      edits: [],
      coverageAppendix: false,
    });
    expect(c.dates).toEqual({
      signed: null,
      start: null,
      deliveryDeadline: null,
      durationMonths: null,
      extension: null,
    });
  });

  it('is invalid only in the blanks the user has to fill in', () => {
    const expected = [
      'customer.orgNumber',
      'customer.signatories.0.name',
      'supplier.name',
      'supplier.orgNumber',
      'supplier.signatories.0.name',
      'service.name',
      'service.description',
    ];
    for (const agreement of AGREEMENT_KINDS) {
      for (const personalData of [false, true]) {
        expect(missingPaths(start({ agreement, personalData })).sort()).toEqual(
          [...expected].sort(),
        );
      }
    }
  });

  it('passes the case schema once those blanks are filled in, for every agreement', () => {
    const combos: [AgreementKind, boolean, boolean][] = [];
    for (const agreement of AGREEMENT_KINDS)
      for (const personalData of [false, true])
        for (const platformUse of [false, true])
          combos.push([agreement, personalData, platformUse]);
    for (const [agreement, personalData, platformUse] of combos) {
      const c = filledIn(start({ agreement, personalData, profile: { ...PROFILE, platformUse } }));
      const result = CaseSchema.safeParse(c);
      expect(result.error?.issues ?? []).toEqual([]);
      expect(result.data?.agreement).toBe(agreement);
      expect(result.data?.dpa?.form).toBe(personalData ? 'standard' : undefined);
      expect(result.data?.dpa?.breachNoticeHours).toBe(personalData ? 24 : undefined);
    }
  });

  it('has no validation errors once filled in, its appendices matching the templates', () => {
    for (const agreement of AGREEMENT_KINDS) {
      for (const personalData of [false, true]) {
        const { problems, case: parsed } = validateCase(
          filledIn(start({ agreement, personalData })),
          catalog,
          'en',
        );
        expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
        // Only SSA-Sky numbers the data processing agreement as an appendix (bilag 10).
        const dpaAppendix = agreement === 'ssa-sky' && personalData ? 10 : null;
        expect(parsed?.appendices).toEqual(
          Object.fromEntries(
            catalog
              .appendices(agreement)
              .map((a) => [String(a.number), { included: a.number === dpaAppendix, text: null }]),
          ),
        );
        expect(start({ agreement, personalData }).appendices).toEqual(parsed?.appendices);
      }
    }
  });

  it('reports a blank title or customer name passed in', () => {
    expect(missingPaths(start({ title: '' }))).toContain('title');
    expect(missingPaths(start({ customerName: '' }))).toContain('customer.name');
  });
});

describe('parseCaseText', () => {
  it('reads a stored case', () => {
    const c = start();
    expect(parseCaseText(JSON.stringify(c))).toEqual(c);
  });

  it('reads a case of format 1 in the current format, for the editor to edit', () => {
    const text = readFileSync(examplePath(V1_EXAMPLES.ssaL), 'utf8');
    expect(parseCaseText(text)).toEqual(loadExample(EXAMPLES.ssaL));
  });

  it('accepts any object with a schemaVersion, leaving validation to the caller', () => {
    expect(parseCaseText('{"schemaVersion": 99}')).toEqual({ schemaVersion: 99 });
    expect(parseCaseText('{"schemaVersion": null, "x": 1}')).toEqual({
      schemaVersion: null,
      x: 1,
    });
  });

  it('gives null for an object without a schemaVersion', () => {
    expect(parseCaseText('{}')).toBeNull();
    expect(parseCaseText('{"title": "x", "agreement": "ssa-l"}')).toBeNull();
  });

  it('gives null for JSON that is not an object', () => {
    for (const text of ['null', '1', '"schemaVersion"', 'true', '[]', '[{"schemaVersion": 1}]']) {
      expect(parseCaseText(text)).toBeNull();
    }
  });

  it('gives null for text that is not JSON, instead of throwing', () => {
    for (const text of ['', '{', '{"schemaVersion": 1,}', '// x\n{"schemaVersion": 1}', 'nope']) {
      expect(() => parseCaseText(text)).not.toThrow();
      expect(parseCaseText(text)).toBeNull();
    }
  });
});
