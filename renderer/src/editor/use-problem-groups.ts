import type { CaseInput } from '../../../electron/core/case/case-schema';
import { useCaseStore, type Problem } from '../store/case-store';
import { groupProblems, type FieldProblemGroup } from './problem-groups';

const NONE: FieldProblemGroup[] = [];
let last: { problems: Problem[]; caseInput: CaseInput; groups: FieldProblemGroup[] } | null = null;

/**
 * The open case's problems by field, worked out once per check however many places show them
 * (the summary, every tab's badge, the export tab), so they all count alike.
 */
export function useProblemGroups(): FieldProblemGroup[] {
  const problems = useCaseStore((s) => s.problems);
  const caseInput = useCaseStore((s) => s.caseInput);
  if (!caseInput) return NONE;
  if (last?.problems !== problems || last.caseInput !== caseInput)
    last = { problems, caseInput, groups: groupProblems(problems, caseInput) };
  return last.groups;
}
