/**
 * Turns what a user types into an FTS5 query: every word must match, a trailing «*» keeps its
 * meaning as a prefix search, and everything else is quoted so no FTS5 syntax leaks through.
 * Returns null when nothing searchable is left.
 */
export function ftsQuery(text: string): string | null {
  const terms = text
    .normalize('NFC')
    .split(/\s+/)
    .map((word) => {
      const prefix = word.endsWith('*');
      const core = word.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
      if (!core) return null;
      return core
        .split(' ')
        .map((part, i, parts) => `"${part}"${prefix && i === parts.length - 1 ? '*' : ''}`)
        .join(' ');
    })
    .filter((term): term is string => term !== null);
  return terms.length > 0 ? terms.join(' AND ') : null;
}
