import { describe, expect, it } from 'vitest';
import type { Block, Document } from '../../../electron/core/document/model';
import { clauseHeadings, clauseText, inlineText } from '../../../renderer/src/case/clause-text';

const heading = (
  level: 1 | 2 | 3,
  number: string | null,
  id: string | null,
  text: string,
): Block => ({ kind: 'heading', level, number, id, text });
const para = (text: string): Block => ({ kind: 'paragraph', content: [{ kind: 'text', text }] });

function doc(title: string, blocks: Block[]): Document {
  return {
    id: title.toLowerCase(),
    title,
    fileStem: title,
    lang: 'nb',
    header: title,
    meta: { subject: '', author: '', keywords: [] },
    blocks,
  };
}

const general = doc('Generelle vilkår', [
  heading(1, null, 'parties', 'Avtalens parter'),
  para('Avtalen er inngått mellom partene.'),
  heading(1, '1', 'general', 'Alminnelige bestemmelser'),
  heading(2, '1.1', 'scope', 'Omfang'),
  para('Avtalen gjelder tjenesten.'),
  { kind: 'guidance', content: [{ kind: 'text', text: 'Veiledning: beskriv tjenesten.' }] },
  heading(3, '1.1.1', 'scope-detail', 'Detaljer'),
  {
    kind: 'paragraph',
    content: [
      { kind: 'text', text: 'Se punkt ' },
      { kind: 'ref', target: 'duration', label: '1.2' },
      { kind: 'text', text: '.' },
    ],
  },
  heading(2, '1.2', 'duration', 'Varighet'),
  {
    kind: 'list',
    ordered: false,
    items: [
      [{ kind: 'text', text: 'tre år' }],
      [{ kind: 'text', text: 'to opsjoner', bold: true }],
    ],
  },
  { kind: 'page-break' },
  heading(3, null, null, 'Uten ID'),
  para('Tekst under en overskrift uten ID.'),
  heading(1, '2', 'prices', 'Priser'),
  {
    kind: 'table',
    header: ['Post', 'Beløp'],
    rows: [
      ['Etablering', '100'],
      ['Drift', '50'],
    ],
  },
  { kind: 'signatures', parties: [{ role: 'Kunde', name: 'K', signatories: [] }] },
  heading(2, '2.1', 'empty', 'Tomt punkt'),
]);

const appendix = doc('Bilag 4', [
  heading(1, null, 'a4-level', 'Tjenestenivå'),
  para('Tilgjengelighet 99,9 %.'),
  // The same ID as in the general text: only the first counts.
  heading(1, '9', 'scope', 'Omfang i bilaget'),
  para('Bilagets omfang.'),
]);

describe('inlineText', () => {
  it('joins text runs and reads a cross-reference as its computed number', () => {
    expect(
      inlineText([
        { kind: 'text', text: 'Se punkt ', bold: true },
        { kind: 'ref', target: 'scope', label: '1.1' },
        { kind: 'text', text: ' og ', italic: true },
        { kind: 'ref', target: 'duration', label: '1.2' },
        { kind: 'text', text: '.' },
      ]),
    ).toBe('Se punkt 1.1 og 1.2.');
  });

  it('gives an empty string for no inlines', () => {
    expect(inlineText([])).toBe('');
  });
});

