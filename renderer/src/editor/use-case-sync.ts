import { useEffect } from 'react';
import { api } from '../api';
import { useDebouncedEffect } from '../case/debounce';
import { parseCaseText } from '../case/new-case';
import { request } from '../request';
import { useAppStore } from '../store/app-store';
import { caseText, useCaseStore } from '../store/case-store';
import { usePreviewStore } from '../store/preview-store';

/** How long the user must stop typing before the case is checked, previewed, or kept. */
export const CHECK_DELAY_MS = 300;
export const AUTOSAVE_DELAY_MS = 1000;

/**
 * Validation and preview of the open case, debounced as the user types. A case opened or replaced
 * whole (a restored version, a recovered draft) is checked at once: nobody is typing, and the
 * store has dropped the old text's problems and documents.
 */
export function useCaseChecks(previewWanted: boolean): void {
  const revision = useCaseStore((s) => s.revision);
  const replacedRevision = useCaseStore((s) => s.replacedRevision);
  const uiLang = useAppStore((s) => s.uiLang);
  const delay = revision === replacedRevision ? 0 : CHECK_DELAY_MS;

  useDebouncedEffect(
    async (isCurrent) => {
      const { caseInput, revision: checked } = useCaseStore.getState();
      if (!caseInput) return;
      const result = await request('case.validate', {
        caseText: caseText(caseInput),
        lang: uiLang,
      });
      if (result && isCurrent()) useCaseStore.getState().setProblems(result.problems, checked);
    },
    `${revision}-${uiLang}`,
    delay,
  );

  useDebouncedEffect(
    async (isCurrent) => {
      const { caseInput, revision: shown } = useCaseStore.getState();
      if (!caseInput) return;
      const result = await request('case.preview', {
        caseText: caseText(caseInput),
        lang: null,
        messageLang: uiLang,
      });
      if (result && isCurrent()) {
        useCaseStore.getState().setPreview(result.documents, shown);
        usePreviewStore.getState().setPlaceholders(result.placeholders);
      }
    },
    `${revision}-${uiLang}`,
    delay,
    previewWanted,
  );
}

/** Keeps an unsaved draft in the library ~1 s after each change, so a crash loses nothing. */
export function useAutosave(): void {
  const revision = useCaseStore((s) => s.revision);
  const dirty = useCaseStore((s) => s.dirty);
  useDebouncedEffect(
    async (isCurrent) => {
      const { caseInput, caseId } = useCaseStore.getState();
      if (!caseInput || caseId === null) return;
      // Drafts are quiet: a failure shows once in the message area, through request().
      const saved = await request('drafts.save', { caseId, caseText: caseText(caseInput) });
      if (saved && isCurrent()) useCaseStore.getState().setDraftSavedAt(saved.savedAt);
    },
    revision,
    AUTOSAVE_DELAY_MS,
    dirty,
  );
}

export interface RecoverableDraft {
  caseId: number;
  caseText: string;
  savedAt: string;
}

/** A draft of this case left unsaved (by a crash or a closed window), if it differs. */
export function useDraftOnOpen(
  caseId: number | null,
  setDraft: (draft: RecoverableDraft | null) => void,
): void {
  useEffect(() => {
    if (caseId === null) return;
    const active = { current: true };
    void (async () => {
      const result = await api['drafts.recover']({});
      if (!active.current) return;
      if (!result.ok) {
        useAppStore.getState().showError(result.error);
        return;
      }
      const draft = result.value.find((d) => d.caseId === caseId);
      const open = useCaseStore.getState();
      // Saving a version deletes the draft, so any draft left is newer than the version.
      if (draft && !open.dirty && open.caseInput && draft.caseText !== caseText(open.caseInput)) {
        setDraft(draft);
      } else {
        setDraft(null);
      }
    })();
    return () => {
      active.current = false;
    };
  }, [caseId, setDraft]);
}

/** Replaces the editor's case with a recovered draft; it stays unsaved until «Lagre versjon». */
export function recoverDraft(draft: RecoverableDraft): boolean {
  const caseInput = parseCaseText(draft.caseText);
  if (!caseInput) return false;
  useCaseStore.getState().replace(caseInput, true);
  return true;
}
