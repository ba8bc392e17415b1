import { useMemo } from 'react';
import { useT } from '../store/app-store';
import { checkPending, useCaseStore } from '../store/case-store';
import { tabProgress } from './problem-groups';
import type { TabId } from './tabs';
import { useProblemGroups } from './use-problem-groups';

/**
 * How far one part of the agreement is: a badge on its tab (the tab's name stays its name), or
 * a sentence at the top of its panel.
 */
export function TabProgress({ tab, inPanel = false }: { tab: TabId; inPanel?: boolean }) {
  const t = useT();
  const groups = useProblemGroups();
  const pending = useCaseStore(checkPending);
  const counts = useMemo(() => tabProgress(groups).get(tab), [groups, tab]);
  if (pending) return null;
  const missing = counts?.missing ?? 0;
  const wrong = counts?.wrong ?? 0;
  const words = [
    missing > 0 && `${missing} ${t('mangler svar', 'unanswered')}`,
    wrong > 0 && `${wrong} ${t('må rettes', 'to correct')}`,
  ].filter(Boolean);
  if (inPanel) {
    return (
      <p className={`tab-progress-line ${words.length > 0 ? 'has-problems' : 'is-done'}`}>
        {words.length > 0
          ? `${t('I denne delen', 'In this part')}: ${words.join(', ')}.`
          : t('Denne delen er ferdig utfylt.', 'This part is complete.')}
      </p>
    );
  }
  if (words.length === 0) return null;
  return (
    <span className="tab-badge" aria-hidden="true" title={words.join(', ')}>
      {missing + wrong}
    </span>
  );
}
