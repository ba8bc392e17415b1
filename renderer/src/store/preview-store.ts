import { create } from 'zustand';

interface PreviewState {
  /** The case's JSON path of each placeholder marker in the shown documents, by its number. */
  placeholders: string[];
  setPlaceholders: (placeholders: string[]) => void;
}

export const usePreviewStore = create<PreviewState>()((set) => ({
  placeholders: [],
  setPlaceholders: (placeholders) => {
    set({ placeholders });
  },
}));
