import { useT } from '../store/app-store';
import { checkPending, useCaseStore } from '../store/case-store';

/** Every problem of the last validation; each one leads to its field. */
export function ProblemSummary({ onGoTo }: { onGoTo: (path: string) => void }) {
  const t = useT();
  const problems = useCaseStore((s) => s.problems);
  // Right after a restore or a recovered draft the new text has not been checked yet.
  const pending = useCaseStore(checkPending);
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  if (pending) {
    return (
      <p className="problem-summary muted" role="status">
        {t('Kontrollerer avtalen …', 'Checking the agreement …')}
      </p>
    );
  }
  return (
    <details className="problem-summary" open={errors.length > 0}>
      <summary>
        <span className={errors.length > 0 ? 'count-error' : 'count-ok'}>
          {errors.length} {errors.length === 1 ? t('feil', 'error') : t('feil', 'errors')}
        </span>
        ,{' '}
        <span className={warnings.length > 0 ? 'count-warning' : 'count-ok'}>
          {warnings.length}{' '}
          {warnings.length === 1 ? t('advarsel', 'warning') : t('advarsler', 'warnings')}
        </span>
      </summary>
      {problems.length === 0 ? (
        <p className="muted">{t('Ingen problemer funnet.', 'No problems found.')}</p>
      ) : (
        <ul
          className="problem-list"
          aria-label={t('Problemer i avtalen', 'Problems in the agreement')}
        >
          {[...errors, ...warnings].map((p) => (
            <li key={`${p.path}-${p.code}-${p.message}`} className={`problem-${p.severity}`}>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  onGoTo(p.path);
                }}
              >
                <code>{p.path || '–'}</code>
              </button>{' '}
              {p.severity === 'error' ? t('Feil', 'Error') : t('Advarsel', 'Warning')}: {p.message}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
