import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGREEMENT_KINDS, AGREEMENT_NAMES } from '../../../electron/core/case/case-schema';
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

  const profiles = fc.record({
    standardService: fc.boolean(),
    implementation: fc.constantFrom('none' as const, 'limited' as const, 'significant' as const),
    platformUse: fc.boolean(),
    licencesOnly: fc.boolean(),
    personalData: fc.boolean(),
  });

  it('explains every agreement: the recommended one as fitting, the other two with a reason', () => {
    fc.assert(
      fc.property(profiles, (profile) => {
        const advice = recommendAgreement(profile);
        expect(advice.fits.map((f) => f.agreement)).toEqual([...AGREEMENT_KINDS]);
        expect(advice.fits.filter((f) => f.recommended).map((f) => f.agreement)).toEqual([
          advice.agreement,
        ]);
        for (const fit of advice.fits) {
          expect(fit.reasons.length).toBeGreaterThan(0);
          // A reason against an agreement names it, so the list reads on its own.
          if (!fit.recommended)
            expect(fit.reasons[0]?.nb).toContain(`${AGREEMENT_NAMES[fit.agreement]} passer`);
        }
        expect(advice.reasons).toEqual(advice.fits.find((f) => f.recommended)?.reasons);
      }),
    );
  });

  it('says why SSA-L and SSA-Lille sky were not chosen for a platform purchase', () => {
    const advice = recommendAgreement({ ...base, platformUse: true });
    const why = (agreement: string) =>
      advice.fits.find((f) => f.agreement === agreement)?.reasons.map((r) => r.nb) ?? [];
    expect(why('ssa-l')).toEqual([
      'SSA-L passer ikke så godt: den er laget for standardiserte tjenester, ikke for kundens egne løsninger på en skyplattform.',
    ]);
    expect(why('ssa-lille-sky')[0]).toContain('skyplattform');
    expect(why('ssa-sky')[0]).toContain('skyplattform');
  });

  it('does not say «without implementation» when limited implementation is needed', () => {
    const advice = recommendAgreement({ ...base, implementation: 'limited' });
    expect(advice.agreement).toBe('ssa-lille-sky');
    expect(advice.reasons[0]?.nb).not.toContain('uten implementering');
  });

  it('flags answers that point to SSA-Sky and to SSA-Lille sky at once', () => {
    const advice = recommendAgreement({ ...base, licencesOnly: true, platformUse: true });
    expect(advice.contradictions).toHaveLength(1);
    expect(advice.contradictions[0]?.nb).toMatch(/SSA-Lille sky.*SSA-Sky/);
    const implemented = recommendAgreement({
      ...base,
      licencesOnly: true,
      implementation: 'significant',
    });
    expect(implemented.contradictions[0]?.nb).toContain('betydelig implementering');
    expect(implemented.contradictions[0]?.en).toContain('SSA-Sky');
  });

  it('flags a standard SaaS service that is also used as a platform', () => {
    const advice = recommendAgreement({ ...base, standardService: true, platformUse: true });
    expect(advice.contradictions.map((c) => c.nb)).toEqual([
      expect.stringMatching(/SaaS peker mot SSA-L, plattformbruk mot SSA-Sky/),
    ]);
  });

  it('finds no contradiction in answers that agree', () => {
    expect(recommendAgreement({ ...base, standardService: true }).contradictions).toEqual([]);
    expect(recommendAgreement({ ...base, licencesOnly: true }).contradictions).toEqual([]);
    expect(recommendAgreement({ ...base, platformUse: true }).contradictions).toEqual([]);
  });
});
