import type { Block, Inline } from '../document/model';
import { plainText } from '../document/model';
import { SkyError } from '../errors';
import { clauseNumbers } from './numbering';
import { AGREEMENT_BLOCKS } from './blocks/agreement-blocks';
import type { BlockContext, BlockRenderer, ClauseText } from './blocks/block-context';
import { DATA_PROTECTION_BLOCKS } from './blocks/data-protection-blocks';
import { SECURITY_BLOCKS } from './blocks/security-blocks';

export type { BlockContext, ClauseText } from './blocks/block-context';

const BLOCKS: ReadonlyMap<string, BlockRenderer> = new Map(
  Object.entries({ ...AGREEMENT_BLOCKS, ...DATA_PROTECTION_BLOCKS, ...SECURITY_BLOCKS }),
);

/** The data blocks a template can place with a `block` fence. */
export function dataBlock(name: string, context: BlockContext): Block[] {
  const render = BLOCKS.get(name);
  if (!render) {
    throw new SkyError(
      'template.unknown-block',
      { nb: `ukjent datablokk «${name}»`, en: `unknown data block «${name}»` },
      context.path,
    );
  }
  return render(context);
}

/** Each numbered clause's number, title and text, with its cross-references as numbers. */
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
