import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../../electron/core/case/case-schema';
import {
  CASE_UPGRADES,
  upgradeCase,
  type CaseUpgrade,
} from '../../../electron/core/case/case-upgrade';
import { validateCase } from '../../../electron/core/case/validate-case';
import { buildDocuments, catalogOf } from '../../../electron/core/generate';
import { previewCase } from '../../../electron/core/preview/preview-case';
import { loadLibrary } from '../../../electron/node/templates/load-library';
import { EXAMPLES, V1_EXAMPLES, examplePath, loadExample } from '../../fixtures/cases';

// Made-up formats that exercise the mechanism over two steps: format 2 renamed `kunde` to
// `customer`, format 3 turned a single `contact` into a list of `contacts`. The real steps are
// tested below, one describe each.
const steps: CaseUpgrade[] = [
  {
    from: 1,
    upgrade: ({ kunde, ...rest }) => ({ ...rest, customer: kunde }),
  },
  {
    from: 2,
    upgrade: ({ contact, ...rest }) => ({
      ...rest,
      contacts: contact === undefined ? [] : [contact],
    }),
  },
];

describe('upgradeCase', () => {
  it('has one step for every format older than the current one', () => {
    expect(CASE_UPGRADES.map((step) => step.from)).toEqual(
      Array.from({ length: CURRENT_SCHEMA_VERSION - 1 }, (_, i) => i + 1),
    );
  });

  it('takes an old case through every step, in order, to the current format', () => {
    const old = { schemaVersion: 1, title: 'Sak', kunde: 'Bærum kommune', contact: 'Kari' };
    expect(upgradeCase(old, steps, 3)).toEqual({
      schemaVersion: 3,
      title: 'Sak',
      customer: 'Bærum kommune',
      contacts: ['Kari'],
    });
    expect(upgradeCase({ schemaVersion: 2, customer: 'X' }, steps, 3)).toEqual({
      schemaVersion: 3,
      customer: 'X',
      contacts: [],
    });
  });

  it('never changes the case it is given, so the text the user saved is kept', () => {
    const old = { schemaVersion: 1, kunde: 'Bærum kommune' };
    upgradeCase(old, steps, 3);
    expect(old).toEqual({ schemaVersion: 1, kunde: 'Bærum kommune' });
  });

  it('leaves current, newer and unversioned cases for validation to judge', () => {
    for (const raw of [
      { schemaVersion: 3, customer: 'X' },
      { schemaVersion: 9 },
      { schemaVersion: '1' },
      { title: 'no version' },
      [1, 2],
      null,
      'text',
    ]) {
      expect(upgradeCase(raw, steps, 3)).toBe(raw);
    }
  });

  it('stops at a format it has no step for', () => {
    const old = { schemaVersion: 1, kunde: 'X' };
    expect(upgradeCase(old, steps.slice(1), 3)).toBe(old);
  });
});

const library = loadLibrary();
const catalog = catalogOf(library);
const readJson = (relative: string): Record<string, unknown> =>
  JSON.parse(readFileSync(examplePath(relative), 'utf8')) as Record<string, unknown>;
const v1Dates = (dates: Record<string, unknown>) => ({ schemaVersion: 1, title: 'Sak', dates });
// The step alone, so that its tests hold when later formats add steps after it.
const toFormat2 = (raw: unknown) => upgradeCase(raw, CASE_UPGRADES, 2);

describe('format 1 to 2: the extension option as one object', () => {
  for (const key of Object.keys(EXAMPLES) as (keyof typeof EXAMPLES)[]) {
    it(`upgrades the ${key} example as format 1 wrote it to the format-2 example`, () => {
      const v1 = readJson(V1_EXAMPLES[key]);
      expect(v1.schemaVersion).toBe(1);
      expect(upgradeCase(v1)).toEqual(loadExample(EXAMPLES[key]));
    });

    it(`validates the ${key} example of format 1 to the same case and documents as format 2`, () => {
      const old = validateCase(readJson(V1_EXAMPLES[key]), catalog, 'nb');
      const current = validateCase(loadExample(EXAMPLES[key]), catalog, 'nb');
      expect(old.problems).toEqual(current.problems);
      expect(old.case).not.toBeNull();
      expect(old.case).toEqual(current.case);
      const documents = (c: typeof old.case) =>
        buildDocuments(c!, library, { lang: c!.language, guidance: false });
      expect(documents(old.case)).toEqual(documents(current.case));
    });
  }

  it('reads a count of 0 as «no limit», as format 1 printed it', () => {
    expect(toFormat2(v1Dates({ extensionMonths: 12, extensions: 0 }))).toEqual({
      schemaVersion: 2,
      title: 'Sak',
      dates: { extension: { months: 12, maxTimes: null } },
    });
    expect(toFormat2(v1Dates({ durationMonths: 36, extensionMonths: 6 }))).toEqual({
      schemaVersion: 2,
      title: 'Sak',
      dates: { durationMonths: 36, extension: { months: 6, maxTimes: null } },
    });
  });

  it('gives no extension option where format 1 had no months, whatever the count', () => {
    for (const dates of [{ extensions: 3 }, { extensionMonths: null, extensions: 2 }, {}]) {
      expect(toFormat2(v1Dates(dates))).toEqual({
        schemaVersion: 2,
        title: 'Sak',
        dates: { extension: null },
      });
    }
  });

  it('leaves a case without dates as it is, but for its format', () => {
    expect(toFormat2({ schemaVersion: 1, title: 'Sak' })).toEqual({
      schemaVersion: 2,
      title: 'Sak',
    });
    expect(toFormat2({ schemaVersion: 1, dates: 'i fjor' })).toEqual({
      schemaVersion: 2,
      dates: 'i fjor',
    });
  });

  it('moves wrong values as they are, so validation names them at their new place', () => {
    const old = readJson(V1_EXAMPLES.ssaL);
    old.dates = { ...(old.dates as object), extensionMonths: 1.5, extensions: 'to' };
    const problems = validateCase(old, catalog, 'nb').problems;
    expect(problems.map((p) => p.path)).toEqual([
      'dates.extension.months',
      'dates.extension.maxTimes',
    ]);
  });

  it('previews a format-1 case as its upgrade', () => {
    const old = readJson(V1_EXAMPLES.ssaSky);
    expect(previewCase(old)?.case).toEqual(previewCase(loadExample(EXAMPLES.ssaSky))?.case);
    expect(previewCase(old)?.placeholders).toEqual([]);
  });
});
