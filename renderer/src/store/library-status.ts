import { api } from '../api';
import { useAppStore } from './app-store';

/** How often the app asks again while the background check of a large library runs. */
const RECHECK_MS = 3000;

/**
 * Tells the user, in the message area, when the library is open read-only because another
 * process has it, or when the background check finds it damaged.
 */
export function watchLibraryStatus(): () => void {
  let timer: number | undefined;
  let stopped = false;
  const ask = async () => {
    const result = await api['store.status']({});
    if (stopped) return;
    const app = useAppStore.getState();
    if (!result.ok) {
      app.showError(result.error);
      return;
    }
    const { problem, integrity, file } = result.value;
    if (problem) {
      app.showError({
        code: problem.code,
        message: app.uiLang === 'en' ? problem.text.en : problem.text.nb,
        where: file,
        problems: [],
      });
    }
    if (integrity === 'checking') {
      timer = window.setTimeout(() => {
        void ask();
      }, RECHECK_MS);
    }
  };
  void ask();
  return () => {
    stopped = true;
    window.clearTimeout(timer);
  };
}
