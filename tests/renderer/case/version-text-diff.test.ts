import { describe, expect, it } from 'vitest';
import type { Document } from '../../../electron/core/document/model';
import { documentChanges, paragraphHunks } from '../../../renderer/src/case/version-text-diff';

const doc = (id: string, lines: string[]): Document => ({
  id,
  title: `Dokument ${id}`,
  fileStem: id,
  lang: 'nb',
  header: '',
  meta: { subject: '', author: '', keywords: [] },
  blocks: lines.map((text) => ({ kind: 'paragraph', content: [{ kind: 'text', text }] })),
});

describe('the text changes between two versions', () => {
  it('shows a changed paragraph as tracked words, after the unchanged paragraph before it', () => {
    expect(
      paragraphHunks(
        ['1 Omfang', 'Tjenesten heter Alfa.', 'Slutt.'],
        ['1 Omfang', 'Tjenesten heter Beta.', 'Slutt.'],
      ),
    ).toEqual([
      {
        context: '1 Omfang',
        parts: [
          { kind: 'same', text: 'Tjenesten heter ' },
          { kind: 'removed', text: 'Alfa' },
          { kind: 'added', text: 'Beta' },
          { kind: 'same', text: '.' },
        ],
      },
    ]);
  });

  it('leaves out what did not change, and finds nothing between equal texts', () => {
    expect(paragraphHunks(['a', 'b'], ['a', 'b'])).toEqual([]);
    expect(paragraphHunks(['a'], ['a', 'ny'])).toEqual([
      { context: 'a', parts: [{ kind: 'added', text: 'ny' }] },
    ]);
  });

  it('pairs documents by their ID and shows one only in the newer version as added', () => {
    const changes = documentChanges(
      [doc('agreement', ['x'])],
      [doc('agreement', ['x']), doc('appendix-4', ['SLA'])],
    );
    expect(changes).toEqual([
      {
        id: 'appendix-4',
        title: 'Dokument appendix-4',
        hunks: [{ context: null, parts: [{ kind: 'added', text: 'Dokument appendix-4\nSLA' }] }],
      },
    ]);
  });
});
