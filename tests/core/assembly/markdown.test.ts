import { describe, expect, it } from 'vitest';
import { markdownToBlocks } from '../../../electron/core/assembly/markdown';
import type { Table } from '../../../electron/core/document/model';

function table(markdown: string): Table {
  const block = markdownToBlocks(markdown, { directive: () => [] }).find((b) => b.kind === 'table');
  if (block?.kind !== 'table') throw new Error('no table');
  return block;
}

describe('Markdown tables', () => {
  it('keep the cells and size short tables to their text', () => {
    const t = table('| Nr. | Krav |\n| --- | --- |\n| 1 | Logging |\n');
    expect(t.header).toEqual(['Nr.', 'Krav']);
    expect(t.rows).toEqual([['1', 'Logging']]);
    expect(t.widths).toEqual([5, 9]);
  });

  it('give every column room for its longest word, and the rest of the line to long text', () => {
    const long = 'Behandlingens gjenstand og varighet, art og formål. '.repeat(6);
    const t = table(
      `| Nr. | Krav | Hva avtalen må si |\n| --- | --- | --- |\n| 1 | Underdatabehandlere | ${long} |\n`,
    );
    const [nr, krav, text] = t.widths!;
    expect(nr).toBeGreaterThanOrEqual(5);
    expect(krav).toBeGreaterThanOrEqual('Underdatabehandlere'.length + 2);
    expect(nr! + krav! + text!).toBeCloseTo(95);
    expect(text).toBeGreaterThan(krav!);
  });

  it('leave room to write in a column that is blank in every row', () => {
    const rows = Array.from(
      { length: 3 },
      (_, i) => `| ${i + 1} | ${'Et krav med tekst. '.repeat(8)} |   |`,
    );
    const t = table(`| Nr. | Krav | Merknad |\n| --- | --- | --- |\n${rows.join('\n')}\n`);
    expect(t.widths![2]).toBeGreaterThan(t.widths![0]! * 3);
  });
});

describe('the user’s own Markdown', () => {
  const user = (markdown: string) =>
    markdownToBlocks(markdown, { directive: () => [], userText: true });

  it('never takes a clause ID or makes a cross-reference', () => {
    const blocks = user('## Kreditter {#service-credits}\n\nSe [](#service-credits).');
    expect(blocks[0]).toMatchObject({ kind: 'heading', id: null });
    expect(blocks[1]).toEqual({
      kind: 'paragraph',
      content: [{ kind: 'text', text: 'Se  (#service-credits).' }],
    });
  });

  it('keeps a link’s address and a quotation’s words in the text', () => {
    expect(user('Se [Datatilsynet](https://www.datatilsynet.no).')).toEqual([
      {
        kind: 'paragraph',
        content: [{ kind: 'text', text: 'Se Datatilsynet (https://www.datatilsynet.no).' }],
      },
    ]);
    expect(user('> Sitat')).toEqual([
      { kind: 'paragraph', content: [{ kind: 'text', text: 'Sitat' }] },
    ]);
  });

  it('makes no page break of a rule', () => {
    expect(user('Del én\n\n***\n\nDel to').map((b) => b.kind)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
  });
});
