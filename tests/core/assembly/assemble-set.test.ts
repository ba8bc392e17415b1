import { describe, expect, it } from 'vitest';
import { assembleSet } from '../../../electron/core/assembly/assemble-set';
import type { AgreementTemplates } from '../../../electron/core/assembly/template-set';
import { CaseSchema, type Case, type Language } from '../../../electron/core/case/case-schema';
import type { RequirementBank } from '../../../electron/core/requirements/bank-schema';
import { plainText, type Block, type Document } from '../../../electron/core/document/model';
import { SkyError } from '../../../electron/core/errors';
import { loadExample } from '../../fixtures/cases';
import { templateFolder } from '../../fixtures/template-files';
import { EMPTY_BANK, GENERAL, tinyAgreement } from '../../fixtures/templates';

const SECURITY = templateFolder('security');

/** Assembles the set of a case against a small agreement and the real security templates. */
function assembleAgreement(
  c: Case,
  agreement: AgreementTemplates,
  bank: RequirementBank,
  options: { lang: Language; guidance: boolean; final?: boolean; tender?: boolean },
) {
  return assembleSet(c, { agreement, dpa: null, security: SECURITY }, bank, {
    final: false,
    tender: false,
    ...options,
  });
}

function exampleCase(mutate: (c: ReturnType<typeof loadExample>) => void = () => undefined): Case {
  const c = loadExample();
  mutate(c);
  return CaseSchema.parse(c);
}

function text(doc: Document): string {
  return doc.blocks
    .map((b: Block) => {
      switch (b.kind) {
        case 'heading':
          return `${b.number ?? ''} ${b.text}`.trim();
        case 'paragraph':
        case 'guidance':
          return plainText(b.content);
        case 'table':
          return [b.header, ...b.rows].map((r) => r.join(' | ')).join('\n');
        default:
          return `[${b.kind}]`;
      }
    })
    .join('\n');
}

function thrown(fn: () => unknown): SkyError {
  try {
    fn();
  } catch (error) {
    if (error instanceof SkyError) return error;
    throw error;
  }
  throw new Error('expected a SkyError');
}

