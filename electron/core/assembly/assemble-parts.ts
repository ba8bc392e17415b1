import type { Case, Language } from '../case/case-schema';
import type { Block, Document, Inline } from '../document/model';
import { SkyError } from '../errors';
import { dataBlock, type BlockContext } from './data-blocks';
import { keepSignaturesWithText } from './keep-together';
import { renderTemplate } from './liquid';
import { markdownToBlocks } from './markdown';
import { clauseNumbers, newCounters, numberHeadings } from './numbering';
import type { TemplateFile } from './template-set';

export interface AssembleOptions {
  lang: Language;
  /** Keep guidance for the person filling in (drafts only). */
  guidance: boolean;
  /** The version for signing: no working papers. */
  final: boolean;
  /** Tender wording (evaluation, rejection, weights); a contract speaks as a contract. */
  tender: boolean;
}

/** One template file placed in a document. */
export interface Part {
  file: TemplateFile;
  /** Headings get legal numbers and must carry clause IDs. */
  numbered: boolean;
  /**
   * Numbers the part on its own as «A.1», «A.2» under an unnumbered title; without it, the
   * numbered parts of a document count on from each other.
   */
  prefix?: string;
  appendixNumber: number | null;
}

/** A document before cross-references are resolved across the set it belongs to. */
export interface DraftDocument {
  doc: Omit<Document, 'blocks'>;
  blocks: Block[];
  path: string;
}

/** The names a template can use; every optional part of the case is present, as null if absent. */
function templateScope(
  c: Case,
  agreement: { id: string; name: string },
  appendixNumber: number | null,
  tender: boolean,
): object {
  return {
    tender,
    title: c.title,
    reference: c.reference,
    customer: c.customer,
    supplier: c.supplier,
    service: c.service,
    dates: c.dates,
    sla: c.sla,
    prices: c.prices,
    dpa: c.dpa,
    exit: c.exit,
    requirements: c.requirements,
    agreement,
    appendix: appendixNumber === null ? null : (c.appendices[String(appendixNumber)] ?? null),
  };
}

function lineOf(file: TemplateFile, text: string): number {
  const index = file.body.split('\n').findIndex((line) => line.includes(text));
  return index < 0 ? file.bodyLine : file.bodyLine + index;
}

/** Renders template parts into one block list, a page break between parts. */
export function assembleParts(
  parts: Part[],
  agreement: { id: string; name: string },
  base: Omit<BlockContext, 'path' | 'appendixNumber'>,
): Block[] {
  const out: Block[] = [];
  const counters = newCounters();
  for (const [index, part] of parts.entries()) {
    const context: BlockContext = {
      ...base,
      path: part.file.path,
      appendixNumber: part.appendixNumber,
    };
    const markdown = renderTemplate(
      part.file,
      templateScope(base.case, agreement, part.appendixNumber, base.tender),
      base.lang,
    );
    const blocks = markdownToBlocks(markdown, {
      directive: (name) => dataBlock(name, context),
      onHeadingWithoutId: part.numbered
        ? (text) => {
            throw new SkyError(
              'template.heading-without-id',
              {
                nb: `overskriften «${text}» mangler punkt-ID ({#id})`,
                en: `the heading «${text}» has no clause ID ({#id})`,
              },
              `${part.file.path}:${lineOf(part.file, text)}`,
            );
          }
        : undefined,
    });
    if (index > 0) out.push({ kind: 'page-break' });
    const kept = keepSignaturesWithText(blocks);
    if (!part.numbered) out.push(...kept);
    else if (part.prefix) out.push(...numberHeadings(kept, newCounters(), part.prefix));
    else out.push(...numberHeadings(kept, counters));
  }
  return out;
}

function resolveRefs(blocks: Block[], numbers: Map<string, string>, path: string): Block[] {
  const resolve = (content: Inline[]): Inline[] =>
    content.map((inline) => {
      if (inline.kind !== 'ref') return inline;
      const label = numbers.get(inline.target);
      if (!label) {
        throw new SkyError(
          'template.unknown-ref',
          {
            nb: `kryssreferansen peker på punkt-ID «${inline.target}», som ikke finnes`,
            en: `the cross-reference points at clause ID «${inline.target}», which does not exist`,
          },
          path,
        );
      }
      return { ...inline, label };
    });
  return blocks.map((block) => {
    switch (block.kind) {
      case 'paragraph':
      case 'guidance':
        return { ...block, content: resolve(block.content) };
      case 'list':
        return { ...block, items: block.items.map(resolve) };
      default:
        return block;
    }
  });
}

/**
 * Resolves cross-references across a set of documents (an appendix may cite the general text)
 * and drops guidance unless a draft asks for it.
 */
export function finishDocuments(drafts: DraftDocument[], options: AssembleOptions): Document[] {
  const numbers = new Map<string, string>();
  for (const draft of drafts) for (const [id, n] of clauseNumbers(draft.blocks)) numbers.set(id, n);
  return drafts.map(({ doc, blocks, path }) => {
    const resolved = resolveRefs(blocks, numbers, path);
    return {
      ...doc,
      blocks: options.guidance ? resolved : resolved.filter((b) => b.kind !== 'guidance'),
    };
  });
}
