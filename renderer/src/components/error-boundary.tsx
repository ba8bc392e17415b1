import { Component, type ReactNode } from 'react';
import { useAppStore } from '../store/app-store';

interface State {
  error: Error | null;
}

/**
 * Catches a failure while drawing the interface and says what happened, instead of leaving a
 * blank window. The open case is still in memory and in the last autosaved draft.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const en = useAppStore.getState().uiLang === 'en';
    return (
      <section className="screen" role="alert">
        <h1>{en ? 'Something went wrong on this screen' : 'Noe gikk galt i dette skjermbildet'}</h1>
        <p>
          {en
            ? 'The screen could not be drawn. The agreement you were working on is kept as a draft in the library.'
            : 'Skjermbildet kunne ikke tegnes. Avtalen du arbeidet med, er tatt vare på som utkast i biblioteket.'}
        </p>
        <p>
          <code>{error.message}</code>
        </p>
        <div className="button-row">
          <button
            type="button"
            className="button-primary"
            onClick={() => {
              this.setState({ error: null });
            }}
          >
            {en ? 'Try again' : 'Prøv igjen'}
          </button>
          <button
            type="button"
            onClick={() => {
              useAppStore.getState().openMatter(null);
              this.setState({ error: null });
            }}
          >
            {en ? 'Go to the library' : 'Gå til biblioteket'}
          </button>
        </div>
      </section>
    );
  }
}

/** Failures outside drawing (a promise nobody waited for) reach the message area too. */
export function reportUncaughtFailures(): () => void {
  const show = (reason: unknown) => {
    const en = useAppStore.getState().uiLang === 'en';
    const detail = reason instanceof Error ? reason.message : String(reason);
    useAppStore
      .getState()
      .showMessage('error', `${en ? 'Something failed' : 'Noe feilet'}: ${detail}`);
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    show(event.reason);
  };
  const onError = (event: ErrorEvent) => {
    show(event.error ?? event.message);
  };
  window.addEventListener('unhandledrejection', onRejection);
  window.addEventListener('error', onError);
  return () => {
    window.removeEventListener('unhandledrejection', onRejection);
    window.removeEventListener('error', onError);
  };
}
