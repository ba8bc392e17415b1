/** The steps of a case JSON path: `customer.signatories[0].name` → customer, signatories, 0, name. */
export function pathKeys(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) =>
    m[2] === undefined ? (m[1] ?? '') : Number(m[2]),
  );
}

type Container = Record<string | number, unknown>;

const isContainer = (value: unknown): value is Container =>
  typeof value === 'object' && value !== null;

/** The value at a path, or undefined where the path leads through nothing. */
export function valueAt(root: unknown, path: string): unknown {
  let at: unknown = root;
  for (const key of pathKeys(path)) {
    if (!isContainer(at)) return undefined;
    at = at[key];
  }
  return at;
}

/**
 * Writes a value at a path of a draft, making the objects and lists on the way that are not
 * there yet (`dates` before `dates.signed`).
 */
export function setValueAt(root: object, path: string, value: unknown): void {
  const keys = pathKeys(path);
  const last = keys.pop();
  if (last === undefined) return;
  let at = root as Container;
  for (const [i, key] of keys.entries()) {
    if (!isContainer(at[key])) at[key] = typeof (keys[i + 1] ?? last) === 'number' ? [] : {};
    at = at[key] as Container;
  }
  at[last] = value;
}
