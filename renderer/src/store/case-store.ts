import { create } from 'zustand';
import type { CaseInput } from '../../../electron/core/case/case-schema';
import type { Document } from '../../../electron/core/document/model';
import type { TabId } from '../editor/tabs';

export interface Problem {
  severity: 'error' | 'warning';
  code: string;
  path: string;
  message: string;
}

/** A draft left by a crash or a closed window, newer than the version the editor opened. */
export interface RecoverableDraft {
  caseId: number;
  caseText: string;
  savedAt: string;
}

export interface CaseState {
  /** The open case as the user edits it (defaults not applied), or null when none is open. */
  caseInput: CaseInput | null;
  caseId: number | null;
  matterId: number | null;
  /** The library version the editor started from or last saved. */
  version: number | null;
  /** Changed since the last saved version. */
  dirty: boolean;
  /** Bumped on every edit, so debounced work can tell whether it is stale. */
  revision: number;
  /**
   * The revision at which the case was last opened or replaced whole (restore, recovered draft):
   * problems and documents from before it describe another text.
   */
  replacedRevision: number;
  problems: Problem[];
  /** The revision the problems were found in; null before the first check. */
  problemsRevision: number | null;
  previewDocuments: Document[];
  /** The revision the preview documents were made from; null before the first preview. */
  previewRevision: number | null;
  /** The last documents that assembled, kept while the case has errors (for clause IDs). */
  lastGoodDocuments: Document[];
  lastGoodRevision: number | null;
  draftSavedAt: string | null;
  /**
   * A draft found on opening, kept apart until the user recovers or discards it: while it is
   * offered, the editor is closed to edits and nothing autosaves over it.
   */
  pendingDraft: RecoverableDraft | null;
  /** The editor tab in view, kept so that reopening the app resumes it. */
  tab: TabId;
  open: (args: {
    caseInput: CaseInput;
    caseId: number;
    matterId: number | null;
    version: number;
    pendingDraft?: RecoverableDraft | null;
    tab?: TabId;
  }) => void;
  close: () => void;
  /** Edits a copy of the case; the store never shares objects with old states. */
  update: (mutate: (draft: CaseInput) => void) => void;
  replace: (caseInput: CaseInput, dirty: boolean) => void;
  /** The text of `revision` is now `version`; edits made since stay unsaved. */
  markSaved: (version: number, revision: number) => void;
  settleDraft: () => void;
  setTab: (tab: TabId) => void;
  setProblems: (problems: Problem[], revision: number) => void;
  setPreview: (documents: Document[], revision: number) => void;
  setDraftSavedAt: (savedAt: string | null) => void;
}

export const useCaseStore = create<CaseState>()((set, get) => ({
  caseInput: null,
  caseId: null,
  matterId: null,
  version: null,
  dirty: false,
  revision: 0,
  replacedRevision: 0,
  problems: [],
  problemsRevision: null,
  previewDocuments: [],
  previewRevision: null,
  lastGoodDocuments: [],
  lastGoodRevision: null,
  draftSavedAt: null,
  pendingDraft: null,
  tab: 'parties',
  open: ({ caseInput, caseId, matterId, version, pendingDraft = null, tab = 'parties' }) => {
    const revision = get().revision + 1;
    set({
      caseInput,
      caseId,
      matterId,
      version,
      dirty: false,
      revision,
      replacedRevision: revision,
      problems: [],
      problemsRevision: null,
      previewDocuments: [],
      previewRevision: null,
      lastGoodDocuments: [],
      lastGoodRevision: null,
      draftSavedAt: null,
      pendingDraft,
      tab,
    });
  },
  close: () => {
    set({
      caseInput: null,
      caseId: null,
      matterId: null,
      version: null,
      dirty: false,
      pendingDraft: null,
    });
  },
  update: (mutate) => {
    const { caseInput: current, pendingDraft } = get();
    if (!current || pendingDraft) return;
    const next = structuredClone(current);
    mutate(next);
    set({ caseInput: next, dirty: true, revision: get().revision + 1 });
  },
  replace: (caseInput, dirty) => {
    const state = get();
    const revision = state.revision + 1;
    // The old text's problems and documents would sit next to fields that now say otherwise.
    // The last good documents stay for the clause list of the same agreement only.
    set({
      caseInput,
      dirty,
      revision,
      replacedRevision: revision,
      problems: [],
      previewDocuments: [],
      ...(state.caseInput?.agreement === caseInput.agreement
        ? {}
        : { lastGoodDocuments: [], lastGoodRevision: null }),
    });
  },
  markSaved: (version, revision) => {
    const unchanged = get().revision === revision;
    set({ version, dirty: !unchanged, ...(unchanged ? { draftSavedAt: null } : {}) });
  },
  settleDraft: () => {
    set({ pendingDraft: null });
  },
  setTab: (tab) => {
    set({ tab });
  },
  setProblems: (problems, revision) => {
    set({ problems, problemsRevision: revision });
  },
  setPreview: (documents, revision) => {
    set(
      documents.length > 0
        ? {
            previewDocuments: documents,
            previewRevision: revision,
            lastGoodDocuments: documents,
            lastGoodRevision: revision,
          }
        : { previewDocuments: documents, previewRevision: revision },
    );
  },
  setDraftSavedAt: (draftSavedAt) => {
    set({ draftSavedAt });
  },
}));

/** Whether the open case was replaced whole and has not been checked since. */
export function checkPending(state: CaseState): boolean {
  return state.problemsRevision === null || state.problemsRevision < state.replacedRevision;
}

// One empty list, so a selector that finds no documents answers the same value each time.
const NO_DOCUMENTS: Document[] = [];

/** The documents the preview may show: never those of a text the case was replaced from. */
export function shownDocuments(state: CaseState): {
  documents: Document[];
  pending: boolean;
  stale: boolean;
} {
  const pending = state.previewRevision === null || state.previewRevision < state.replacedRevision;
  if (pending) return { documents: NO_DOCUMENTS, pending, stale: false };
  if (state.previewDocuments.length > 0) {
    return { documents: state.previewDocuments, pending, stale: false };
  }
  const ownLastGood =
    state.lastGoodRevision !== null && state.lastGoodRevision >= state.replacedRevision;
  return { documents: ownLastGood ? state.lastGoodDocuments : NO_DOCUMENTS, pending, stale: true };
}

/** The case as the text every API procedure takes. */
export function caseText(caseInput: CaseInput): string {
  return JSON.stringify(caseInput, null, 2);
}
