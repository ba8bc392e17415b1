import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../../electron/core/case/case-schema';
import {
  CASE_UPGRADES,
  upgradeCase,
  type CaseUpgrade,
} from '../../../electron/core/case/case-upgrade';

// The pattern for a format change: format 2 renamed `kunde` to `customer`, format 3 turned a
// single `contact` into a list of `contacts`.
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
