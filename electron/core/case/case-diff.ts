import { jsonPath } from './problems';

/** A single value of a case: what a question holds. Absent is `undefined`. */
export type FieldValue = string | number | boolean | null | undefined;

/** One answer that differs between two versions of a case. */
export interface FieldChange {
  /** The JSON path of the answer in the newer version (in the older one for a removed row). */
  path: string;
  before: FieldValue;
  after: FieldValue;
}

// Rows that carry their own identity are matched by it, so removing the first requirement does
// not show every later one as changed. Other lists are compared position by position.
const ROW_KEYS: Record<string, string> = {
  requirements: 'id',
  edits: 'clause',
  'dpa.subprocessors': 'name',
  'sla.severities': 'severity',
};

type Key = string | number;
type Json = unknown;

const isRecord = (value: Json): value is Record<string, Json> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

// The list's name without row indices: `customer.signatories[0].name` → not keyed; `edits` → keyed.
const listName = (path: readonly Key[]) => path.filter((k) => typeof k === 'string').join('.');

function leaf(value: Json): FieldValue {
  return value === undefined ||
    value === null ||
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
    ? value
    : JSON.stringify(value);
}

function keyOf(row: Json, key: string): string | null {
  const value = isRecord(row) ? row[key] : undefined;
  return typeof value === 'string' ? value : null;
}

/** The key of every row, or null when some row lacks it or two rows share it. */
function rowKeys(rows: Json[], key: string): string[] | null {
  const keys = rows.map((row) => keyOf(row, key));
  if (keys.some((k) => k === null)) return null;
  const present = keys as string[];
  return new Set(present).size === present.length ? present : null;
}

function walk(before: Json, after: Json, path: Key[], out: FieldChange[]): void {
  if (Array.isArray(before) && Array.isArray(after)) {
    walkList(before, after, path, out);
    return;
  }
  if (isRecord(before) || isRecord(after)) {
    // A part turned on or off (`sla: null` → `{…}`) shows as each of its answers appearing.
    const b = isRecord(before) ? before : {};
    const a = isRecord(after) ? after : {};
    if (!isRecord(before) && before !== undefined && before !== null)
      out.push({ path: jsonPath(path), before: leaf(before), after: undefined });
    for (const name of new Set([...Object.keys(a), ...Object.keys(b)]))
      walk(b[name], a[name], [...path, name], out);
    if (!isRecord(after) && after !== undefined && after !== null)
      out.push({ path: jsonPath(path), before: undefined, after: leaf(after) });
    return;
  }
  if (Array.isArray(before) || Array.isArray(after)) {
    walkList(Array.isArray(before) ? before : [], Array.isArray(after) ? after : [], path, out);
    return;
  }
  const b = leaf(before);
  const a = leaf(after);
  // Absent and null both mean «not answered».
  if (b !== a && !((b ?? null) === null && (a ?? null) === null))
    out.push({ path: jsonPath(path), before: b, after: a });
}

function walkList(before: Json[], after: Json[], path: Key[], out: FieldChange[]): void {
  const key = ROW_KEYS[listName(path)];
  const beforeKeys = key ? rowKeys(before, key) : null;
  const afterKeys = key ? rowKeys(after, key) : null;
  if (!beforeKeys || !afterKeys) {
    for (let i = 0; i < Math.max(before.length, after.length); i += 1)
      walk(before[i], after[i], [...path, i], out);
    return;
  }
  after.forEach((row, i) => {
    const old = beforeKeys.indexOf(afterKeys[i] ?? '');
    walk(old >= 0 ? before[old] : undefined, row, [...path, i], out);
  });
  before.forEach((row, i) => {
    if (!afterKeys.includes(beforeKeys[i] ?? '')) walk(row, undefined, [...path, i], out);
  });
}

/**
 * What changed from one version of a case to another, answer by answer, in the order the newer
 * case holds them. Both sides are read as they were stored, unfinished cases included.
 */
export function caseDiff(before: unknown, after: unknown): FieldChange[] {
  const out: FieldChange[] = [];
  walk(before, after, [], out);
  return out;
}
