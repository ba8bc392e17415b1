import type { CaseInput } from '../../../electron/core/case/case-schema';
import type { Problem } from '../store/case-store';
import { tabOfPath, type TabId } from './tabs';

/** One field's problems: whether it is simply unanswered, and what else is wrong with it. */
export interface FieldProblemGroup {
  path: string;
  severity: Problem['severity'];
  /** The field has no answer yet: «mangler» says it all, whatever the rules add. */
  missing: boolean;
  messages: string[];
}

/** `customer.signatories[0].name` → `['customer', 'signatories', 0, 'name']`. */
function pathKeys(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) =>
    m[2] === undefined ? (m[1] ?? '') : Number(m[2]),
  );
}

/** Whether the case has no answer at a path: absent, empty text or an empty list. */
export function isUnanswered(caseInput: CaseInput, path: string): boolean {
  let value: unknown = caseInput;
  for (const key of pathKeys(path)) {
    if (value === null || typeof value !== 'object') return true;
    value = (value as Record<string | number, unknown>)[key];
  }
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** The problems by field, errors first, in the order the validation found them. */
export function groupProblems(problems: Problem[], caseInput: CaseInput): FieldProblemGroup[] {
  const groups = new Map<string, FieldProblemGroup>();
  const ordered = [
    ...problems.filter((p) => p.severity === 'error'),
    ...problems.filter((p) => p.severity === 'warning'),
  ];
  for (const p of ordered) {
    const key = `${p.severity}:${p.path}`;
    const group = groups.get(key) ?? {
      path: p.path,
      severity: p.severity,
      missing: p.severity === 'error' && isUnanswered(caseInput, p.path),
      messages: [],
    };
    if (!group.messages.includes(p.message)) group.messages.push(p.message);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** How many fields of each tab are missing an answer, and how many are wrong. */
export function tabProgress(
  groups: FieldProblemGroup[],
): Map<TabId, { missing: number; wrong: number; warnings: number }> {
  const progress = new Map<TabId, { missing: number; wrong: number; warnings: number }>();
  for (const group of groups) {
    const tab = tabOfPath(group.path);
    if (!tab) continue;
    const counts = progress.get(tab) ?? { missing: 0, wrong: 0, warnings: 0 };
    if (group.severity === 'warning') counts.warnings += 1;
    else if (group.missing) counts.missing += 1;
    else counts.wrong += 1;
    progress.set(tab, counts);
  }
  return progress;
}
