import type { Block } from '../document/model';

/**
 * Gives headings their legal numbers (1, 1.1, 1.1.1) in document order. Numbers are computed,
 * never typed, so they stay consecutive whichever clauses a condition leaves out.
 */
export function numberHeadings(blocks: Block[]): Block[] {
  const counters = [0, 0, 0];
  return blocks.map((block) => {
    if (block.kind !== 'heading') return block;
    const index = block.level - 1;
    counters[index] = (counters[index] ?? 0) + 1;
    for (let deeper = index + 1; deeper < counters.length; deeper++) counters[deeper] = 0;
    return { ...block, number: counters.slice(0, index + 1).join('.') };
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
