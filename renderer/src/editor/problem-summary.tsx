import { describePath } from '../case/field-labels';
import { useT } from '../store/app-store';
import { loadedOutline } from '../store/appendix-store';
import { checkPending, useCaseStore } from '../store/case-store';
import type { FieldProblemGroup } from './problem-groups';
import { TABS, tabLabel, tabOfPath } from './tabs';
import { useProblemGroups } from './use-problem-groups';

/**
 * What is still missing or wrong, by part of the agreement, each field named by its label and
 * leading to it. The counts are one polite announcement, not one alert per field.
 */
export function ProblemSummary({ onGoTo }: { onGoTo: (path: string) => void }) {
  const t = useT();
  const caseInput = useCaseStore((s) => s.caseInput);
  // Right after a restore or a recovered draft the new text has not been checked yet.
  const pending = useCaseStore(checkPending);
  const groups = useProblemGroups();
  if (pending || !caseInput) {
    return (
      <p className="problem-summary muted" role="status">
        {t('Kontrollerer avtalen …', 'Checking the agreement …')}
      </p>
    );
  }
  const errors = groups.filter((g) => g.severity === 'error');
  const missing = errors.filter((g) => g.missing).length;
  const wrong = errors.length - missing;
  const warnings = groups.length - errors.length;
  const counts = [
    missing > 0 && `${missing} ${t('mangler svar', 'unanswered')}`,
    wrong > 0 && `${wrong} ${t('må rettes', 'to correct')}`,
    warnings > 0 &&
      `${warnings} ${warnings === 1 ? t('advarsel', 'warning') : t('advarsler', 'warnings')}`,
  ].filter(Boolean);
  const parts = [...TABS.map((tab) => tab as string), 'other'];
  const byPart = (part: string) => groups.filter((g) => (tabOfPath(g.path) ?? 'other') === part);

  return (
    <details className="problem-summary" open={errors.length > 0}>
      <summary>
        <span role="status" className={errors.length > 0 ? 'count-error' : 'count-ok'}>
          {counts.length > 0
            ? counts.join(', ')
            : t('Alt er besvart, ingen problemer', 'Everything answered, no problems')}
        </span>
      </summary>
      {parts.map((part) => {
        const list = byPart(part);
        if (list.length === 0) return null;
        const name =
          part === 'other'
            ? t('Annet', 'Other')
            : tabLabel(
                part as (typeof TABS)[number],
                t,
                loadedOutline()[caseInput.agreement].editsAppendix,
              );
        return (
          <div key={part} className="problem-part">
            <h2 className="problem-part-heading">{name}</h2>
            <ul className="problem-list">
              {list.map((g) => (
                <ProblemLine key={`${g.severity}-${g.path}`} group={g} onGoTo={onGoTo} />
              ))}
            </ul>
          </div>
        );
      })}
    </details>
  );
}

function ProblemLine({ group, onGoTo }: { group: FieldProblemGroup; onGoTo: (p: string) => void }) {
  const t = useT();
  const what = group.missing ? t('mangler svar', 'not answered yet') : group.messages.join('; ');
  return (
    <li className={`problem-${group.severity}`}>
      <button
        type="button"
        className="link-button"
        onClick={() => {
          onGoTo(group.path);
        }}
      >
        {describePath(group.path, t)}
      </button>
      : {group.severity === 'warning' ? `${t('advarsel', 'warning')}: ` : ''}
      {what}
    </li>
  );
}
