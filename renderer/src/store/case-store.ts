import { create } from 'zustand';
import type { CaseInput } from '../../../electron/core/case/case-schema';
import type { Document } from '../../../electron/core/document/model';

export interface Problem {
  severity: 'error' | 'warning';
  code: string;
  path: string;
  message: string;
}

interface CaseState {
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
  problems: Problem[];
  previewDocuments: Document[];
  /** The last documents that assembled, kept while the case has errors (for clause IDs). */
  lastGoodDocuments: Document[];
  draftSavedAt: string | null;
  open: (args: {
    caseInput: CaseInput;
    caseId: number;
    matterId: number | null;
    version: number;
  }) => void;
  close: () => void;
  /** Edits a copy of the case; the store never shares objects with old states. */
  update: (mutate: (draft: CaseInput) => void) => void;
  replace: (caseInput: CaseInput, dirty: boolean) => void;
  markSaved: (version: number) => void;
  setProblems: (problems: Problem[]) => void;
  setPreview: (documents: Document[]) => void;
  setDraftSavedAt: (savedAt: string | null) => void;
}

export const useCaseStore = create<CaseState>()((set, get) => ({
  caseInput: null,
  caseId: null,
  matterId: null,
  version: null,
  dirty: false,
  revision: 0,
  problems: [],
  previewDocuments: [],
  lastGoodDocuments: [],
  draftSavedAt: null,
  open: ({ caseInput, caseId, matterId, version }) => {
    set({
      caseInput,
      caseId,
      matterId,
      version,
      dirty: false,
      revision: get().revision + 1,
      problems: [],
      previewDocuments: [],
      lastGoodDocuments: [],
      draftSavedAt: null,
    });
  },
  close: () => {
    set({ caseInput: null, caseId: null, matterId: null, version: null, dirty: false });
  },
  update: (mutate) => {
    const current = get().caseInput;
    if (!current) return;
    const next = structuredClone(current);
    mutate(next);
    set({ caseInput: next, dirty: true, revision: get().revision + 1 });
  },
  replace: (caseInput, dirty) => {
    set({ caseInput, dirty, revision: get().revision + 1 });
  },
  markSaved: (version) => {
    set({ version, dirty: false, draftSavedAt: null });
  },
  setProblems: (problems) => {
    set({ problems });
  },
  setPreview: (documents) => {
    set(
      documents.length > 0
        ? { previewDocuments: documents, lastGoodDocuments: documents }
        : { previewDocuments: documents },
    );
  },
  setDraftSavedAt: (draftSavedAt) => {
    set({ draftSavedAt });
  },
}));

/** The case as the text every API procedure takes. */
export function caseText(caseInput: CaseInput): string {
  return JSON.stringify(caseInput, null, 2);
}
