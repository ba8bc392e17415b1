import { describe, expect, it } from 'vitest';
import { plainText, type Block, type Document } from '../../../electron/core/document/model';
import { previewCase } from '../../../electron/core/preview/preview-case';
import { previewDocuments } from '../../../electron/core/preview/preview-documents';
import {
  placeholderMarker,
  splitPlaceholders,
  withoutPlaceholders,
} from '../../../electron/core/preview/placeholders';
import { loadLibrary } from '../../../electron/node/templates/load-library';
import { loadExample } from '../../fixtures/cases';

const library = loadLibrary();

/** The example case with the answers a new case has not given yet taken out. */
function unfinishedCase() {
  const c = loadExample();
  c.supplier.name = '';
  c.supplier.orgNumber = '';
  c.service.description = '';
  c.customer.orgNumber = '123';
  c.customer.signatories = [];
  return c;
}

function allText(documents: Document[]): string {
  const blockText = (b: Block): string => {
    switch (b.kind) {
      case 'heading':
        return b.text;
      case 'paragraph':
      case 'guidance':
        return plainText(b.content);
      case 'list':
        return b.items.map(plainText).join('\n');
      case 'table':
        return [b.header, ...b.rows].map((r) => r.join(' | ')).join('\n');
      case 'signatures':
        return b.parties
          .map((p) => [p.name, ...p.signatories.map((s) => s.name)].join(' '))
          .join('\n');
      default:
        return '';
    }
  };
  return documents.flatMap((d) => d.blocks.map(blockText)).join('\n');
}

describe('previewCase', () => {
  it('marks every missing or wrong text answer as a placeholder and keeps the rest', () => {
    const whole = previewCase(unfinishedCase());
    expect(whole).not.toBeNull();
    expect(whole!.placeholders).toEqual(
      expect.arrayContaining([
        'supplier.name',
        'supplier.orgNumber',
        'service.description',
        'customer.orgNumber',
        'customer.signatories[0].name',
      ]),
    );
    const index = whole!.placeholders.indexOf('supplier.name');
    expect(whole!.case.supplier.name).toBe(placeholderMarker(index));
    expect(whole!.case.customer.name).toBe(loadExample().customer.name);
  });

  it('answers a complete case as it is, without placeholders', () => {
    const whole = previewCase(loadExample());
    expect(whole!.placeholders).toEqual([]);
  });

  it('drops fields the schema does not know instead of refusing the case', () => {
    const c = { ...unfinishedCase(), colour: 'blue' };
    expect(previewCase(c)).not.toBeNull();
  });

  it('refuses what is not a case object', () => {
    expect(previewCase(null)).toBeNull();
    expect(previewCase([1, 2])).toBeNull();
    expect(previewCase('case')).toBeNull();
  });
});

describe('previewDocuments', () => {
  it('assembles an unfinished case with its placeholders in the text', () => {
    const preview = previewDocuments(unfinishedCase(), library, null);
    expect(preview.documents.length).toBeGreaterThan(1);
    const text = allText(preview.documents);
    const shown = new Set(
      splitPlaceholders(text).flatMap((piece) =>
        piece.kind === 'placeholder' ? [piece.index] : [],
      ),
    );
    const supplierName = preview.placeholders.indexOf('supplier.name');
    expect(shown.has(supplierName)).toBe(true);
    expect(text).toContain(loadExample().customer.name);
  });
});

describe('splitPlaceholders', () => {
  it('splits text around its markers', () => {
    expect(splitPlaceholders(`Kunde: ${placeholderMarker(3)}, Oslo`)).toEqual([
      { kind: 'text', text: 'Kunde: ' },
      { kind: 'placeholder', index: 3 },
      { kind: 'text', text: ', Oslo' },
    ]);
  });
});

describe('withoutPlaceholders', () => {
  it('leaves no marker in text copied out of the preview', () => {
    expect(withoutPlaceholders(`Kunde: ${placeholderMarker(0)} og ${placeholderMarker(12)}.`)).toBe(
      'Kunde: … og ….',
    );
  });
});
