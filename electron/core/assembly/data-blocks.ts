import type { Block } from '../document/model';
import { SkyError } from '../errors';
import { AGREEMENT_BLOCKS } from './blocks/agreement-blocks';
import type { BlockContext, BlockRenderer } from './blocks/block-context';
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
