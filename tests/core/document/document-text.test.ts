import { describe, expect, it } from 'vitest';
import { documentParagraphs } from '../../../electron/core/document/document-text';
import type { Document } from '../../../electron/core/document/model';
import { placeholderMarker } from '../../../electron/core/preview/placeholders';

const doc = (blocks: Document['blocks']): Document => ({
  id: 'agreement',
  title: 'SSA-L Avtale',
  fileStem: '01 SSA-L avtale',
  lang: 'nb',
  header: '',
  meta: { subject: '', author: '', keywords: [] },
  blocks,
});

describe('a document as paragraphs of text', () => {
  it('gives the title, numbered headings, paragraphs, list items and table rows as printed', () => {
    expect(
      documentParagraphs(
        doc([
          { kind: 'heading', level: 1, text: 'Omfang', id: 'scope', number: '1' },
          {
            kind: 'paragraph',
            content: [
              { kind: 'text', text: 'Se punkt ' },
              { kind: 'ref', target: 'scope', label: '1' },
            ],
          },
          { kind: 'list', ordered: true, items: [[{ kind: 'text', text: 'første' }]] },
          { kind: 'table', header: ['Navn', 'Pris'], rows: [['Lisens', '100']] },
        ]),
      ),
    ).toEqual([
      'SSA-L Avtale',
      '1 Omfang',
      'Se punkt 1',
      '1. første',
      'Navn | Pris',
      'Lisens | 100',
    ]);
  });

  it('leaves out guidance and page breaks, and shows an unanswered value as «…»', () => {
    expect(
      documentParagraphs(
        doc([
          { kind: 'guidance', content: [{ kind: 'text', text: 'Fyll inn navnet.' }] },
          { kind: 'page-break' },
          {
            kind: 'paragraph',
            content: [{ kind: 'text', text: `Kunde: ${placeholderMarker(0)}` }],
          },
        ]),
      ),
    ).toEqual(['SSA-L Avtale', 'Kunde: …']);
  });

  it('gives each signatory under their party', () => {
    expect(
      documentParagraphs(
        doc([
          {
            kind: 'signatures',
            parties: [
              {
                role: 'Kunden',
                name: 'Bærum kommune',
                signatories: [{ name: 'Kari', title: 'Rådmann' }],
              },
            ],
          },
        ]),
      ).slice(1),
    ).toEqual(['Kunden: Bærum kommune', 'Kari, Rådmann']);
  });
});
