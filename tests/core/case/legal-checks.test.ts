import { describe, expect, it } from 'vitest';
import type { Language } from '../../../electron/core/case/case-schema';
import { validateCase } from '../../../electron/core/case/validate-case';
import { SSA_L_CATALOG } from '../../fixtures/catalog';
import { loadExample } from '../../fixtures/cases';

const catalog = SSA_L_CATALOG;

type Example = ReturnType<typeof loadExample>;
const LANGUAGES: Language[] = ['nb', 'nn', 'en'];

function problemsOf(mutate: (c: Example) => void, lang: Language = 'nb') {
  const c = loadExample();
  mutate(c);
  return validateCase(c, catalog, lang).problems;
}

/** The problems with a code, in each language: [nb, nn, en] messages. */
function messagesIn(mutate: (c: Example) => void, code: string): string[] {
  return LANGUAGES.map((lang) => {
    const found = problemsOf(mutate, lang).find((p) => p.code === code);
    expect(found, `${code} in ${lang}`).toBeDefined();
    return found?.message ?? '';
  });
}

const sub = (over: Record<string, unknown>) => ({
  name: 'Nordic Hosting AB',
  country: 'SE',
  service: 'Drift',
  location: 'Stockholm',
  ...over,
});

describe('third-country transfers', () => {
  it('needs a basis where an EEA sub-processor processes or accesses data in a third country', () => {
    const mutate = (c: Example) => {
      c.dpa!.subprocessors = [sub({ processingCountries: ['SE', 'IN'] })];
    };
    const problems = problemsOf(mutate);
    expect(problems).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'case.transfer-no-basis',
        path: 'dpa.subprocessors[0].transferBasis',
      }),
    );
    const [nb, nn, en] = messagesIn(mutate, 'case.transfer-no-basis');
    expect(nb).toContain('tilgang fra IN');
    expect(nn).toContain('tilgang frå IN');
    expect(en).toContain('accessing data from IN');
  });

  it('accepts an EEA sub-processor that keeps the data in the EEA', () => {
    const problems = problemsOf((c) => {
      c.dpa!.subprocessors = [sub({ processingCountries: ['SE', 'NO'] })];
    });
    expect(problems.filter((p) => p.code.startsWith('case.transfer'))).toEqual([]);
  });

  it('follows the adequacy list: the United Kingdom (GB) has a decision, India has none', () => {
    const problems = problemsOf((c) => {
      c.dpa!.subprocessors = [
        sub({ country: 'GB', location: 'London', transferBasis: 'adequacy' }),
        sub({ country: 'IN', location: 'Pune', transferBasis: 'adequacy' }),
      ];
    });
    expect(problems.filter((p) => p.code.startsWith('case.transfer'))).toEqual([
      expect.objectContaining({
        code: 'case.transfer-no-adequacy',
        path: 'dpa.subprocessors[1].transferBasis',
      }),
    ]);
    const [nb, nn, en] = messagesIn((c) => {
      c.dpa!.subprocessors = [sub({ country: 'IN', transferBasis: 'adequacy' })];
    }, 'case.transfer-no-adequacy');
    expect(nb).toContain('EU har ingen beslutning');
    expect(nn).toContain('EU har inga avgjerd');
    expect(en).toContain('the EU has no adequacy decision');
  });

  it('refuses «UK» and «EL» with the ISO code to use, at the field', () => {
    for (const [lang, words] of [
      ['nb', 'Storbritannia skrives GB'],
      ['nn', 'Storbritannia blir skrive GB'],
      ['en', 'the United Kingdom is GB'],
    ] as const) {
      const problems = problemsOf((c) => {
        c.dpa!.subprocessors = [sub({ country: 'UK', processingCountries: ['EL'] })];
      }, lang);
      expect(problems.map((p) => p.path)).toEqual([
        'dpa.subprocessors[0].country',
        'dpa.subprocessors[0].processingCountries[0]',
      ]);
      expect(problems[0]?.message).toContain(words);
    }
  });

  it('warns that adequacy for the US covers only DPF-certified organisations', () => {
    const mutate = (c: Example) => {
      c.dpa!.subprocessors = [
        sub({ country: 'US', location: 'Virginia', transferBasis: 'adequacy' }),
        sub({ country: 'US', location: 'Virginia', transferBasis: 'scc' }),
      ];
    };
    const problems = problemsOf(mutate).filter((p) => p.code.startsWith('case.transfer'));
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'case.transfer-adequacy-scope',
        path: 'dpa.subprocessors[0].transferBasis',
      }),
    ]);
    const [nb, nn, en] = messagesIn(mutate, 'case.transfer-adequacy-scope');
    expect(nb).toContain('sertifisert under EU–US Data Privacy Framework');
    expect(nn).toContain('sertifiserte under EU–US Data Privacy Framework');
    expect(en).toContain('certified under the EU–US Data Privacy Framework');
  });
});

describe('organisation numbers', () => {
  it('checks a Norwegian sub-processor’s org number with modulus 11, and leaves foreign numbers be', () => {
    const mutate = (c: Example) => {
      c.dpa!.subprocessors = [
        sub({ country: 'NO', orgNumber: '987 654 321' }),
        sub({ country: 'NO', orgNumber: '987 654 325' }),
        sub({ country: 'SE', orgNumber: '556677-8899' }),
        sub({ country: 'NO', orgNumber: '12345' }),
      ];
    };
    const problems = problemsOf(mutate).filter((p) => p.code.startsWith('case.orgnr'));
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['case.orgnr-checksum', 'dpa.subprocessors[0].orgNumber'],
      ['case.orgnr-format', 'dpa.subprocessors[3].orgNumber'],
    ]);
    const [nb, nn, en] = messagesIn(mutate, 'case.orgnr-checksum');
    expect(nb).toContain('kontrollsifferet stemmer ikke');
    expect(nn).toContain('kontrollsifferet stemmer ikkje');
    expect(en).toContain('check digit is wrong');
  });

  it('refuses a customer and supplier with the same org number', () => {
    const mutate = (c: Example) => {
      c.supplier.orgNumber = '935478715';
    };
    expect(problemsOf(mutate)).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'case.parties-same-orgnr',
        path: 'supplier.orgNumber',
      }),
    );
    const [nb, nn, en] = messagesIn(mutate, 'case.parties-same-orgnr');
    expect(nb).toContain('to parter');
    expect(nn).toContain('to partar');
    expect(en).toContain('two parties');
  });
});

