import { SkyError } from '../../core/errors';

/**
 * The most distinct words one search may hold. FTS5's cost grows with every term (a repeated
 * term once cost seconds per copy), and nobody types more than a handful.
 */
export const MAX_SEARCH_TERMS = 16;

/**
 * Turns what a user types into an FTS5 query: every word must match, a trailing «*» keeps its
 * meaning as a prefix search, and everything else is quoted so no FTS5 syntax leaks through.
 * A word typed twice counts once; more than MAX_SEARCH_TERMS words are refused. Returns null
 * when nothing searchable is left.
 */
export function ftsQuery(text: string): string | null {
  const terms = new Set<string>();
  for (const word of text.normalize('NFC').split(/\s+/)) {
    const prefix = word.endsWith('*');
    const parts = word
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      .split(' ')
      .filter(Boolean);
    parts.forEach((part, i) => {
      terms.add(`"${part}"${prefix && i === parts.length - 1 ? '*' : ''}`);
    });
    if (terms.size > MAX_SEARCH_TERMS) {
      throw new SkyError(
        'search.too-many-words',
        {
          nb: `søket har for mange ord; bruk høyst ${MAX_SEARCH_TERMS}`,
          nn: `søket har for mange ord; bruk høgst ${MAX_SEARCH_TERMS}`,
          en: `the search has too many words; use at most ${MAX_SEARCH_TERMS}`,
        },
        'text',
      );
    }
  }
  return terms.size > 0 ? [...terms].join(' AND ') : null;
}
