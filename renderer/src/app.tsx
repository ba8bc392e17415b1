import { useEffect } from 'react';
import { keepLastPlace, resumeLastPlace } from './case/last-place';
import { ErrorBoundary, reportUncaughtFailures } from './components/error-boundary';
import { MessageArea } from './components/message-area';
import { CaseEditor } from './editor/case-editor';
import { startAutosave } from './editor/use-case-sync';
import { watchLibraryStatus } from './store/library-status';
import { CompareScreen } from './screens/compare-screen';
import { LibraryScreen } from './screens/library-screen';
import { NewCaseScreen } from './screens/new-case-screen';
import { useAppStore, useT, type Screen } from './store/app-store';
import { useAppendixStore } from './store/appendix-store';
import { useCaseStore } from './store/case-store';
import { useFocusOnNavigation } from './use-focus-on-navigation';

/** The window: a header with the language switch, the left navigation and the main area. */
export function App() {
  const screen = useAppStore((s) => s.screen);
  const uiLang = useAppStore((s) => s.uiLang);
  const setUiLang = useAppStore((s) => s.setUiLang);
  const go = useAppStore((s) => s.go);
  const openMatter = useAppStore((s) => s.openMatter);
  const startNewCase = useAppStore((s) => s.startNewCase);
  const currentMatter = useAppStore((s) => s.matterId);
  const caseTitle = useCaseStore((s) => s.caseInput?.title ?? null);
  const caseOpen = useCaseStore((s) => s.caseInput !== null);
  const t = useT();
  const caseId = useCaseStore((s) => s.caseId);
  const compareCase = useAppStore((s) => s.compare?.caseId ?? null);
  // The appendices of every agreement come from the templates once; the screens that show or
  // start a case wait for them.
  const outlineLoaded = useAppendixStore((s) => s.outline !== null);
  useFocusOnNavigation(
    `${screen}-${String(currentMatter)}-${String(caseId)}-${String(compareCase)}`,
  );

  useEffect(() => {
    const stopReporting = reportUncaughtFailures();
    const stopAutosave = startAutosave();
    const stopWatching = watchLibraryStatus();
    void useAppendixStore.getState().load();
    let stopKeeping: (() => void) | null = null;
    let active = true;
    // The place is recorded only once the last one is resumed, so the start cannot overwrite it.
    void resumeLastPlace().then(() => {
      if (active) stopKeeping = keepLastPlace();
    });
    return () => {
      active = false;
      stopReporting();
      stopAutosave();
      stopWatching();
      stopKeeping?.();
    };
  }, []);

  const nav: { screen: Screen; label: string; action: () => void; hidden?: boolean }[] = [
    {
      screen: 'library',
      label: t('Bibliotek', 'Library'),
      action: () => {
        openMatter(null);
      },
    },
    {
      screen: 'new-case',
      label: t('Ny avtale', 'New agreement'),
      action: () => {
        startNewCase(currentMatter);
      },
    },
    {
      screen: 'editor',
      label: caseTitle ? `${t('Avtale', 'Agreement')}: ${caseTitle}` : t('Avtale', 'Agreement'),
      action: () => {
        go('editor');
      },
      hidden: !caseOpen,
    },
  ];

  return (
    <div className="app">
      <header className="app-header">
        <p className="app-name">Skyavtale</p>
        <button
          type="button"
          className="button-small"
          lang={uiLang === 'nb' ? 'en' : 'nb'}
          onClick={() => {
            setUiLang(uiLang === 'nb' ? 'en' : 'nb');
          }}
        >
          {uiLang === 'nb' ? 'English' : 'Norsk'}
        </button>
      </header>
      <nav className="app-nav" aria-label={t('Hovedmeny', 'Main menu')}>
        <ul>
          {nav
            .filter((item) => !item.hidden)
            .map((item) => (
              <li key={item.screen}>
                <button
                  type="button"
                  className="nav-item"
                  aria-current={screen === item.screen ? 'page' : undefined}
                  onClick={item.action}
                >
                  {item.label}
                </button>
              </li>
            ))}
        </ul>
      </nav>
      <main className="app-main">
        <MessageArea />
        <div className="screen-area">
          <ErrorBoundary>
            {screen === 'library' && <LibraryScreen />}
            {(screen === 'new-case' || screen === 'editor') && !outlineLoaded && (
              <p className="muted" role="status">
                {t('Laster avtalenes bilag …', 'Loading the agreements’ appendices …')}
              </p>
            )}
            {screen === 'new-case' && outlineLoaded && <NewCaseScreen />}
            {screen === 'editor' && outlineLoaded && <CaseEditor />}
            {screen === 'compare' && <CompareScreen />}
          </ErrorBoundary>
        </div>
      </main>
    </div>
  );
}
