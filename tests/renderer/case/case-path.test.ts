import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pathKeys, setValueAt, valueAt } from '../../../renderer/src/case/case-path';

describe('pathKeys', () => {
  it('splits a case JSON path into object keys and list places', () => {
    expect(pathKeys('customer.signatories[0].name')).toEqual([
      'customer',
      'signatories',
      0,
      'name',
    ]);
    expect(pathKeys('title')).toEqual(['title']);
  });

  it('keeps a dotted number a key, as the appendices are keyed', () => {
    expect(pathKeys('appendices.12.text')).toEqual(['appendices', '12', 'text']);
  });
});

describe('valueAt', () => {
  const root = { sla: { credits: [{ below: 99 }] }, dates: null };

  it('reads the value at a path', () => {
    expect(valueAt(root, 'sla.credits[0].below')).toBe(99);
  });

  it('is undefined where the path leads through nothing', () => {
    expect(valueAt(root, 'sla.credits[3].below')).toBeUndefined();
    expect(valueAt(root, 'dates.signed')).toBeUndefined();
    expect(valueAt(null, 'title')).toBeUndefined();
  });
});

describe('setValueAt', () => {
  it('writes into what is there', () => {
    const root = { sla: { credits: [{ below: 99, creditPercent: 5 }] } };
    setValueAt(root, 'sla.credits[0].below', 98);
    expect(root).toEqual({ sla: { credits: [{ below: 98, creditPercent: 5 }] } });
  });

  it('makes the objects and lists on the way that are missing or null', () => {
    const root: Record<string, unknown> = { dates: null };
    setValueAt(root, 'dates.signed', '2026-01-01');
    setValueAt(root, 'dpa.subprocessors[0].name', 'Drift AS');
    setValueAt(root, 'appendices.4.included', true);
    expect(root).toEqual({
      dates: { signed: '2026-01-01' },
      dpa: { subprocessors: [{ name: 'Drift AS' }] },
      appendices: { '4': { included: true } },
    });
  });

  it('reads back what it wrote, for any path', () => {
    const key = fc.stringMatching(/^[a-z][a-zA-Z]{0,6}$/);
    const step = fc.oneof(
      key,
      fc.nat({ max: 3 }).map((n) => `[${n}]`),
    );
    const path = fc
      .tuple(key, fc.array(step, { maxLength: 4 }))
      .map(([first, rest]) =>
        rest.reduce((p, s) => (s.startsWith('[') ? p + s : `${p}.${s}`), first),
      );
    fc.assert(
      fc.property(path, fc.jsonValue(), (p, value) => {
        const root = {};
        setValueAt(root, p, value);
        expect(valueAt(root, p)).toEqual(value);
      }),
    );
  });
});
