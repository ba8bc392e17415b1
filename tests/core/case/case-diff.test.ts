import { describe, expect, it } from 'vitest';
import { caseDiff } from '../../../electron/core/case/case-diff';
import { loadExample } from '../../fixtures/cases';

describe('case diff', () => {
  it('finds nothing between a case and itself', () => {
    expect(caseDiff(loadExample(), loadExample())).toEqual([]);
  });

  it('names each changed answer by its path, with the old and the new value', () => {
    const before = loadExample();
    const after = loadExample();
    after.service.name = 'Ny tjeneste';
    after.customer.signatories[0]!.name = 'Kari Nordmann';
    expect(caseDiff(before, after)).toEqual([
      {
        path: 'customer.signatories[0].name',
        before: before.customer.signatories[0]!.name,
        after: 'Kari Nordmann',
      },
      { path: 'service.name', before: before.service.name, after: 'Ny tjeneste' },
    ]);
  });

  it('treats an absent answer and null as the same', () => {
    expect(caseDiff({ reference: null }, {})).toEqual([]);
    expect(caseDiff({ reference: null }, { reference: 'A' })).toEqual([
      { path: 'reference', before: null, after: 'A' },
    ]);
  });

  it('shows a part turned on as each of its answers appearing', () => {
    expect(caseDiff({ sla: null }, { sla: { availability: 99.5, credits: [] } })).toEqual([
      { path: 'sla.availability', before: undefined, after: 99.5 },
    ]);
  });

  it('matches requirements by their ID, so removing one leaves the others unchanged', () => {
    const before = {
      requirements: [
        { id: 'A.1', absolute: true },
        { id: 'A.2', absolute: false },
      ],
    };
    const after = { requirements: [{ id: 'A.2', absolute: true }] };
    expect(caseDiff(before, after)).toEqual([
      { path: 'requirements[0].absolute', before: false, after: true },
      { path: 'requirements[0].id', before: 'A.1', after: undefined },
      { path: 'requirements[0].absolute', before: true, after: undefined },
    ]);
  });

  it('compares lists without a key, or with a repeated key, row by row', () => {
    expect(
      caseDiff({ dpa: { dataTypes: ['navn'] } }, { dpa: { dataTypes: ['navn', 'e-post'] } }),
    ).toEqual([{ path: 'dpa.dataTypes[1]', before: undefined, after: 'e-post' }]);
    const twice = [
      { clause: 'scope', action: 'add', text: 'a' },
      { clause: 'scope', action: 'add', text: 'b' },
    ];
    expect(caseDiff({ edits: twice }, { edits: [twice[1]] })).toEqual([
      { path: 'edits[0].text', before: 'a', after: 'b' },
      { path: 'edits[1].clause', before: 'scope', after: undefined },
      { path: 'edits[1].action', before: 'add', after: undefined },
      { path: 'edits[1].text', before: 'b', after: undefined },
    ]);
  });

  it('changes of the agreement type and appendix ticks are answers like any other', () => {
    const before = loadExample();
    const after = loadExample();
    after.agreement = 'ssa-sky';
    after.appendices = { ...after.appendices, '3': { included: true, text: 'Plan' } };
    const paths = caseDiff(before, after).map((c) => c.path);
    expect(paths).toContain('agreement');
    expect(paths).toContain('appendices.3.text');
  });
});
