import { newerFormat, newerFormatText } from '../../../electron/core/case/case-upgrade';
import { localize } from '../../../electron/core/errors';
import type { TabId } from '../editor/tabs';
import { request } from '../request';
import { useAppStore } from '../store/app-store';
import { caseText, useCaseStore } from '../store/case-store';
import { parseCaseText } from './new-case';

/**
 * Loads a case's latest version from the library into the editor and shows it, with the draft
 * a crash or a closed window left of it, if that differs from the version. A version of an older
 * format opens upgraded (it is stored as a new version only when the user saves); one of a newer
 * format is refused.
 */
export async function openCase(
  caseId: number,
  matterId: number | null,
  tab?: TabId,
): Promise<boolean> {
  const [version, drafts] = await Promise.all([
    request('cases.version', { caseId, number: null }),
    request('drafts.recover', {}),
  ]);
  if (!version || !drafts) return false;
  const caseInput = parseCaseText(version.caseText);
  const app = useAppStore.getState();
  if (!caseInput) {
    app.showMessage(
      'error',
      app.uiLang === 'en'
        ? `Case ${caseId} is not a readable case file.`
        : `Avtale ${caseId} er ikke en lesbar avtalefil.`,
    );
    return false;
  }
  const newer = newerFormat(caseInput);
  if (newer !== null) {
    const where = app.uiLang === 'en' ? `Case ${caseId}` : `Avtale ${caseId}`;
    app.showMessage('error', `${where}: ${localize(newerFormatText(newer), app.uiLang)}`);
    return false;
  }
  // Saving a version deletes the draft, so any draft left is newer than the version.
  const draft = drafts.find((d) => d.caseId === caseId);
  const pendingDraft = draft && draft.caseText !== caseText(caseInput) ? draft : null;
  useCaseStore
    .getState()
    .open({ caseInput, caseId, matterId, version: version.number, pendingDraft, tab });
  app.go('editor');
  return true;
}
