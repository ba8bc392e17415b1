import { useAppStore, useT } from '../store/app-store';

/** Errors from the API and notices, shown until the user closes them. */
export function MessageArea() {
  const messages = useAppStore((s) => s.messages);
  const dismiss = useAppStore((s) => s.dismiss);
  const t = useT();
  return (
    <div className="message-area" aria-live="polite">
      {messages.map((m) => (
        <div
          key={m.id}
          className={`message message-${m.kind}`}
          role={m.kind === 'error' ? 'alert' : 'status'}
        >
          <div className="message-body">
            <p>
              {m.kind === 'error' && <strong>{t('Feil: ', 'Error: ')}</strong>}
              {m.text}
            </p>
            {m.details.length > 0 && (
              <ul>
                {m.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )}
          </div>
          <button
            type="button"
            className="button-small"
            onClick={() => {
              dismiss(m.id);
            }}
          >
            {t('Lukk', 'Close')}
          </button>
        </div>
      ))}
    </div>
  );
}
