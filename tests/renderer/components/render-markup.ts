import { createElement, type FunctionComponent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { CaseInput } from '../../../electron/core/case/case-schema';
import { useCaseStore, type Problem } from '../../../renderer/src/store/case-store';

/**
 * Opens a case in the store and renders a component to HTML. Rendering on the server reads a
 * store's initial state, so the open case is made the initial state too.
 */
export function renderWithCase(
  caseInput: CaseInput,
  component: FunctionComponent,
  problems: Problem[] = [],
): string {
  const store = useCaseStore.getState();
  store.open({ caseInput, caseId: 1, matterId: null, version: 1 });
  store.setProblems(problems, useCaseStore.getState().revision);
  Object.assign(useCaseStore.getInitialState(), useCaseStore.getState());
  return renderToStaticMarkup(createElement(component));
}

/** A case with the fields the component tests read. */
export function sampleCase(): CaseInput {
  return {
    schemaVersion: 2,
    agreement: 'ssa-l',
    title: 'Saksbehandling',
    customer: { name: 'Kommunen', orgNumber: '974760673', signatories: [] },
    supplier: { name: 'Leverandør AS', orgNumber: '923609016', signatories: [] },
    service: { name: 'Tjenesten', description: 'Beskrivelse' },
    sla: {
      availability: 99.5,
      serviceHours: '24/7',
      credits: [
        { below: 99.5, creditPercent: 5 },
        { below: 99, creditPercent: 10 },
      ],
    },
  };
}
