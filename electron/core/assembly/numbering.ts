import type { Block } from '../document/model';

/** Where numbering stands, one counter per heading level; shared by parts that count on. */
export function newCounters(): number[] {
  return [0, 0, 0];
}

/**
 * Gives headings their legal numbers (1, 1.1, 1.1.1) in document order. Numbers are computed,
 * never typed, so they stay consecutive whichever clauses a condition leaves out. With a prefix
 * («A»), the first-level heading is the part's title and its clauses are A.1, A.1.1 ….
 */
export function numberHeadings(
  blocks: Block[],
  counters: number[] = newCounters(),
  prefix?: string,
): Block[] {
  return blocks.map((block) => {
    if (block.kind !== 'heading') return block;
    if (prefix && block.level === 1) return { ...block, number: null };
    const index = prefix ? block.level - 2 : block.level - 1;
    counters[index] = (counters[index] ?? 0) + 1;
    for (let deeper = index + 1; deeper < counters.length; deeper++) counters[deeper] = 0;
    const number = counters.slice(0, index + 1).join('.');
    return { ...block, number: prefix ? `${prefix}.${number}` : number };
  });
}

/** Clause ID → number, for resolving cross-references. */
export function clauseNumbers(blocks: Block[]): Map<string, string> {
  const numbers = new Map<string, string>();
  for (const block of blocks) {
    if (block.kind === 'heading' && block.id && block.number) numbers.set(block.id, block.number);
  }
  return numbers;
}
