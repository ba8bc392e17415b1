import type { z } from 'zod';
import { CaseSchema, type Case } from '../case/case-schema';
import { upgradeCase } from '../case/case-upgrade';
import { jsonPath } from '../case/problems';
import { placeholderMarker } from './placeholders';

/** A case that can be assembled, and the JSON paths of the answers it still lacks. */
export interface PreviewCase {
  case: Case;
  /** Index n is the path the n-th placeholder marker stands for. */
  placeholders: string[];
}

type Key = PropertyKey;

// Values tried, in order, where the case has a missing or wrong answer. A text answer becomes a
// marked placeholder; a number, choice or list takes the first value the schema accepts, so the
// documents around it can still be assembled.
const STAND_INS: unknown[] = [
  'X',
  null,
  '974760673', // an organisation number with a valid check digit
  'NO',
  'navn@example.no',
  1,
  false,
  [],
  [{}],
  {},
];

function containerAt(root: unknown, path: readonly Key[]): Record<Key, unknown> | null {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return null;
    value = (value as Record<Key, unknown>)[key];
  }
  return value !== null && typeof value === 'object' ? (value as Record<Key, unknown>) : null;
}

function samePath(a: readonly Key[], b: readonly Key[]): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}

function issuesAt(value: unknown, path: readonly Key[]): z.core.$ZodIssue[] {
  const result = CaseSchema.safeParse(value);
  return result.success ? [] : result.error.issues.filter((i) => samePath(i.path, path));
}

/** Replaces the answer at `path` with the first stand-in the schema accepts there. */
function standIn(value: unknown, issue: z.core.$ZodIssue): unknown {
  const parent = containerAt(value, issue.path.slice(0, -1));
  const key = issue.path[issue.path.length - 1];
  if (!parent || key === undefined) return undefined;
  const before = parent[key];
  const candidates = issue.code === 'invalid_value' ? [issue.values[0], ...STAND_INS] : STAND_INS;
  for (const candidate of candidates) {
    parent[key] = structuredClone(candidate);
    if (issuesAt(value, issue.path).length === 0) return candidate;
  }
  parent[key] = before;
  return undefined;
}

function setAt(root: unknown, path: readonly Key[], replacement: unknown): void {
  const parent = containerAt(root, path.slice(0, -1));
  const key = path[path.length - 1];
  if (parent && key !== undefined) parent[key] = replacement;
}

/**
 * An unfinished case, of any earlier format, made whole for the preview: every missing or wrong
 * text answer becomes a placeholder marker, other answers a value the schema accepts. Null when
 * the text is not a case object at all. Exports never take this path; they require a case without
 * errors.
 */
export function previewCase(raw: unknown): PreviewCase | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const value: unknown = structuredClone(upgradeCase(raw));
  const textPaths: Key[][] = [];
  // Each round fixes the issues zod reports; filling an empty list can reveal issues inside it.
  for (let round = 0; round < 8; round += 1) {
    const result = CaseSchema.safeParse(value);
    if (result.success) {
      const c = result.data;
      const placeholders = textPaths.map((path, index) => {
        setAt(c, path, placeholderMarker(index));
        return jsonPath(path);
      });
      return { case: c, placeholders };
    }
    let fixed = false;
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        const at = containerAt(value, issue.path);
        for (const name of issue.keys) if (at) Reflect.deleteProperty(at, name);
        fixed = true;
        continue;
      }
      const used = standIn(value, issue);
      if (used === undefined) continue;
      fixed = true;
      // A wrong text (an organisation number, a country code) is marked as unanswered too.
      if (typeof used === 'string' && issue.code !== 'invalid_value')
        textPaths.push([...issue.path]);
    }
    if (!fixed) return null;
  }
  return null;
}
