import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../electron/node/store/database';
import { MIGRATIONS } from '../../../../electron/node/store/migrations';
import { StoreConnection } from '../../../../electron/node/store/store-connection';

/** A library as migration 001 left it, with two cases and a matter in its search index. */
function libraryAtSchema1(): Database.Database {
  const db = new Database(':memory:');
  const [first] = MIGRATIONS;
  db.exec(first ?? '');
  db.pragma('user_version = 1');
  const insert = db.prepare('INSERT INTO search (kind, ref, title, body) VALUES (?, ?, ?, ?)');
  insert.run('case', '1', 'Sak 1', 'gammel tekst');
  insert.run('case', '1', 'Sak 1', 'ny tekst');
  insert.run('case', '2', 'Sak 2', 'arkiv');
  insert.run('matter', '1', 'Anskaffelse', 'Bærum');
  return db;
}

describe('migration 002: where each item sits in the search index', () => {
  it('records every indexed item, keeping the newest row of an item indexed twice', () => {
    const db = libraryAtSchema1();
    migrate(db, ':memory:');
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare('SELECT kind, ref, body FROM search ORDER BY kind, ref').all()).toEqual([
      { kind: 'case', ref: '1', body: 'ny tekst' },
      { kind: 'case', ref: '2', body: 'arkiv' },
      { kind: 'matter', ref: '1', body: 'Bærum' },
    ]);
    const rows = db
      .prepare(
        'SELECT r.kind, r.ref, s.body FROM search_rows r JOIN search s ON s.rowid = r.row ORDER BY r.kind, r.ref',
      )
      .all();
    expect(rows).toEqual([
      { kind: 'case', ref: '1', body: 'ny tekst' },
      { kind: 'case', ref: '2', body: 'arkiv' },
      { kind: 'matter', ref: '1', body: 'Bærum' },
    ]);
  });

  it('lets an item indexed before the migration be indexed again and taken out', () => {
    const db = libraryAtSchema1();
    migrate(db, ':memory:');
    const c = new StoreConnection(db, ':memory:', {
      now: () => new Date(0),
      author: () => 'Kari Nordmann',
    });
    c.index('case', 1, 'Sak 1', 'tredje tekst');
    c.unindex('case', 2);
    expect(db.prepare('SELECT kind, ref, body FROM search ORDER BY kind, ref').all()).toEqual([
      { kind: 'case', ref: '1', body: 'tredje tekst' },
      { kind: 'matter', ref: '1', body: 'Bærum' },
    ]);
    expect(db.prepare('SELECT count(*) AS n FROM search_rows').get()).toEqual({ n: 2 });
  });
});
