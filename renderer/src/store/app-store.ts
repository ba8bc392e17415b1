import { create } from 'zustand';
import type { ApiError } from '../../../electron/shared/api';
import { setMessageLanguage } from '../api';

export type Screen = 'library' | 'new-case' | 'editor' | 'compare';

/** The case whose versions the compare screen shows. */
export interface CompareTarget {
  caseId: number;
  matterId: number;
  title: string;
}
export type UiLanguage = 'nb' | 'en';

/** A message in the visible message area: API errors are never swallowed. */
export interface Message {
  id: number;
  kind: 'error' | 'info';
  text: string;
  details: string[];
}

interface AppState {
  screen: Screen;
  uiLang: UiLanguage;
  /** The matter shown in the library (null: the matters list). */
  matterId: number | null;
  /** The matter a new case is created in. */
  newCaseMatterId: number | null;
  compare: CompareTarget | null;
  messages: Message[];
  go: (screen: Screen) => void;
  openMatter: (id: number | null) => void;
  startNewCase: (matterId: number | null) => void;
  compareVersions: (target: CompareTarget) => void;
  setUiLang: (lang: UiLanguage) => void;
  showError: (error: ApiError) => void;
  showMessage: (kind: Message['kind'], text: string) => void;
  dismiss: (id: number) => void;
}

const LANG_KEY = 'skyavtale-ui-lang';

/** The language chosen last time, kept in this browser profile (or the desktop app's). */
function rememberedLanguage(): UiLanguage {
  try {
    return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'nb';
  } catch {
    return 'nb';
  }
}

const startLang = rememberedLanguage();
setMessageLanguage(startLang);

let nextMessageId = 1;
const INFO_SECONDS = 8;

export const useAppStore = create<AppState>()((set) => ({
  screen: 'library',
  uiLang: startLang,
  matterId: null,
  newCaseMatterId: null,
  compare: null,
  messages: [],
  go: (screen) => {
    set({ screen });
  },
  openMatter: (id) => {
    set({ screen: 'library', matterId: id });
  },
  startNewCase: (matterId) => {
    set({ screen: 'new-case', newCaseMatterId: matterId });
  },
  compareVersions: (compare) => {
    set({ screen: 'compare', compare });
  },
  setUiLang: (uiLang) => {
    setMessageLanguage(uiLang);
    document.documentElement.lang = uiLang;
    try {
      localStorage.setItem(LANG_KEY, uiLang);
    } catch {
      // Storage refused (private mode): the choice lasts this session only.
    }
    set({ uiLang });
  },
  showError: (error) => {
    const details = error.problems.map((p) => `${p.path}: ${p.message}`);
    const where = error.where ? ` (${error.where})` : '';
    const text = `${error.message}${where}`;
    set((state) =>
      // Debounced calls repeat their failures; one visible copy is enough.
      state.messages.some((m) => m.text === text)
        ? state
        : {
            messages: [...state.messages, { id: nextMessageId++, kind: 'error', text, details }],
          },
    );
  },
  showMessage: (kind, text) => {
    const id = nextMessageId++;
    set((state) => ({ messages: [...state.messages, { id, kind, text, details: [] }] }));
    // Notices go by themselves; errors stay until the user closes them.
    if (kind === 'info') {
      window.setTimeout(() => {
        set((state) => ({ messages: state.messages.filter((m) => m.id !== id) }));
      }, INFO_SECONDS * 1000);
    }
  },
  dismiss: (id) => {
    set((state) => ({ messages: state.messages.filter((m) => m.id !== id) }));
  },
}));

/** Picks the text in the UI language; labels stay readable where they are used. */
export function useT(): (nb: string, en: string) => string {
  const lang = useAppStore((s) => s.uiLang);
  return lang === 'en' ? (_nb, en) => en : (nb) => nb;
}
