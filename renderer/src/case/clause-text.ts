import type { Block, Document, Inline } from '../../../electron/core/document/model';

/** The words of a run of inlines; a cross-reference reads as its computed number. */
export function inlineText(content: Inline[]): string {
  return content.map((inline) => (inline.kind === 'text' ? inline.text : inline.label)).join('');
}

export interface ClauseHeading {
  id: string;
  number: string | null;
  text: string;
  document: string;
}

/** Every heading with a clause ID in the documents, in order, each ID once. */
export function clauseHeadings(documents: Document[]): ClauseHeading[] {
  const seen = new Set<string>();
  const found: ClauseHeading[] = [];
  for (const doc of documents) {
    for (const block of doc.blocks) {
      if (block.kind === 'heading' && block.id && !seen.has(block.id)) {
        seen.add(block.id);
        found.push({ id: block.id, number: block.number, text: block.text, document: doc.title });
      }
    }
  }
  return found;
}

function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return [block.number, block.text].filter(Boolean).join(' ');
    case 'paragraph':
    case 'guidance':
      return inlineText(block.content);
    case 'list':
      return block.items.map((item) => `– ${inlineText(item)}`).join('\n');
    case 'table':
      // A two-column list of facts has no header row.
      return [...(block.header.length > 0 ? [block.header] : []), ...block.rows]
        .map((row) => row.join(' | '))
        .join('\n');
    case 'signatures':
    case 'page-break':
      return '';
  }
}

/**
 * The text of a clause: its heading's blocks up to the next heading of the same or a higher
 * level (sub-clauses belong to it). Guidance is left out; it is not part of the agreement.
 */
export function clauseText(documents: Document[], clauseId: string): string | null {
  for (const doc of documents) {
    const start = doc.blocks.findIndex((b) => b.kind === 'heading' && b.id === clauseId);
    const heading = doc.blocks[start];
    if (start < 0 || heading?.kind !== 'heading') continue;
    const lines: string[] = [];
    for (const block of doc.blocks.slice(start + 1)) {
      if (block.kind === 'heading' && block.level <= heading.level) break;
      if (block.kind === 'guidance') continue;
      const text = blockText(block);
      if (text) lines.push(text);
    }
    return lines.join('\n\n');
  }
  return null;
}
