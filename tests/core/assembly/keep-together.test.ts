import { describe, expect, it } from 'vitest';
import { keepSignaturesWithText } from '../../../electron/core/assembly/keep-together';
import type { Block } from '../../../electron/core/document/model';

const para = (text: string): Block => ({ kind: 'paragraph', content: [{ kind: 'text', text }] });
const signatures: Block = { kind: 'signatures', parties: [] };

describe('keeping signatures with the text they sign', () => {
  it('keeps the paragraphs before a signature block with it, back to and with their heading', () => {
    const blocks: Block[] = [
      para('Tidligere tekst.'),
      { kind: 'heading', level: 1, text: 'Signaturer', id: 'signatures', number: null },
      para('Avtalen er undertegnet i to eksemplarer.'),
      para('Avtalen er datert 15.12.2026.'),
      signatures,
    ];
    const kept = keepSignaturesWithText(blocks).map((b) =>
      b.kind === 'paragraph' || b.kind === 'heading' ? (b.keepWithNext ?? false) : null,
    );
    expect(kept).toEqual([false, true, true, true, null]);
  });

  it('stops at a table or list, and leaves a text without signatures alone', () => {
    const table: Block = { kind: 'table', header: [], rows: [['a']] };
    const kept = keepSignaturesWithText([para('Før.'), table, para('Sist.'), signatures]);
    expect(kept.map((b) => (b.kind === 'paragraph' ? (b.keepWithNext ?? false) : null))).toEqual([
      false,
      null,
      true,
      null,
    ]);
    const plain = [para('En.'), para('To.')];
    expect(keepSignaturesWithText(plain)).toEqual(plain);
  });
});
