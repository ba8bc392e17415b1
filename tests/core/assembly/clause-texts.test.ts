import { describe, expect, it } from 'vitest';
import { clauseTexts } from '../../../electron/core/assembly/clause-texts';
import type { Block } from '../../../electron/core/document/model';

const heading = (level: 1 | 2 | 3, number: string | null, id: string | null, text: string) =>
  ({ kind: 'heading', level, number, id, text }) satisfies Block;
const para = (text: string) =>
  ({ kind: 'paragraph', content: [{ kind: 'text', text }] }) satisfies Block;

const GENERAL: Block[] = [
  heading(1, null, 'parties', 'Avtalens parter'),
  para('Avtalen er inngått mellom partene.'),
  heading(1, '1', 'general', 'Alminnelige bestemmelser'),
  heading(2, '1.1', 'scope', 'Omfang'),
  para('Avtalen gjelder tjenesten.'),
  { kind: 'guidance', content: [{ kind: 'text', text: 'Veiledning: beskriv tjenesten.' }] },
  {
    kind: 'paragraph',
    content: [
      { kind: 'text', text: 'Se punkt ' },
      { kind: 'ref', target: 'duration', label: '?' },
      { kind: 'text', text: '.' },
    ],
  },
  heading(2, '1.2', 'duration', 'Varighet'),
  {
    kind: 'list',
    ordered: false,
    items: [[{ kind: 'text', text: 'tre år' }], [{ kind: 'text', text: 'to opsjoner' }]],
  },
];

describe('clauseTexts', () => {
  const clauses = clauseTexts(GENERAL);

  it('lists the numbered clauses in order, each with its number and title', () => {
    expect([...clauses.keys()]).toEqual(['general', 'scope', 'duration']);
    expect(clauses.get('scope')).toMatchObject({ number: '1.1', title: 'Omfang' });
  });

  it("gives a clause's paragraphs up to the next heading, without the guidance", () => {
    expect(clauses.get('scope')?.text).toBe('Avtalen gjelder tjenesten.\nSe punkt 1.2.');
    expect(clauses.get('general')?.text).toBe('');
  });

  it('reads a list as one dashed line per item', () => {
    expect(clauses.get('duration')?.text).toBe('– tre år\n– to opsjoner');
  });

  it('leaves out headings without a number', () => {
    expect(clauses.has('parties')).toBe(false);
  });
});
