import { describe, expect, it } from 'vitest';
import { CLOUD_MODELS } from '../../../electron/core/case/case-schema';
import { FRAMEWORKS } from '../../../electron/core/requirements/bank-schema';
import {
  absoluteByDefault,
  baselineRequirements,
} from '../../../electron/core/requirements/baseline';
import { loadLibrary } from '../../../electron/node/templates/load-library';

const { bank } = loadLibrary();

/** The NIS2 mapping table of the domain facts: each of these requirements must cite the entry. */
const NIS2_TABLE: [string, string[]][] = [
  ['20', ['A.1', 'A.8']],
  ['21(2)(a)', ['A.2', 'B.IS.1', 'B.IS.2']],
  ['21(2)(b)', ['A.6', 'B.IS.11', 'B.IS.12', 'B.IS.13', 'B.IS.14', 'B.IS.15', 'B.IS.16']],
  ['21(2)(c)', ['B.IS.41', 'B.IS.42', 'B.IS.43']],
  ['21(2)(d)', ['B.IS.7', 'B.IS.8']],
  ['21(2)(f)', ['A.4', 'B.IS.4', 'B.IS.5']],
  ['21(2)(g)', ['B.IS.46', 'C.11']],
  ['21(2)(i)', Array.from({ length: 11 }, (_, i) => `B.IS.${24 + i}`)],
  ['23', ['A.6', 'B.IS.12']],
];

/** The numbering areas of the domain facts. */
const AREAS: [string, string[]][] = [
  ['iam', ['B.IS.24', 'B.IS.25', 'B.IS.26', 'B.IS.27', 'B.IS.28']],
  ['encryption', ['B.IS.30', 'B.IS.31', 'B.IS.32']],
  ['logging', ['B.IS.33', 'B.IS.34']],
  ['configuration', ['B.IS.36', 'B.IS.37', 'B.IS.38', 'B.IS.39', 'B.IS.40']],
  ['continuity', ['B.IS.41', 'B.IS.42', 'B.IS.43']],
  ['supply-chain', ['B.IS.7', 'B.IS.8']],
  ['incidents', ['B.IS.11', 'B.IS.12', 'B.IS.13', 'B.IS.15', 'B.IS.16']],
  ['risk', ['B.IS.1', 'B.IS.2']],
  ['effectiveness', ['B.IS.4', 'B.IS.5']],
  ['hygiene', ['B.IS.46']],
];

describe('the requirement bank', () => {
  it('has at least 90 requirements of all three kinds, in the three languages', () => {
    expect(bank.requirements.length).toBeGreaterThanOrEqual(90);
    for (const kind of ['A', 'B.IS', 'C'] as const)
      expect(bank.requirements.some((r) => r.kind === kind)).toBe(true);
    for (const r of bank.requirements) {
      for (const lang of ['nb', 'nn', 'en'] as const) {
        expect(r[lang].title.length, `${r.id} ${lang}`).toBeGreaterThan(3);
        expect(r[lang].text.length, `${r.id} ${lang}`).toBeGreaterThan(40);
      }
      expect(r.nn.text, `${r.id} is written in nynorsk, not bokmål`).not.toBe(r.nb.text);
    }
  });

  it('maps every requirement to every framework', () => {
    for (const r of bank.requirements)
      for (const f of FRAMEWORKS) expect(r.mappings[f].length, `${r.id} ${f}`).toBeGreaterThan(0);
  });

  it('agrees with the NIS2 mapping table', () => {
    for (const [article, ids] of NIS2_TABLE) {
      for (const id of ids)
        expect(bank.byId.get(id)?.mappings.nis2, `${id} → ${article}`).toContain(article);
    }
  });

  it('follows the numbering areas', () => {
    for (const [area, ids] of AREAS)
      for (const id of ids) expect(bank.byId.get(id)?.area, id).toBe(area);
  });

  it('catalogues every framework completely', () => {
    const { frameworks } = bank;
    expect(Object.keys(frameworks.iso27001)).toHaveLength(93);
    expect(Object.keys(frameworks.nis2ir)).toHaveLength(13);
    expect(Object.keys(frameworks.nis2)).toHaveLength(12);
    expect(Object.keys(frameworks.nistCsf)).toHaveLength(22);
    expect(Object.keys(frameworks.nsm)).toHaveLength(21);
  });
});

describe('the baselines of the requirement bank', () => {
  const absolute = (model: (typeof CLOUD_MODELS)[number]) =>
    baselineRequirements(bank, model)
      .filter((r) => absoluteByDefault(r, model))
      .map((r) => r.id);

  it('differs by cloud model', () => {
    const sets = CLOUD_MODELS.map((m) =>
      baselineRequirements(bank, m)
        .map((r) => `${r.id}:${r.baseline[m]}`)
        .join(' '),
    );
    expect(new Set(sets).size).toBe(CLOUD_MODELS.length);
  });

  it('keeps absolute requirements few: under a third of each baseline', () => {
    for (const model of CLOUD_MODELS) {
      const all = baselineRequirements(bank, model).length;
      expect(absolute(model).length, model).toBeGreaterThan(0);
      expect(absolute(model).length * 3, model).toBeLessThan(all);
    }
  });

  it('makes MFA, exit and incident notice absolute in every model, as tenders need', () => {
    for (const model of CLOUD_MODELS) {
      expect(absolute(model), model).toEqual(
        expect.arrayContaining(['A.6', 'A.10', 'B.IS.12', 'B.IS.29']),
      );
    }
  });

  it('leaves the additional C requirements out of every baseline', () => {
    for (const model of CLOUD_MODELS) {
      expect(
        baselineRequirements(bank, model).some((r) => r.kind === 'C'),
        model,
      ).toBe(false);
    }
  });
});
