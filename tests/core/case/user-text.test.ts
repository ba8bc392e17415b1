import { describe, expect, it } from 'vitest';
import type { Language } from '../../../electron/core/case/case-schema';
import { USER_TEXT_LIMITS } from '../../../electron/core/case/user-text';
import { validateCase } from '../../../electron/core/case/validate-case';
import { SSA_L_CATALOG } from '../../fixtures/catalog';
import { loadExample } from '../../fixtures/cases';

const catalog = SSA_L_CATALOG;

type Example = ReturnType<typeof loadExample>;

function check(mutate: (c: Example) => void, lang: Language = 'nb') {
  const c = loadExample();
  mutate(c);
  return validateCase(c, catalog, lang);
}

describe('characters that corrupt or mislead', () => {
  it.each([
    ['U+FFFE', 'Bygg\ufffe AS'],
    ['U+FFFF', 'Bygg\uffff AS'],
    ['U+0007', 'Bygg\u0007 AS'],
    ['U+202E', 'Bygg\u202e AS'],
    ['U+2066', 'Bygg\u2066 AS'],
    ['U+D800', 'Bygg\ud800 AS'],
  ])('removes %s from a field, with a warning naming the field and the character', (code, name) => {
    const result = check((c) => {
      c.supplier.name = name;
    });
    expect(result.case?.supplier.name).toBe('Bygg AS');
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        code: 'case.characters-removed',
        path: 'supplier.name',
        message: expect.stringContaining(code) as string,
      }),
    );
  });

  it('keeps tabs, line breaks and characters outside the Basic Multilingual Plane', () => {
    const text = 'Første linje\n\tandre 😀 linje';
    const result = check((c) => {
      c.appendices!['1'] = { included: true, text };
    });
    expect(result.case?.appendices['1']?.text).toBe(text);
    expect(result.problems.filter((p) => p.code === 'case.characters-removed')).toEqual([]);
  });

  it('warns in the chosen language', () => {
    const [nb, nn, en] = (['nb', 'nn', 'en'] as const).map(
      (lang) =>
        check((c) => {
          c.title = 'Avtale\u202e';
        }, lang).problems[0]?.message,
    );
    expect(nb).toContain('styretegn er fjernet');
    expect(nn).toContain('styreteikn er fjerna');
    expect(en).toContain('control characters were removed');
  });
});

describe('limits no real contract meets', () => {
  it('refuses a 10 MB name at the field before anything else looks at it', () => {
    const start = process.cpuUsage();
    const result = check((c) => {
      c.customer.name = 'A'.repeat(10_000_000);
    });
    const cpu = process.cpuUsage(start);
    expect(result.case).toBeNull();
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'case.too-large', path: 'customer.name' }),
    ]);
    expect(result.problems[0]?.message).toContain(`høyst ${USER_TEXT_LIMITS.plainChars}`);
    // A limit that is checked first costs well under a second of processor time.
    expect((cpu.user + cpu.system) / 1e6).toBeLessThan(1);
  });

  it('takes long text in appendix fields up to its own limit', () => {
    const fits = check((c) => {
      c.appendices!['1'] = { included: true, text: 'Krav. '.repeat(30_000) };
    });
    expect(fits.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const over = check((c) => {
      c.appendices!['1'] = { included: true, text: 'x'.repeat(USER_TEXT_LIMITS.longChars + 1) };
    });
    expect(over.problems).toEqual([
      expect.objectContaining({ code: 'case.too-large', path: 'appendices.1.text' }),
    ]);
  });

  it('refuses 5,000 levels of nesting with a message, not a stack trace', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 5000; i++) deep = [deep];
    const result = check((c) => {
      (c.customer as Record<string, unknown>).extra = deep;
    }, 'en');
    expect(result.problems).toEqual([
      expect.objectContaining({
        code: 'case.too-large',
        message: `the case is nested deeper than ${USER_TEXT_LIMITS.depth} levels`,
      }),
    ]);
    expect(result.problems[0]?.path).toMatch(/^customer\.extra(\[0\])+$/);
  });

  it('refuses a list longer than any contract has', () => {
    const result = check((c) => {
      c.requirements = Array.from({ length: USER_TEXT_LIMITS.listEntries + 1 }, () => ({
        id: 'A.1',
      }));
    }, 'nn');
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'case.too-large', path: 'requirements' }),
    ]);
    expect(result.problems[0]?.message).toContain('lista har 1001 oppføringar');
  });

  it('refuses amounts that would print as «Infinity» or lose øre', () => {
    const result = check((c) => {
      c.prices!.lines[0]!.unitPrice = 1e308;
    });
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        path: 'prices.lines[0].unitPrice',
        message: expect.stringContaining('urimelig stort') as string,
      }),
    );
    const total = check((c) => {
      c.prices!.lines = Array.from({ length: 3 }, () => ({
        description: 'Lisens',
        quantity: 1000,
        unit: 'stk',
        unitPrice: 5e8,
      }));
    });
    expect(total.problems).toContainEqual(expect.objectContaining({ path: 'prices.lines' }));
  });
});

describe('appendix text is the user’s, never the template’s structure', () => {
  it.each([
    ['{#service-credits} anchors', 'Innledning\n\n## Kreditter {#service-credits}', 'clause-id', 3],
    ['quotations', 'Avsnitt.\n\n> Sitat fra loven', 'quotation', 3],
    ['rules', 'Del én\n\n---\n\nDel to', 'rule', 3],
    ['deep nesting', `Start\n${'>'.repeat(5000)} x`, 'nesting', 2],
  ])('refuses %s at the field and line', (_, text, fault, line) => {
    const result = check((c) => {
      c.appendices!['2'] = { included: true, text };
    });
    expect(result.case).toBeNull();
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: `case.appendix-text-${fault}`,
        path: `appendices.2.text:${line}`,
      }),
    );
  });

  it('explains the refusal in each language', () => {
    const messages = (['nb', 'nn', 'en'] as const).map(
      (lang) =>
        check((c) => {
          c.appendices!['2'] = { included: true, text: '> Sitat' };
        }, lang).problems.find((p) => p.code === 'case.appendix-text-quotation')?.message,
    );
    expect(messages[0]).toContain('kan ikke brukes i bilagsteksten');
    expect(messages[1]).toContain('kan ikkje brukast i vedleggsteksten');
    expect(messages[2]).toContain('cannot be used in appendix text');
  });

  it('allows lists three levels deep, tables, emphasis and headings without IDs', () => {
    const text = [
      '## Krav',
      '',
      '- nivå 1',
      '  - nivå 2',
      '    - nivå 3',
      '',
      '| Nr. | Krav |',
      '| --- | --- |',
      '| 1 | **Logging** |',
    ].join('\n');
    const result = check((c) => {
      c.appendices!['2'] = { included: true, text };
    });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
