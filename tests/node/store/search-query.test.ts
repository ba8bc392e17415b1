import fc from 'fast-check';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { SkyError } from '../../../electron/core/errors';
import { ftsQuery, MAX_SEARCH_TERMS } from '../../../electron/node/store/search-query';
import { openTestLibrary } from '../../fixtures/library';

describe('turning typed text into a search query', () => {
  it('requires every word and keeps a trailing star as a prefix search', () => {
    expect(ftsQuery('databehandl* Bærum')).toBe('"databehandl"* AND "Bærum"');
    expect(ftsQuery('SSA-L')).toBe('"SSA" AND "L"');
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

  it('counts a repeated word once and refuses more distinct words than the limit', () => {
    expect(ftsQuery(Array(100).fill('avtale').join(' '))).toBe('"avtale"');
    const many = Array.from({ length: MAX_SEARCH_TERMS + 1 }, (_, i) => `ord${i}`).join(' ');
    expect(() => ftsQuery(many)).toThrow(
      expect.objectContaining({ code: 'search.too-many-words' }),
    );
  });
});

describe('a search of 2,000 words', () => {
  it('answers or refuses within a second, and the library answers the next call', () => {
    const { store } = openTestLibrary();
    const repeated = Array(2000).fill('databehandl*').join(' ');
    const distinct = Array.from({ length: 2000 }, (_, i) => `ord${i}*`).join(' ');
    for (const text of [repeated, distinct]) {
      const start = process.cpuUsage();
      try {
        store.search(text, 20);
      } catch (error) {
        expect((error as SkyError).code).toBe('search.too-many-words');
      }
      const { user, system } = process.cpuUsage(start);
      expect((user + system) / 1000).toBeLessThan(1000);
    }
    expect(store.search('Kari', 5)).toEqual(expect.any(Array));
  });
});
