import { create } from 'zustand';
import type { AppendixOutline } from '../../../electron/core/contract-set/appendix-outline';
import { request } from '../request';

interface AppendixState {
  /** Every agreement's appendices as the templates give them; null until loaded. */
  outline: AppendixOutline | null;
  load: () => Promise<void>;
}

export const useAppendixStore = create<AppendixState>()((set) => ({
  outline: null,
  load: async () => {
    const outline = await request('agreement.appendices', {});
    if (outline) set({ outline });
  },
}));

/**
 * The loaded outline, for code that runs once the editor shows (the screens that need it wait for
 * it); the outline never changes after it is loaded, so reading it needs no subscription.
 */
export function loadedOutline(): AppendixOutline {
  const { outline } = useAppendixStore.getState();
  if (!outline) throw new Error('the appendix outline is used before it is loaded');
  return outline;
}
