import { request } from '../request';
import { useAppStore } from '../store/app-store';
import { useCaseStore } from '../store/case-store';
import { parseCaseText } from './new-case';

/** Loads a case's latest version from the library into the editor and shows it. */
export async function openCase(caseId: number, matterId: number | null): Promise<void> {
  const version = await request('cases.version', { caseId, number: null });
  if (!version) return;
  const caseInput = parseCaseText(version.caseText);
  const app = useAppStore.getState();
  if (!caseInput) {
    app.showMessage(
      'error',
      app.uiLang === 'en'
        ? `Case ${caseId} is not a readable case file.`
        : `Avtale ${caseId} er ikke en lesbar avtalefil.`,
    );
    return;
  }
  useCaseStore.getState().open({ caseInput, caseId, matterId, version: version.number });
  app.go('editor');
}
