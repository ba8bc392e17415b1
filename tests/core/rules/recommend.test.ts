import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recommendAgreement, type PurchaseProfile } from '../../../electron/core/rules/recommend';

const base: PurchaseProfile = {
  standardService: false,
  implementation: 'none',
  platformUse: false,
  licencesOnly: false,
  personalData: false,
};

describe('agreement recommendation', () => {
  it('recommends SSA-L for a standard SaaS service with limited set-up', () => {
    const advice = recommendAgreement({
      ...base,
      standardService: true,
      implementation: 'limited',
    });
    expect(advice.agreement).toBe('ssa-l');
    expect(advice.reasons[0]?.nb).toContain('standardisert tjeneste');
  });

  it('recommends SSA-Sky for platform use or significant implementation, giving each reason', () => {
    expect(recommendAgreement({ ...base, platformUse: true }).agreement).toBe('ssa-sky');
    const both = recommendAgreement({
      ...base,
      standardService: true,
      platformUse: true,
      implementation: 'significant',
    });
    expect(both.agreement).toBe('ssa-sky');
    expect(both.reasons).toHaveLength(2);
  });

  it('recommends SSA-Lille sky for plain licences', () => {
    expect(
      recommendAgreement({ ...base, licencesOnly: true, standardService: true }).agreement,
    ).toBe('ssa-lille-sky');
  });

  it('adds the data processing agreement when personal data is processed', () => {
    expect(recommendAgreement({ ...base, personalData: true }).notes[0]?.en).toContain(
      'GDPR art. 28',
    );
    expect(recommendAgreement(base).notes).toEqual([]);
  });

  it('never recommends SSA-Lille sky where real implementation work is needed', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (standardService, platformUse, licencesOnly, personalData) => {
          const advice = recommendAgreement({
            standardService,
            platformUse,
            licencesOnly,
            personalData,
            implementation: 'significant',
          });
          expect(advice.agreement).toBe('ssa-sky');
          expect(advice.reasons.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});
