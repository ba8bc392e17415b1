import { describe, expect, it } from 'vitest';
import { CaseSchema, type Case, type Language } from '../../../electron/core/case/case-schema';
import { frontPageEntries } from '../../../electron/core/contract-set/contract-set';
import type { Document, Table } from '../../../electron/core/document/model';
import { buildDocuments, contractSetOf } from '../../../electron/core/generate';
import { loadLibrary } from '../../../electron/node/templates/load-library';
import { EXAMPLES, loadExample } from '../../fixtures/cases';

const library = loadLibrary();
const LANGS: Language[] = ['nb', 'nn', 'en'];
const YES = { nb: 'Ja', nn: 'Ja', en: 'Yes' } as const;
const NO = { nb: 'Nei', nn: 'Nei', en: 'No' } as const;
const APPENDIX = { nb: 'Bilag', nn: 'Vedlegg', en: 'Appendix' } as const;
const OTHER = { nb: 'Andre vedlegg', nn: 'Andre vedlegg', en: 'Other appendices' } as const;

function exampleCase(
  example: string,
  mutate: (c: ReturnType<typeof loadExample>) => void = () => undefined,
): Case {
  const c = loadExample(example);
  mutate(c);
  return CaseSchema.parse(c);
}

/** The front page's appendix table: number (or «other»), title, yes/no. */
function frontPageRows(agreement: Document): string[][] {
  const table = agreement.blocks.find(
    (b): b is Table => b.kind === 'table' && b.rows.some((r) => r[0] === '1'),
  );
  if (!table) throw new Error('no appendix table on the front page');
  return table.rows;
}

describe('the contract set', () => {
  for (const example of Object.values(EXAMPLES)) {
    for (const lang of LANGS) {
      it(`${example} in ${lang}: the front page lists exactly the documents of the set, by their numbers`, () => {
        const c = exampleCase(example);
        const documents = buildDocuments(c, library, { lang, guidance: false });
        const [agreement, ...others] = documents;
        const rows = frontPageRows(agreement!);
        const yes = rows.filter((r) => r[2] === YES[lang]);
        // Every document but the agreement is a row marked «yes», and every «yes» is a document.
        expect(others.map((d) => d.title).sort()).toEqual(yes.map((r) => r[1]).sort());
        for (const doc of others) {
          const row = rows.find((r) => r[1] === doc.title);
          expect(row?.[2], doc.fileStem).toBe(YES[lang]);
          if (row?.[0] === OTHER[lang]) {
            expect(doc.fileStem.startsWith(`${OTHER[lang]} – `), doc.fileStem).toBe(true);
          } else {
            const number = String(row?.[0]);
            expect(doc.fileStem).toMatch(
              new RegExp(`^${APPENDIX[lang]} ${number.padStart(2, '0')} `),
            );
            expect(doc.title).toMatch(new RegExp(`^${APPENDIX[lang]} ${number} – `));
          }
        }
        // An appendix marked «no» is never generated.
        for (const row of rows.filter((r) => r[2] === NO[lang]))
          expect(
            others.some((d) => d.title === row[1]),
            row[1],
          ).toBe(false);
        expect(rows.every((r) => r[2] === YES[lang] || r[2] === NO[lang])).toBe(true);
      });
    }
  }

  it('in SSA-Sky makes the DPA bilag 10 and the requirements bilag 11, with no stub beside them', () => {
    const c = exampleCase(EXAMPLES.ssaSky, (x) => {
      x.appendices = { ...x.appendices, '10': { included: false }, '11': { included: false } };
    });
    const documents = buildDocuments(c, library, { lang: 'nb', guidance: false });
    const names = documents.map((d) => d.fileStem);
    expect(names).toContain('Bilag 10 Databehandleravtale');
    expect(names).toContain('Bilag 11 Informasjonssikkerhet');
    expect(names.filter((n) => /Databehandleravtale|Sikkerhetskrav/.test(n))).toHaveLength(1);
    const dpa = documents.find((d) => d.id === 'appendix-10')!;
    const headings = dpa.blocks.flatMap((b) =>
      b.kind === 'heading' ? [`${b.number ?? ''} ${b.text}`] : [],
    );
    expect(headings[0]).toBe('1 Bilagets formål');
    // The DPA's own appendices are numbered A.1, A.2 … and its signatures stand outside the clauses.
    expect(headings).toContain('A.1 Formålet med vedlegget');
    expect(headings).toContain('D.2 Avtalte endringer');
    expect(headings).toContain(' Signaturer');
    const rows = frontPageRows(documents[0]!);
    expect(rows.find((r) => r[0] === '10')?.[2]).toBe('Ja');
    expect(rows.find((r) => r[0] === '11')?.[2]).toBe('Ja');
    expect(rows.some((r) => r[0] === 'Andre vedlegg')).toBe(false);
  });

  it('in SSA-L lists the DPA among the other appendices and names it in 6.2', () => {
    const documents = buildDocuments(exampleCase(EXAMPLES.ssaL), library, {
      lang: 'nb',
      guidance: false,
    });
    const rows = frontPageRows(documents[0]!);
    expect(rows.at(-1)).toEqual(['Andre vedlegg', 'Databehandleravtale', 'Ja']);
    expect(documents.map((d) => d.fileStem)).toContain('Andre vedlegg – Databehandleravtale');
    const general = documents[0]!.blocks
      .flatMap((b) =>
        b.kind === 'paragraph' ? b.content.map((i) => (i.kind === 'text' ? i.text : i.label)) : [],
      )
      .join('');
    expect(general).toContain(
      'Partenes databehandleravtale er oppført under «Andre vedlegg» på avtalens forside.',
    );
  });

  it('ticks an appendix by its content whatever its box says, and leaves unticked text out', () => {
    const c = exampleCase(EXAMPLES.ssaL, (x) => {
      x.appendices = {
        ...x.appendices,
        '4': { included: false },
        '3': { included: false, text: 'Plan.' },
      };
    });
    const set = contractSetOf(c, library, { lang: 'nb', final: false });
    const four = set.entries.find((e) => e.id === 'appendix-4')!;
    expect([four.inAgreement, four.reason]).toEqual([true, 'content']);
    const three = set.entries.find((e) => e.id === 'appendix-3')!;
    expect([three.inAgreement, three.reason, three.parts]).toEqual([false, 'not-ticked', []]);
    expect(frontPageEntries(set).map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, null]);
  });

  it('lists the supplier’s own DPA on the front page without generating it, its checklist a working paper', () => {
    const c = exampleCase(EXAMPLES.ssaL, (x) => {
      x.dpa = { ...(x.dpa as object), form: 'supplier' };
    });
    const draft = contractSetOf(c, library, { lang: 'nb', final: false });
    const dpa = draft.entries.find((e) => e.id === 'dpa')!;
    expect([dpa.title, dpa.inAgreement, dpa.parts]).toEqual([
      'Leverandørens databehandleravtale',
      true,
      [],
    ]);
    const checklist = draft.entries.find((e) => e.id === 'dpa-checklist')!;
    expect([checklist.role, checklist.inAgreement]).toEqual(['working-paper', false]);
    expect(checklist.fileStem).toBe(
      'Arbeidsdokument – Sjekkliste for leverandørens databehandleravtale',
    );
    const final = contractSetOf(c, library, { lang: 'nb', final: true });
    expect(final.entries.map((e) => e.id)).not.toContain('dpa-checklist');
  });
});