describe('dates', () => {
  it('refuses a start before signing, and a deadline before signing, at each field', () => {
    const mutate = (c: Example) => {
      c.dates = { signed: '2026-12-15', start: '2026-12-01', deliveryDeadline: '2026-11-01' };
    };
    const problems = problemsOf(mutate).filter((p) => p.code.startsWith('case.date'));
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['case.date-start-before-signing', 'dates.start'],
      ['case.date-deadline-before-signing', 'dates.deliveryDeadline'],
    ]);
    const [nb, nn, en] = messagesIn(mutate, 'case.date-deadline-before-signing');
    expect(nb).toBe('leveransefristen (01.11.2026) må ligge etter signeringen (15.12.2026)');
    expect(nn).toBe('leveransefristen (01.11.2026) må liggje etter signeringa (15.12.2026)');
    expect(en).toBe(
      'the delivery deadline (1 November 2026) must come after signing (15 December 2026)',
    );
  });

  it('accepts signing and start on the same day', () => {
    const problems = problemsOf((c) => {
      c.dates = { signed: '2026-12-15', start: '2026-12-15', deliveryDeadline: '2027-01-15' };
    });
    expect(problems.filter((p) => p.code.startsWith('case.date'))).toEqual([]);
  });

  it('refuses a delivery deadline after the term has ended', () => {
    const mutate = (c: Example) => {
      c.dates = { start: '2027-01-04', durationMonths: 12, deliveryDeadline: '2028-01-04' };
    };
    expect(problemsOf(mutate)).toContainEqual(
      expect.objectContaining({
        code: 'case.date-deadline-after-end',
        path: 'dates.deliveryDeadline',
      }),
    );
    const [nb, nn, en] = messagesIn(mutate, 'case.date-deadline-after-end');
    expect(nb).toContain('avtaleperioden er slutt (04.01.2028)');
    expect(nn).toContain('ligg etter');
    expect(en).toContain('the term has ended (4 January 2028)');
  });

  it('refuses a duration of 0 months in words, not «minimum 0»', () => {
    for (const [lang, words] of [
      ['nb', 'hele måneder'],
      ['nn', 'heile månader'],
      ['en', 'whole months'],
    ] as const) {
      const problems = problemsOf((c) => {
        c.dates = { durationMonths: 0 };
      }, lang);
      expect(problems).toEqual([expect.objectContaining({ path: 'dates.durationMonths' })]);
      expect(problems[0]?.message).toContain(words);
    }
  });
});

describe('service levels', () => {
  it('refuses credit steps out of order, naming the step', () => {
    const mutate = (c: Example) => {
      c.sla = {
        availability: 99.9,
        credits: [
          { below: 99.5, creditPercent: 10 },
          { below: 99.9, creditPercent: 5 },
        ],
      };
    };
    expect(problemsOf(mutate).filter((p) => p.severity === 'error')).toEqual([
      expect.objectContaining({ code: 'case.sla-credit-order', path: 'sla.credits[1]' }),
    ]);
    const [nb, nn, en] = messagesIn(mutate, 'case.sla-credit-order');
    expect(nb).toContain('synkende tilgjengelighet');
    expect(nn).toContain('søkkande tilgjenge');
    expect(en).toContain('go down in availability');
  });

  it('refuses a lower availability that gives no more credit', () => {
    const problems = problemsOf((c) => {
      c.sla = {
        availability: 99.9,
        credits: [
          { below: 99.9, creditPercent: 10 },
          { below: 99, creditPercent: 10 },
        ],
      };
    });
    expect(problems.map((p) => p.code)).toContain('case.sla-credit-order');
  });

  it('refuses a credit above the agreed cap', () => {
    const problems = problemsOf((c) => {
      c.sla = {
        availability: 99.9,
        creditCapPercent: 15,
        credits: [{ below: 99, creditPercent: 20 }],
      };
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        code: 'case.sla-credit-over-cap',
        path: 'sla.credits[0].creditPercent',
      }),
    );
  });

  it('refuses availability with more decimals than the documents print', () => {
    for (const [lang, words] of [
      ['nb', 'fire desimaler'],
      ['nn', 'fire desimalar'],
      ['en', 'four decimals'],
    ] as const) {
      const problems = problemsOf((c) => {
        c.sla = { availability: 99.99999999999999 };
      }, lang);
      expect(problems).toEqual([expect.objectContaining({ path: 'sla.availability' })]);
      expect(problems[0]?.message).toContain(words);
    }
    expect(problemsOf((c) => (c.sla = { availability: 99.9999 }))).toEqual([]);
  });

  it('refuses a service window that ends before it begins', () => {
    const problems = problemsOf((c) => {
      c.sla = {
        availability: 99.5,
        serviceWindow: { days: 'weekdays', from: '17:00', to: '07:00' },
      };
    }, 'nn');
    expect(problems).toEqual([
      expect.objectContaining({
        path: 'sla.serviceWindow.to',
        message: 'tenestetida må slutte etter at ho byrjar',
      }),
    ]);
  });
});