describe('clauseHeadings', () => {
  it('lists every heading with an ID, in order, with its number, text and document', () => {
    expect(clauseHeadings([general])).toEqual([
      { id: 'parties', number: null, text: 'Avtalens parter', document: 'Generelle vilkår' },
      {
        id: 'general',
        number: '1',
        text: 'Alminnelige bestemmelser',
        document: 'Generelle vilkår',
      },
      { id: 'scope', number: '1.1', text: 'Omfang', document: 'Generelle vilkår' },
      { id: 'scope-detail', number: '1.1.1', text: 'Detaljer', document: 'Generelle vilkår' },
      { id: 'duration', number: '1.2', text: 'Varighet', document: 'Generelle vilkår' },
      { id: 'prices', number: '2', text: 'Priser', document: 'Generelle vilkår' },
      { id: 'empty', number: '2.1', text: 'Tomt punkt', document: 'Generelle vilkår' },
    ]);
  });

  it('goes through the documents in order and keeps only the first heading of an ID', () => {
    const headings = clauseHeadings([general, appendix]);
    expect(headings.map((h) => h.id)).toEqual([
      'parties',
      'general',
      'scope',
      'scope-detail',
      'duration',
      'prices',
      'empty',
      'a4-level',
    ]);
    expect(headings.find((h) => h.id === 'scope')).toMatchObject({
      text: 'Omfang',
      document: 'Generelle vilkår',
    });
    expect(headings.find((h) => h.id === 'a4-level')?.document).toBe('Bilag 4');
  });

  it('leaves out headings without an ID, including an empty one', () => {
    const headings = clauseHeadings([
      doc('D', [heading(1, '1', null, 'Ingen ID'), heading(1, '2', '', 'Tom ID')]),
    ]);
    expect(headings).toEqual([]);
  });

  it('gives nothing for no documents', () => {
    expect(clauseHeadings([])).toEqual([]);
  });
});

describe('clauseText', () => {
  it('takes the blocks under a heading up to the next heading of the same level', () => {
    expect(clauseText([general], 'duration')).toBe(
      '– tre år\n– to opsjoner\n\nUten ID\n\nTekst under en overskrift uten ID.',
    );
  });

  it('includes sub-clauses with their numbers, leaves out guidance, resolves references', () => {
    expect(clauseText([general], 'scope')).toBe(
      'Avtalen gjelder tjenesten.\n\n1.1.1 Detaljer\n\nSe punkt 1.2.',
    );
  });

  it('stops at a heading of a higher level', () => {
    expect(clauseText([general], 'scope-detail')).toBe('Se punkt 1.2.');
  });

  it('takes a whole chapter, sub-clauses and all, from a top-level heading', () => {
    const text = clauseText([general], 'general');
    expect(text).toContain('1.1 Omfang');
    expect(text).toContain('1.2 Varighet');
    expect(text).toContain('Uten ID');
    expect(text).not.toContain('Veiledning');
    expect(text).not.toContain('Priser');
  });

  it('writes tables row by row with cells joined by «|», and drops signatures', () => {
    expect(clauseText([general], 'prices')).toBe(
      'Post | Beløp\nEtablering | 100\nDrift | 50\n\n2.1 Tomt punkt',
    );
  });

  it('writes an unnumbered sub-heading by its text alone', () => {
    expect(clauseText([general], 'duration')).toContain('\n\nUten ID\n\n');
  });

  it('gives an empty string, not null, for a clause with no text', () => {
    expect(clauseText([general], 'empty')).toBe('');
  });

  it('gives null for an unknown clause or no documents', () => {
    expect(clauseText([general, appendix], 'nope')).toBeNull();
    expect(clauseText([], 'scope')).toBeNull();
  });

  it('looks in later documents, and takes the first document that has the clause', () => {
    expect(clauseText([general, appendix], 'a4-level')).toBe('Tilgjengelighet 99,9 %.');
    expect(clauseText([appendix, general], 'scope')).toBe('Bilagets omfang.');
  });

  it('never matches a heading without an ID', () => {
    expect(clauseText([doc('D', [heading(1, '1', null, 'X'), para('y')])], '')).toBeNull();
  });

  it('lists the rows of a table without column headings', () => {
    const facts = doc('D', [
      heading(1, '1', 'facts', 'Fakta'),
      { kind: 'table', header: [], rows: [['Kunde', 'K']] },
    ]);
    expect(clauseText([facts], 'facts')?.trim()).toBe('Kunde | K');
  });

  it('writes a table without column headings without an empty first line', () => {
    const facts = doc('D', [
      heading(1, '1', 'facts', 'Fakta'),
      { kind: 'table', header: [], rows: [['Kunde', 'K']] },
    ]);
    expect(clauseText([facts], 'facts')).toBe('Kunde | K');
  });
});
