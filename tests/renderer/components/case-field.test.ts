import { createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  CaseCheckbox,
  CaseNumber,
  CaseText,
  useCaseField,
  useCaseList,
} from '../../../renderer/src/components/case-field';
import { useCaseStore } from '../../../renderer/src/store/case-store';
import { renderWithCase, sampleCase } from './render-markup';

vi.mock('../../../renderer/src/api', () => ({ setMessageLanguage: () => undefined }));

describe('a field bound to a case path', () => {
  it('shows the value at its path under the label field-labels gives it', () => {
    const html = renderWithCase(sampleCase(), () =>
      createElement(CaseText, { path: 'customer.name' }),
    );
    expect(html).toContain('<label for="f-customer-name">Kundens navn</label>');
    expect(html).toContain('id="f-customer-name"');
    expect(html).toContain('value="Kommunen"');
  });

  it('is described by the problems located at its path, and marked invalid', () => {
    const html = renderWithCase(
      sampleCase(),
      () => createElement(CaseText, { path: 'customer.orgNumber', hint: 'Ni siffer' }),
      [{ severity: 'error', code: 'orgnr', path: 'customer.orgNumber', message: 'Ugyldig' }],
    );
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain(
      'aria-describedby="f-customer-orgNumber-hint f-customer-orgNumber-problem"',
    );
    expect(html).toContain('<div id="f-customer-orgNumber-problem" class="field-problems">');
    expect(html).toContain('Ugyldig');
  });

  it('shows a number the Norwegian way, and the fallback while the case has none', () => {
    const html = renderWithCase(sampleCase(), () =>
      createElement('div', null, [
        createElement(CaseNumber, { key: 'a', path: 'sla.availability' }),
        createElement(CaseNumber, { key: 'b', path: 'sla.maintenance.noticeDays', fallback: 5 }),
      ]),
    );
    expect(html).toContain('value="99,5"');
    expect(html).toContain('value="5"');
  });

  it('keeps a hidden label for screen readers where a column header shows it', () => {
    const html = renderWithCase(sampleCase(), () =>
      createElement(CaseCheckbox, { path: 'sla.creditsExclusive', hideLabel: true }),
    );
    expect(html).toContain(
      '<label for="f-sla-creditsExclusive" class="visually-hidden">Kompensasjonen er kundens eneste sanksjon',
    );
  });

  it('writes a change back into the case at its path', () => {
    let field: ReturnType<typeof useCaseField<string | null>> | undefined;
    renderWithCase(sampleCase(), () => {
      field = useCaseField<string | null>('dates.signed');
      return null;
    });
    field?.onChange('2026-02-01');
    expect(useCaseStore.getState().caseInput?.dates?.signed).toBe('2026-02-01');
    expect(useCaseStore.getState().dirty).toBe(true);
  });
});

describe('a list of the case', () => {
  it('adds a row made from the rows there are, and removes one by its place', () => {
    let list: ReturnType<typeof useCaseList<{ below: number; creditPercent: number }>> | undefined;
    renderWithCase(sampleCase(), () => {
      list = useCaseList('sla.credits', (rows) => ({ below: 90, creditPercent: rows.length * 5 }));
      return null;
    });
    expect(list?.rows).toHaveLength(2);
    list?.add();
    expect(useCaseStore.getState().caseInput?.sla?.credits?.[2]).toEqual({
      below: 90,
      creditPercent: 10,
    });
    list?.remove(0);
    expect(useCaseStore.getState().caseInput?.sla?.credits?.map((c) => c.below)).toEqual([99, 90]);
  });

  it('starts a list the case does not have yet', () => {
    let list: ReturnType<typeof useCaseList<{ name: string }>> | undefined;
    renderWithCase(sampleCase(), () => {
      list = useCaseList('dpa.subprocessors', () => ({ name: '' }));
      return null;
    });
    expect(list?.rows).toEqual([]);
    list?.add();
    expect(useCaseStore.getState().caseInput?.dpa?.subprocessors).toEqual([{ name: '' }]);
  });
});
