import { newerFormat, newerFormatText } from '../../../electron/core/case/case-upgrade';
import { localize } from '../../../electron/core/errors';
import type { CaseFile, DesktopBridge } from '../../../electron/shared/desktop-bridge';
import { request } from '../request';
import { useAppStore } from '../store/app-store';
import { parseCaseText } from './new-case';
import { openCase } from './open-case';

/**
 * Puts a case file opened from the file manager into the library as a matter of its own (named
 * after the file) and opens it in the editor; the file on disk is left as it is. A file of a newer
 * format than this Skyavtale reads is refused, never half-read.
 */
export async function openCaseFile(file: CaseFile): Promise<void> {
  const app = useAppStore.getState();
  const caseInput = parseCaseText(file.text);
  if (!caseInput) {
    app.showMessage(
      'error',
      app.uiLang === 'en'
        ? `«${file.name}» is not a readable case file (JSON with a schemaVersion).`
        : `«${file.name}» er ikke en lesbar avtalefil (JSON med schemaVersion).`,
    );
    return;
  }
  const newer = newerFormat(caseInput);
  if (newer !== null) {
    app.showMessage('error', `«${file.name}»: ${localize(newerFormatText(newer), app.uiLang)}`);
    return;
  }
  const name = file.name.replace(/\.skyavtale$/i, '') || file.name;
  const matter = await request('matters.create', { name });
  if (!matter) return;
  const created = await request('cases.create', {
    matterId: matter.id,
    caseText: file.text,
    label: file.name,
  });
  if (created) await openCase(created.case.id, matter.id);
}

/** Opens every case file the desktop app hands over (none arrive in web mode). */
export function receiveCaseFiles(bridge: DesktopBridge | undefined): void {
  bridge?.onCaseFile((file) => {
    void openCaseFile(file);
  });
}
