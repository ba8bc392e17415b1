import type { Block } from '../document/model';

/**
 * Marks the last lines before each signature block, back to their heading, to be kept with it:
 * a signature page then always carries the end of the text it signs and cannot be swapped.
 */
export function keepSignaturesWithText(blocks: Block[]): Block[] {
  const keep = new Set<number>();
  blocks.forEach((block, index) => {
    if (block.kind !== 'signatures') return;
    for (let i = index - 1; i >= 0; i--) {
      const before = blocks[i];
      if (before?.kind !== 'paragraph' && before?.kind !== 'heading') break;
      keep.add(i);
      if (before.kind === 'heading') break;
    }
  });
  return blocks.map((block, index) =>
    keep.has(index) && (block.kind === 'paragraph' || block.kind === 'heading')
      ? { ...block, keepWithNext: true }
      : block,
  );
}
