import { api, callWhileLeaving } from '../api';
import { useDebouncedEffect } from '../case/debounce';
import { DraftSchedule } from '../case/draft-schedule';
import { parseCaseText } from '../case/new-case';
import { request } from '../request';
import { useAppStore } from '../store/app-store';
import { caseText, useCaseStore, type CaseState } from '../store/case-store';
import { usePreviewStore } from '../store/preview-store';

/** How long the user must stop typing before the case is checked and previewed. */
export const CHECK_DELAY_MS = 300;

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

/** A draft follows this long after the user pauses, and never later than the maximum wait. */
export const AUTOSAVE_QUIET_MS = 800;
export const AUTOSAVE_MAX_WAIT_MS = 3000;

let leaving = false;
let keptText: string | null = null;

function saveDraft(state: CaseState = useCaseStore.getState()): void {
  const { caseInput, caseId, dirty, pendingDraft } = state;
  // A draft on offer is kept apart: nothing is saved over it until the user has chosen.
  if (!caseInput || caseId === null || !dirty || pendingDraft) return;
  const text = caseText(caseInput);
  if (text === keptText) return;
  keptText = text;
  const input = { caseId, caseText: text };
  const sent = leaving ? callWhileLeaving('drafts.save', input) : api['drafts.save'](input);
  void sent.then((result) => {
    if (!result.ok) {
      keptText = null;
      useAppStore.getState().showError(result.error);
    } else if (useCaseStore.getState().caseId === caseId) {
      useCaseStore.getState().setDraftSavedAt(result.value.savedAt);
    }
  });
}

const schedule = new DraftSchedule(
  () => {
    saveDraft();
  },
  AUTOSAVE_QUIET_MS,
  AUTOSAVE_MAX_WAIT_MS,
);

function flushDraft(): void {
  schedule.flush();
}

function flushLeaving(): void {
  leaving = true;
  schedule.flush();
  leaving = false;
}

function onHidden(): void {
  if (document.visibilityState === 'hidden') flushLeaving();
}

function onBeforeUnload(event: BeforeUnloadEvent): void {
  flushLeaving();
  // The desktop shell decides itself how to close a window; a browser tab asks the user.
  if (!window.skyavtale && useCaseStore.getState().dirty) event.preventDefault();
}

/**
 * Keeps an unsaved draft of the open case in the library as the user types, and whenever the
 * window loses focus, is hidden or closes, so a crash or a closed window loses nothing.
 */
export function startAutosave(): () => void {
  const unsubscribe = useCaseStore.subscribe((state, previous) => {
    if (state.caseId !== previous.caseId) {
      // Another case replaces this one: what waited is sent as the case it was typed in.
      schedule.cancel();
      saveDraft(previous);
    }
    if (state.caseId !== previous.caseId || state.version !== previous.version) keptText = null;
    if (state.revision !== previous.revision && state.dirty) schedule.changed();
    else if (!state.dirty) schedule.cancel();
  });
  window.addEventListener('blur', flushDraft);
  window.addEventListener('pagehide', flushLeaving);
  window.addEventListener('beforeunload', onBeforeUnload);
  document.addEventListener('visibilitychange', onHidden);
  return () => {
    flushDraft();
    unsubscribe();
    window.removeEventListener('blur', flushDraft);
    window.removeEventListener('pagehide', flushLeaving);
    window.removeEventListener('beforeunload', onBeforeUnload);
    document.removeEventListener('visibilitychange', onHidden);
  };
}

/** Saves the open case as a new library version; its number, or null when it was not saved. */
export async function saveCaseVersion(label: string | null): Promise<number | null> {
  const { caseInput, caseId, revision, pendingDraft } = useCaseStore.getState();
  if (!caseInput || caseId === null || pendingDraft) return null;
  const saved = await request('cases.save', { caseId, caseText: caseText(caseInput), label });
  if (!saved) return null;
  if (useCaseStore.getState().caseId === caseId) {
    useCaseStore.getState().markSaved(saved.number, revision);
  }
  return saved.number;
}

/** Replaces the editor's case with the draft on offer; it stays unsaved until it is saved. */
export function recoverDraft(): boolean {
  const { pendingDraft } = useCaseStore.getState();
  const caseInput = pendingDraft ? parseCaseText(pendingDraft.caseText) : null;
  if (!caseInput) return false;
  useCaseStore.getState().settleDraft();
  useCaseStore.getState().replace(caseInput, true);
  return true;
}

/** Deletes the draft on offer from the library; the editor keeps the saved version. */
export async function discardDraft(): Promise<void> {
  const { pendingDraft } = useCaseStore.getState();
  if (!pendingDraft) return;
  if (await request('drafts.discard', { caseId: pendingDraft.caseId })) {
    useCaseStore.getState().settleDraft();
  }
}
