import { describe, expect, it } from 'vitest';
import { fieldId, problemId } from '../../../renderer/src/case/field-id';

describe('fieldId', () => {
  it('turns a case JSON path into a DOM id', () => {
    expect(fieldId('customer.signatories[0].name')).toBe('f-customer-signatories-0-name');
    expect(fieldId('title')).toBe('f-title');
    expect(fieldId('sla.availability')).toBe('f-sla-availability');
  });

  it('keeps letters, digits and case as they are', () => {
    expect(fieldId('dpa.breachNoticeHours')).toBe('f-dpa-breachNoticeHours');
    expect(fieldId('appendices.12.text')).toBe('f-appendices-12-text');
  });

  it('collapses a run of other characters into one hyphen', () => {
    expect(fieldId('prices.lines[3].unitPrice')).toBe('f-prices-lines-3-unitPrice');
    expect(fieldId('a..b')).toBe('f-a-b');
    expect(fieldId('a [ ] b')).toBe('f-a-b');
  });

  it('gives a different id to each index of a list', () => {
    const ids = [0, 1, 2, 10].map((i) => fieldId(`customer.signatories[${i}].name`));
    expect(new Set(ids).size).toBe(4);
  });

  it('produces only characters that are safe in an id and a CSS selector', () => {
    for (const path of ['service.dataLocation', 'exit.triggers[2]', 'edits[0].reason', 'æøå «x»']) {
      expect(fieldId(path)).toMatch(/^f-[A-Za-z0-9-]*$/);
    }
  });

  it('starts with a letter even for an empty path', () => {
    expect(fieldId('')).toBe('f-');
  });
});

describe('problemId', () => {
  it('is the field id with a «-problem» suffix', () => {
    expect(problemId('customer.signatories[0].name')).toBe('f-customer-signatories-0-name-problem');
    expect(problemId('title')).toBe('f-title-problem');
  });

  it('differs from every field id it describes', () => {
    for (const path of ['title', 'customer.orgNumber', 'prices.lines[0].quantity']) {
      expect(problemId(path)).not.toBe(fieldId(path));
      expect(problemId(path).startsWith(fieldId(path))).toBe(true);
    }
  });
});
