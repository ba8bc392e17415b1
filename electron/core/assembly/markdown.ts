import { Lexer, type Token, type Tokens } from 'marked';
import type { Block, Heading, Inline } from '../document/model';

/** Turns a data block's name (a `block` fence in a template) into document blocks. */
export type BlockDirective = (name: string) => Block[];

export interface MarkdownOptions {
  directive: BlockDirective;
  /** Called for a heading with no `{#id}`; may throw to demand IDs. */
  onHeadingWithoutId?: (text: string) => void;
  /**
   * Text the user typed: it defines no clause IDs, cross-references or page breaks, and a
   * quotation is ordinary text rather than guidance for the person filling in.
   */
  userText?: boolean;
}

const HEADING_ID = /\s*\{#([a-z0-9][a-z0-9-]*)\}\s*$/;

function inlines(
  tokens: Token[] | undefined,
  style: { bold?: boolean; italic?: boolean } = {},
  userText = false,
): Inline[] {
  const out: Inline[] = [];
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'strong':
        out.push(...inlines((token as Tokens.Strong).tokens, { ...style, bold: true }, userText));
        break;
      case 'em':
        out.push(...inlines((token as Tokens.Em).tokens, { ...style, italic: true }, userText));
        break;
      case 'link': {
        const link = token as Tokens.Link;
        if (userText) {
          // The user's link keeps its address in the text; it never becomes a cross-reference.
          out.push(...inlines(link.tokens, style, userText));
          if (link.href !== link.text)
            out.push({ kind: 'text', text: ` (${link.href})`, ...style });
        } else if (link.href.startsWith('#') && link.text === '') {
          out.push({ kind: 'ref', target: link.href.slice(1), label: link.href.slice(1) });
        } else {
          out.push(...inlines(link.tokens, style));
        }
        break;
      }
      case 'br':
        out.push({ kind: 'text', text: '\n', ...style });
        break;
      case 'text': {
        const text = token as Tokens.Text;
        if (text.tokens && text.tokens.length > 0)
          out.push(...inlines(text.tokens, style, userText));
        // A single line break inside a paragraph is a soft break: it reads as a space.
        else
          out.push({
            kind: 'text',
            text: unescapeEntities(text.text).replace(/\n/g, ' '),
            ...style,
          });
        break;
      }
      default:
        // codespan, escape, html and the rest print as the text they hold.
        out.push({
          kind: 'text',
          text: unescapeEntities('text' in token ? String(token.text) : token.raw),
          ...style,
        });
    }
  }
  return mergeRuns(out);
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

function unescapeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** Joins neighbouring runs of the same style, so writers see few, long runs. */
function mergeRuns(runs: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (
      last?.kind === 'text' &&
      run.kind === 'text' &&
      Boolean(last.bold) === Boolean(run.bold) &&
      Boolean(last.italic) === Boolean(run.italic)
    ) {
      merged[merged.length - 1] = { ...last, text: last.text + run.text };
    } else {
      merged.push(run);
    }
  }
  return merged;
}

function heading(token: Tokens.Heading, options: MarkdownOptions): Heading {
  const match = options.userText ? null : HEADING_ID.exec(token.text);
  const text = unescapeEntities(match ? token.text.replace(HEADING_ID, '') : token.text).trim();
  if (!match) options.onHeadingWithoutId?.(text);
  return {
    kind: 'heading',
    level: Math.min(Math.max(token.depth, 1), 3) as 1 | 2 | 3,
    text,
    id: match?.[1] ?? null,
    number: null,
  };
}

function blocks(tokens: Token[], options: MarkdownOptions): Block[] {
  const out: Block[] = [];
  const user = Boolean(options.userText);
  for (const token of tokens) {
    switch (token.type) {
      case 'heading':
        out.push(heading(token as Tokens.Heading, options));
        break;
      case 'paragraph':
        out.push({
          kind: 'paragraph',
          content: inlines((token as Tokens.Paragraph).tokens, {}, user),
        });
        break;
      case 'list': {
        const list = token as Tokens.List;
        out.push({
          kind: 'list',
          ordered: list.ordered,
          items: list.items.map((item) =>
            inlines(
              item.tokens.flatMap((t) => ('tokens' in t && t.tokens ? t.tokens : [t])),
              {},
              user,
            ),
          ),
        });
        break;
      }
      case 'table': {
        const table = token as Tokens.Table;
        const cell = (c: Tokens.TableCell): string =>
          inlines(c.tokens, {}, user)
            .map((i) => (i.kind === 'text' ? i.text : i.label))
            .join('');
        const header = table.header.map(cell);
        const rows = table.rows.map((row) => row.map(cell));
        out.push({ kind: 'table', header, rows, widths: columnWeights(header, rows) });
        break;
      }
      case 'blockquote': {
        const inner = blocks((token as Tokens.Blockquote).tokens, options);
        // In a template a quotation is guidance; in the user's text it is text like any other.
        if (user) out.push(...inner);
        else
          for (const block of inner)
            if (block.kind === 'paragraph') out.push({ kind: 'guidance', content: block.content });
        break;
      }
      case 'code': {
        const code = token as Tokens.Code;
        if (code.lang === 'block') out.push(...options.directive(code.text.trim()));
        else out.push({ kind: 'paragraph', content: [{ kind: 'text', text: code.text }] });
        break;
      }
      case 'hr':
        if (user)
          out.push({ kind: 'paragraph', content: [{ kind: 'text', text: token.raw.trim() }] });
        else out.push({ kind: 'page-break' });
        break;
      case 'space':
        break;
      default:
        if (token.raw.trim() !== '') {
          out.push({ kind: 'paragraph', content: [{ kind: 'text', text: token.raw.trim() }] });
        }
    }
  }
  return out;
}

