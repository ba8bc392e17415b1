import { describe, expect, it } from 'vitest';
import { describePath, fieldLabel } from '../../../renderer/src/case/field-labels';
import { tabOfPath } from '../../../renderer/src/editor/tabs';

const nb = (text: string) => text;
const en = (_nb: string, text: string) => text;

describe('fieldLabel', () => {
  it('names the choice between a contract and a tender, and places it on the first tab', () => {
    expect(fieldLabel('purpose', nb)).toBe('Kontrakt eller anbud');
    expect(fieldLabel('purpose', en)).toBe('Contract or tender');
    expect(tabOfPath('purpose')).toBe('parties');
  });

  it('tells the printed reason of a change from its internal note', () => {
    expect(fieldLabel('edits[0].reason', nb)).toBe('Begrunnelse som trykkes (valgfri), endring 1');
    expect(fieldLabel('edits[2].note', nb)).toBe('Internt notat (trykkes ikke), endring 3');
    expect(fieldLabel('edits[2].note', en)).toBe('Internal note (not printed), change 3');
    expect(describePath('edits[1].note', nb)).toBe('Internt notat (trykkes ikke), endring 2');
  });
});