describe('assembling the contract set', () => {
  it('fills variables, numbers headings and resolves cross-references', () => {
    const [agreement] = assembleAgreement(exampleCase(), tinyAgreement(GENERAL), EMPTY_BANK, {
      lang: 'nb',
      guidance: false,
    });
    const body = text(agreement!);
    expect(body).toContain('1 Alminnelige bestemmelser');
    expect(body).toContain('1.2 Varighet');
    expect(body).toContain('Avtalen gjelder Fjordsky Byggesak for Bærum kommune.');
    expect(body).toContain('Se punkt 1.1 og punkt 2.');
    expect(body).not.toContain('Veiledning');
  });

  it('quotes the standard text in appendix 7 with its cross-references as clause numbers', () => {
    const templates = tinyAgreement(GENERAL, {
      'appendix-7':
        '---\ntitle: Bilag 7 – Endringer\nshort: Endringer\n---\n# Endringer {#a7-edits}\n\n```block\nedits\n```\n',
    });
    templates.appendices.push({ number: 7, content: ['edits', 'text'], holds: [], citedBy: [] });
    const c = exampleCase((x) => {
      x.appendices = { ...x.appendices, '7': { included: true } };
      x.edits = [{ clause: 'assignment', action: 'replace', text: 'Ny tekst.', reason: 'Avtalt.' }];
    });
    const appendix7 = assembleAgreement(c, templates, EMPTY_BANK, {
      lang: 'nb',
      guidance: false,
    }).find((doc) => doc.title === 'Bilag 7 – Endringer');
    expect(text(appendix7!)).toContain(
      '1.3 Overdragelse | Erstattes | Se punkt 1.1 og punkt 2. | Ny tekst. | Avtalt.',
    );
  });

  it('renumbers when a condition leaves a clause out, and references follow', () => {
    const c = exampleCase((x) => {
      x.dates = { ...x.dates, durationMonths: null };
    });
    const body = text(
      assembleAgreement(c, tinyAgreement(GENERAL), EMPTY_BANK, { lang: 'nb', guidance: false })[0]!,
    );
    expect(body).not.toContain('Varighet');
    expect(body).toContain('1.2 Overdragelse');
  });

  it('keeps guidance only when asked (drafts)', () => {
    const [agreement] = assembleAgreement(exampleCase(), tinyAgreement(GENERAL), EMPTY_BANK, {
      lang: 'nb',
      guidance: true,
    });
    expect(agreement!.blocks.some((b) => b.kind === 'guidance')).toBe(true);
  });

  it('ticks appendices with content and leaves empty ones out without shifting numbers', () => {
    const c = exampleCase((x) => {
      x.appendices = { '1': { included: true, text: 'Kravene.' }, '4': { included: true } };
      x.sla = null;
    });
    const docs = assembleAgreement(c, tinyAgreement(GENERAL), EMPTY_BANK, {
      lang: 'nb',
      guidance: false,
    });
    expect(docs.map((d) => d.id)).toEqual(['agreement', 'appendix-1']);
    expect(docs[1]!.fileStem).toBe('Bilag 01 Krav');
    expect(text(docs[0]!)).toContain('1 | Bilag 1 – Krav | Ja');
    expect(text(docs[0]!)).toContain('4 | Bilag 4 – Tjenestenivå | Nei');
    expect(text(docs[1]!)).toContain('Se punkt 1.1.');
  });

  it('inserts case values as text, never as Markdown', () => {
    const c = exampleCase((x) => {
      x.customer.name = '*Bygg* [AS](#scope) # 1';
    });
    const body = text(
      assembleAgreement(c, tinyAgreement(GENERAL), EMPTY_BANK, { lang: 'nb', guidance: false })[0]!,
    );
    expect(body).toContain('for *Bygg* [AS](#scope) # 1.');
  });

  it('names file and line for an unknown variable', () => {
    const broken = GENERAL.replace('{{ customer.name }}', '{{ customer.navn }}');
    const error = thrown(() =>
      assembleAgreement(exampleCase(), tinyAgreement(broken), EMPTY_BANK, {
        lang: 'nb',
        guidance: false,
      }),
    );
    expect(error.code).toBe('template.liquid');
    expect(error.where).toBe('tiny/nb/general.md:8');
    expect(error.describe('nb')).toContain('ukjent navn «customer.navn»');
  });

  it('names file and line for a template syntax error', () => {
    const broken = GENERAL.replace('{% endif %}', '');
    const error = thrown(() =>
      assembleAgreement(exampleCase(), tinyAgreement(broken), EMPTY_BANK, {
        lang: 'nb',
        guidance: false,
      }),
    );
    expect(error.where).toBe('tiny/nb/general.md:12');
    expect(error.describe('en')).toContain('not closed');
  });

  it('rejects a condition on an unknown field', () => {
    const broken = GENERAL.replace('{% if dates.durationMonths %}', '{% if contract.months %}');
    const error = thrown(() =>
      assembleAgreement(exampleCase(), tinyAgreement(broken), EMPTY_BANK, {
        lang: 'nb',
        guidance: false,
      }),
    );
    expect(error.describe('nb')).toContain('ukjent navn «contract»');
  });

  it('rejects a clause heading without an ID, naming the line', () => {
    const broken = GENERAL.replace('## Omfang {#scope}', '## Omfang');
    const error = thrown(() =>
      assembleAgreement(exampleCase(), tinyAgreement(broken), EMPTY_BANK, {
        lang: 'nb',
        guidance: false,
      }),
    );
    expect(error.code).toBe('template.heading-without-id');
    expect(error.where).toBe('tiny/nb/general.md:6');
  });

  it('rejects a cross-reference to a clause that does not exist', () => {
    const broken = GENERAL.replace('[](#disputes)', '[](#nowhere)');
    const error = thrown(() =>
      assembleAgreement(exampleCase(), tinyAgreement(broken), EMPTY_BANK, {
        lang: 'nb',
        guidance: false,
      }),
    );
    expect(error.code).toBe('template.unknown-ref');
    expect(error.describe('nb')).toContain('nowhere');
  });

  it('rejects an unknown data block', () => {
    const broken = `${GENERAL}\n\`\`\`block\nno-such-block\n\`\`\`\n`;
    const error = thrown(() =>
      assembleAgreement(exampleCase(), tinyAgreement(broken), EMPTY_BANK, {
        lang: 'nb',
        guidance: false,
      }),
    );
    expect(error.code).toBe('template.unknown-block');
  });

  it('reports a template missing in the chosen language', () => {
    const error = thrown(() =>
      assembleAgreement(exampleCase(), tinyAgreement(GENERAL), EMPTY_BANK, {
        lang: 'en',
        guidance: false,
      }),
    );
    expect(error.code).toBe('template.missing');
    expect(error.where).toBe('tiny/en/front.md');
  });

  it('prints the SLA as a downtime table', () => {
    const docs = assembleAgreement(exampleCase(), tinyAgreement(GENERAL), EMPTY_BANK, {
      lang: 'nb',
      guidance: false,
    });
    const sla = text(docs.find((d) => d.id === 'appendix-4')!);
    expect(sla).toContain('År | 99,9\u00a0% | 8\u00a0t 45\u00a0min 36\u00a0s');
  });
});