/** Parses Markdown (already filled in by Liquid) into document blocks. */
export function markdownToBlocks(markdown: string, options: MarkdownOptions): Block[] {
  return blocks(Lexer.lex(markdown, { gfm: true }), options);
}

/** Levels of quotation and list a line of the user's text may open; real appendices use three. */
export const USER_MARKDOWN_NESTING = 8;

/** Markdown the user's text may not use, at the line where it starts. */
export interface UserMarkdownFault {
  line: number;
  fault: 'nesting' | 'clause-id' | 'quotation' | 'rule';
}

const NESTING_PREFIX = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))+/;

/**
 * What in the user's Markdown would not print as written: nesting deep enough to exhaust the
 * parser, `{#id}` anchors that would claim a template's clause ID, quotations (shown in the
 * preview, but printed as text) and horizontal rules (a page break in templates).
 */
export function userMarkdownFaults(markdown: string): readonly UserMarkdownFault[] {
  const known = faultsByText.get(markdown);
  if (known) return known;
  const faults = findUserMarkdownFaults(markdown);
  // Every check of the case lexes its appendix texts; most of them have not changed since the last.
  if (faultsByText.size >= FAULT_CACHE_SIZE) {
    const oldest = faultsByText.keys().next();
    if (!oldest.done) faultsByText.delete(oldest.value);
  }
  faultsByText.set(markdown, faults);
  return faults;
}

const FAULT_CACHE_SIZE = 256;
const faultsByText = new Map<string, readonly UserMarkdownFault[]>();

function findUserMarkdownFaults(markdown: string): UserMarkdownFault[] {
  const lines = markdown.split('\n');
  const deep = lines.findIndex(
    (line) =>
      (NESTING_PREFIX.exec(line)?.[0].match(/[>*+-]|\d[.)]/g)?.length ?? 0) > USER_MARKDOWN_NESTING,
  );
  if (deep >= 0) return [{ line: deep + 1, fault: 'nesting' }];
  const faults: UserMarkdownFault[] = [];
  let line = 1;
  for (const token of Lexer.lex(markdown, { gfm: true })) {
    if (token.type === 'blockquote') faults.push({ line, fault: 'quotation' });
    else if (token.type === 'hr') faults.push({ line, fault: 'rule' });
    else if (token.type === 'heading' && HEADING_ID.test((token as Tokens.Heading).text))
      faults.push({ line, fault: 'clause-id' });
    line += (token.raw.match(/\n/g) ?? []).length;
  }
  return faults;
}

/** Characters of table text across an A4 page's content width (about 8.5 pt sans). */
const LINE_CHARS = 95;
/** Room given to a column left blank for the reader to fill in, in characters. */
const WRITING_ROOM = 30;

/**
 * Relative column widths for a Markdown table, in characters, the way browsers lay out tables:
 * every column gets its longest word, and what is left of the line goes to the columns that want
 * more (their longest cell, or room to write in a column blank in every row) in proportion.
 */
function columnWeights(header: string[], rows: string[][]): number[] {
  const columns = header.map((title, i) => {
    const cells = rows.map((row) => (row[i] ?? '').trim());
    const words = [title, ...cells].flatMap((c) => c.split(/\s+/));
    const least = Math.max(...words.map((w) => w.length)) + 2;
    const wanted = cells.every((c) => c === '')
      ? WRITING_ROOM
      : Math.max(...[title, ...cells].map((c) => c.length)) + 2;
    return { least, wanted: Math.max(least, wanted) };
  });
  const wantedTotal = columns.reduce((sum, c) => sum + c.wanted, 0);
  if (wantedTotal <= LINE_CHARS) return columns.map((c) => c.wanted);
  const spare = LINE_CHARS - columns.reduce((sum, c) => sum + c.least, 0);
  if (spare <= 0) return columns.map((c) => c.least);
  const growth = columns.reduce((sum, c) => sum + c.wanted - c.least, 0);
  return columns.map((c) => c.least + (spare * (c.wanted - c.least)) / growth);
}
