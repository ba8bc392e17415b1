import { withoutPlaceholders } from '../preview/placeholders';
import { plainText, type Block, type Document } from './model';

function blockLines(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
      return [block.number ? `${block.number} ${block.text}` : block.text];
    case 'paragraph':
      return [plainText(block.content)];
    case 'list':
      return block.items.map(
        (item, i) => `${block.ordered ? `${i + 1}.` : '–'} ${plainText(item)}`,
      );
    case 'table':
      return [block.header, ...block.rows]
        .filter((row) => row.length > 0)
        .map((row) => row.join(' | '));
    case 'signatures':
      return block.parties.flatMap((party) => [
        `${party.role}: ${party.name}`,
        ...party.signatories.map((s) => (s.title ? `${s.name}, ${s.title}` : s.name)),
      ]);
    // Guidance is for the person filling in, never part of the agreement.
    case 'guidance':
    case 'page-break':
      return [];
  }
}

/**
 * A document as its paragraphs of plain text, as printed: numbered headings, list items, table
 * rows, signatures; unanswered values as «…». For comparing what two versions of a case say.
 */
export function documentParagraphs(document: Document): string[] {
  return [document.title, ...document.blocks.flatMap(blockLines)]
    .map((line) => withoutPlaceholders(line).trim())
    .filter((line) => line !== '');
}
