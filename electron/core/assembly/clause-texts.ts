import { plainText, type Block, type Inline } from '../document/model';
import type { ClauseText } from './blocks/block-context';
import { clauseNumbers } from './numbering';

/**
 * The standard text of each numbered clause, as appendix 7 quotes it and as a clause edit
 * starts from: its number, title and the paragraphs and lists up to the next heading.
 */
export function clauseTexts(blocks: Block[]): Map<string, ClauseText> {
  const numbers = clauseNumbers(blocks);
  const text = (content: Inline[]): string =>
    plainText(
      content.map((inline) =>
        inline.kind === 'ref'
          ? { ...inline, label: numbers.get(inline.target) ?? inline.label }
          : inline,
      ),
    );
  const clauses = new Map<string, ClauseText>();
  let current: ClauseText | null = null;
  for (const block of blocks) {
    if (block.kind === 'heading') {
      current =
        block.id && block.number ? { number: block.number, title: block.text, text: '' } : null;
      if (current && block.id) clauses.set(block.id, current);
    } else if (current && (block.kind === 'paragraph' || block.kind === 'list')) {
      const added =
        block.kind === 'paragraph'
          ? text(block.content)
          : block.items.map((item: Inline[]) => `– ${text(item)}`).join('\n');
      current.text = current.text ? `${current.text}\n${added}` : added;
    }
  }
  return clauses;
}
