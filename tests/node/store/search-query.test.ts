import fc from 'fast-check';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ftsQuery } from '../../../electron/node/store/search-query';

describe('turning typed text into a search query', () => {
  it('requires every word and keeps a trailing star as a prefix search', () => {
    expect(ftsQuery('databehandl* Bærum')).toBe('"databehandl"* AND "Bærum"');
    expect(ftsQuery('SSA-L')).toBe('"SSA" "L"');
    expect(ftsQuery('  ')).toBeNull();
    expect(ftsQuery('"*()')).toBeNull();
  });

  it('never produces a query FTS5 rejects, whatever is typed', () => {
    const db = new Database(':memory:');
    db.exec("CREATE VIRTUAL TABLE s USING fts5 (body, tokenize = 'unicode61 remove_diacritics 0')");
    const search = db.prepare('SELECT * FROM s WHERE s MATCH ?');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const query = ftsQuery(text);
        if (query !== null) search.all(query);
      }),
    );
  });
});
