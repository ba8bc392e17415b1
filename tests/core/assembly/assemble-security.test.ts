import { describe, expect, it } from 'vitest';
import { assembleSecurity } from '../../../electron/core/assembly/assemble-security';
import { CaseSchema } from '../../../electron/core/case/case-schema';
import { plainText, type Document } from '../../../electron/core/document/model';
import { miniBank } from '../../fixtures/bank';
import { loadExample } from '../../fixtures/cases';
import { templateFolder } from '../../fixtures/template-files';

const files = templateFolder('security');
const agreement = { id: 'ssa-l', name: 'SSA-L' };

function securityCase(
  requirements: { id: string; absolute?: boolean; weight?: number }[],
  coverageAppendix = false,
) {
  return CaseSchema.parse({ ...loadExample(), requirements, coverageAppendix });
}

function flatten(doc: Document): string {
  return doc.blocks
    .map((b) => {
      if (b.kind === 'heading') return `${b.number ?? ''} ${b.text}`;
      if (b.kind === 'paragraph') return plainText(b.content);
      if (b.kind === 'table') return [b.header, ...b.rows].map((r) => r.join(' | ')).join('\n');
      return '';
    })
    .join('\n');
}

describe('the security appendix', () => {
  it('is left out when the case chooses no requirements', () => {
    expect(
      assembleSecurity(securityCase([]), files, agreement, miniBank(), {
        lang: 'nb',
        guidance: false,
      }),
    ).toEqual([]);
  });

  it('states absolute and evaluated requirements, groups them by area and gives a response table', () => {
    const c = securityCase([{ id: 'B.IS.24' }, { id: 'A.1' }, { id: 'C.1', weight: 4 }]);
    const [doc] = assembleSecurity(c, files, agreement, miniBank(), {
      lang: 'nb',
      guidance: false,
    });
    const text = flatten(doc!);
    expect(doc!.fileStem).toBe('03 Sikkerhetskrav');
    expect(text).toContain('Antall krav: 3, herav 2 absolutte og 1 evaluerte.');
    expect(text).toMatch(/3\.1 Identity\nB\.IS\.24 Tittel B\.IS\.24/);
    expect(text).toMatch(/3\.2 Governance\nA\.1 Tittel A\.1/);
    expect(text).toContain(
      'gjelder tjenesten Fjordsky Byggesak. De bygger på strukturen i referansearkitekturen',
    );
    expect(text).toContain('Evaluert krav («bør»), vekt 4');
    expect(text).toContain('B.IS.24 Tittel B.IS.24 | Skal | ☐ Ja ☐ Delvis ☐ Nei |  | ');
    expect(text).toContain('Leverandøren sikrer | Kunden sikrer');
    expect(text).toContain('programvare som tjeneste (SaaS)');
  });

  it('prints the coverage appendix with gaps when the case asks for it', () => {
    const c = securityCase([{ id: 'B.IS.12' }], true);
    const docs = assembleSecurity(c, files, agreement, miniBank(), { lang: 'en', guidance: false });
    expect(docs.map((d) => d.id)).toEqual(['security', 'coverage']);
    const text = flatten(docs[1]!);
    expect(text).toContain('2 of 4 covered.');
    expect(text).toContain('20 Art. 20 | Not covered');
    expect(text).toContain('23 Art. 23 | B.IS.12');
  });

  it('has the same clause IDs in every language', () => {
    const ids = (lang: 'nb' | 'nn' | 'en') =>
      Object.values(files[lang]).map((f) =>
        [...f.body.matchAll(/\{#([a-z0-9-]+)\}/g)].map((m) => m[1]).join(','),
      );
    expect(ids('nn')).toEqual(ids('nb'));
    expect(ids('en')).toEqual(ids('nb'));
  });
});
