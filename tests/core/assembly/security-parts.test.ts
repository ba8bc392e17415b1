import { describe, expect, it } from 'vitest';
import { assembleSet } from '../../../electron/core/assembly/assemble-set';
import { CaseSchema, type Case, type Language } from '../../../electron/core/case/case-schema';
import { plainText, type Document } from '../../../electron/core/document/model';
import { loadLibrary } from '../../../electron/node/templates/load-library';
import { miniBank } from '../../fixtures/bank';
import { EXAMPLES, loadExample } from '../../fixtures/cases';

const library = loadLibrary();

function securityCase(
  requirements: { id: string; absolute?: boolean; weight?: number }[],
  more: Record<string, unknown> = {},
  example: string = EXAMPLES.ssaL,
): Case {
  return CaseSchema.parse({ ...loadExample(example), requirements, ...more });
}

function assemble(c: Case, lang: Language = 'nb', final = false): Document[] {
  const agreement = library.agreements[c.agreement]!;
  return assembleSet(c, { agreement, dpa: library.dpa, security: library.security }, miniBank(), {
    lang,
    guidance: false,
    final,
    tender: c.purpose === 'tender' && !final,
  });
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

const byId = (docs: Document[], id: string) => {
  const doc = docs.find((d) => d.id === id);
  if (!doc) throw new Error(`no document ${id} in ${docs.map((d) => d.id).join(', ')}`);
  return flatten(doc);
};

describe('the security requirements in the contract set', () => {
  it('are in no document when the case chooses no requirements', () => {
    const text = assemble(securityCase([])).map(flatten).join('\n');
    expect(text).not.toMatch(/^\d+ Om kravene$/m);
    expect(text).not.toMatch(/^\d+ Leverandørens svar$/m);
  });

  it('in SSA-L are a numbered part of bilag 1, and the answer table a part of bilag 2', () => {
    const c = securityCase([{ id: 'B.IS.24' }, { id: 'A.1' }, { id: 'C.1', weight: 4 }]);
    const docs = assemble(c);
    const one = byId(docs, 'appendix-1');
    expect(one).toMatch(/^\d+ Om kravene$/m);
    expect(one).toContain('Antall krav: 3, herav 2 absolutte og 1 evaluerte.');
    expect(one).toMatch(/^\d+\.1 Identity\nB\.IS\.24 Tittel B\.IS\.24/m);
    expect(one).toContain('Leverandøren sikrer | Kunden sikrer');
    expect(one).not.toContain('B.IS.24 Tittel B.IS.24 | Skal');
    const two = byId(docs, 'appendix-2');
    expect(two).toContain('B.IS.24 Tittel B.IS.24 | Skal | ☐ Ja ☐ Delvis ☐ Nei |  | ');
    expect(two).toContain('hvert krav i bilag 1');
    expect(docs.map((d) => d.fileStem)).not.toContain('03 Sikkerhetskrav');
  });

  it('in SSA-Sky are bilag 11, with the answer table and no separate document beside it', () => {
    const c = securityCase([{ id: 'B.IS.24' }], {}, EXAMPLES.ssaSky);
    const docs = assemble(c);
    const eleven = docs.find((d) => d.id === 'appendix-11')!;
    expect(eleven.fileStem).toBe('Bilag 11 Informasjonssikkerhet');
    expect(eleven.title).toBe('Bilag 11 – Informasjonssikkerhet');
    const text = flatten(eleven);
    expect(text).toMatch(/^1 Bilagets formål$/m);
    expect(text).toMatch(/^\d+ Om kravene$/m);
    expect(text).toMatch(/^\d+ Leverandørens svar$/m);
    // The shared responsibility is printed once, in the requirements part.
    expect(text.match(/Leverandøren sikrer \| Kunden sikrer/g)).toHaveLength(1);
    expect(docs.filter((d) => flatten(d).includes('Om kravene'))).toHaveLength(1);
  });

  it('speaks as a contract unless the case is a tender pack, and a final export always does', () => {
    const requirements = [{ id: 'B.IS.24' }, { id: 'C.1', weight: 4 }];
    const tenderWords = /avvist|tildeling|vekt \d/;
    const contract = byId(assemble(securityCase(requirements)), 'appendix-1');
    expect(contract).not.toMatch(tenderWords);
    expect(contract).toContain('Evaluert krav («bør»)');
    expect(contract).toContain('er en plikt Leverandøren har etter avtalen');
    const tender = securityCase(requirements, { purpose: 'tender' });
    const pack = byId(assemble(tender), 'appendix-1');
    expect(pack).toContain('Et tilbud som ikke oppfyller et absolutt krav, vil bli avvist.');
    expect(pack).toContain('Evaluert krav («bør»), vekt 4');
    expect(pack).toContain('vurderes i tildelingen');
    expect(byId(assemble(tender), 'appendix-2')).toContain('Leverandøren skal svare på hvert krav');
    for (const lang of ['nb', 'nn', 'en'] as const) {
      const final = assemble(tender, lang, true).map(flatten).join('\n');
      expect(final, lang).not.toMatch(
        /avvist|tildeling|vekt \d|rejected|assessed at award|weight \d|blir vurdert i tildelinga/,
      );
    }
  });

  it('makes the coverage analysis a working paper, outside the set and never in a final export', () => {
    const c = securityCase([{ id: 'B.IS.12' }], { coverageAppendix: true });
    const docs = assemble(c, 'en');
    const coverage = docs.find((d) => d.id === 'coverage')!;
    expect(coverage.fileStem).toBe('Working paper – Framework coverage');
    const text = flatten(coverage);
    expect(text).toContain(
      'This is a working paper for the Customer. It is not part of the agreement',
    );
    expect(text).toContain('2 of 4 covered.');
    expect(text).toContain('20 Art. 20 | Not covered');
    expect(text).toContain('23 Art. 23 | B.IS.12');
    expect(byId(docs, 'agreement')).not.toContain('Framework coverage');
    expect(assemble(c, 'en', true).map((d) => d.id)).not.toContain('coverage');
  });

  it('has the same clause IDs in every language', () => {
    const files = library.security;
    const ids = (lang: 'nb' | 'nn' | 'en') =>
      Object.values(files[lang]).map((f) =>
        [...f.body.matchAll(/\{#([a-z0-9-]+)\}/g)].map((m) => m[1]).join(','),
      );
    expect(ids('nn')).toEqual(ids('nb'));
    expect(ids('en')).toEqual(ids('nb'));
  });
});
