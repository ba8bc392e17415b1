export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

// Longer texts fall back to «all removed, all added» rather than an O(n·m) table of millions.
const MAX_CELLS = 400_000;

/** A word-level diff (longest common subsequence) of two texts, for the before/after view. */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = before.split(/(\s+)/).filter((w) => w !== '');
  const b = after.split(/(\s+)/).filter((w) => w !== '');
  if (a.length * b.length > MAX_CELLS) {
    return [
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ];
  }
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] =
        a[i] === b[j]
          ? (table[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0);
    }
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = parts[parts.length - 1];
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const wa = a[i] ?? '';
    const wb = b[j] ?? '';
    if (wa === wb) {
      push('same', wa);
      i++;
      j++;
    } else if ((table[(i + 1) * width + j] ?? 0) >= (table[i * width + j + 1] ?? 0)) {
      push('removed', wa);
      i++;
    } else {
      push('added', wb);
      j++;
    }
  }
  for (; i < a.length; i++) push('removed', a[i] ?? '');
  for (; j < b.length; j++) push('added', b[j] ?? '');
  return parts;
}
