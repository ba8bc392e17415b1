import { describe, expect, it } from 'vitest';
import { StoreConnection } from '../../../electron/node/store/store-connection';
import { exampleText, openTestLibrary } from '../../fixtures/library';

describe('the shared store connection', () => {
  it('prepares each statement once and reuses it', () => {
    const { store } = openTestLibrary();
    const connection = new StoreConnection(store.db, store.file, {
      now: () => new Date(0),
      author: () => 'Kari Nordmann',
    });
    const first = connection.sql('SELECT count(*) AS n FROM matters');
    expect(connection.sql('SELECT count(*) AS n FROM matters')).toBe(first);
    expect(connection.sql('SELECT count(*) AS n FROM cases')).not.toBe(first);
  });

  it('prepares no statement again when the library repeats its work', () => {
    const { store } = openTestLibrary();
    const matter = store.createMatter({ name: 'A', customer: null, reference: null, tags: [] });
    const { case: c } = store.createCase(matter.id, exampleText(), null);
    const work = () => {
      store.saveVersion(c.id, exampleText(), null);
      store.history(c.id);
      store.getMatter(matter.id);
    };
    work();
    const prepare = store.db.prepare.bind(store.db);
    let prepared = 0;
    store.db.prepare = (sql: string) => {
      prepared += 1;
      return prepare(sql);
    };
    work();
    expect(prepared).toBe(0);
    expect(store.history(c.id).versions.map((v) => v.number)).toEqual([3, 2, 1]);
  });

  it('leaves the database as it was when a change fails halfway', () => {
    const { store } = openTestLibrary();
    const connection = new StoreConnection(store.db, store.file, {
      now: () => new Date(0),
      author: () => 'Kari Nordmann',
    });
    expect(() =>
      connection.write(() => {
        connection.audit('created', 'matter', 1);
        throw new Error('halfway');
      }),
    ).toThrow(/halfway/);
    expect(store.auditLog(10)).toEqual([]);
  });

  it('keeps one search row per item, found by its kind and reference without a scan', () => {
    const { store } = openTestLibrary();
    const connection = new StoreConnection(store.db, store.file, {
      now: () => new Date(0),
      author: () => 'Kari Nordmann',
    });
    const items = () =>
      store.db
        .prepare(
          "SELECT s.kind, s.ref, s.body FROM search s JOIN search_rows r ON r.row = s.rowid WHERE s.kind <> 'requirement' ORDER BY s.kind, s.ref",
        )
        .all();
    connection.index('clause', 7, 'Klausul', 'første');
    connection.index('clause', 7, 'Klausul', 'andre');
    connection.index('clause', 8, 'Klausul', 'tredje');
    connection.index('matter', 7, 'Sak', 'fjerde');
    expect(items()).toEqual([
      { kind: 'clause', ref: '7', body: 'andre' },
      { kind: 'clause', ref: '8', body: 'tredje' },
      { kind: 'matter', ref: '7', body: 'fjerde' },
    ]);
    connection.unindex('clause', 8);
    expect(items()).toEqual([
      { kind: 'clause', ref: '7', body: 'andre' },
      { kind: 'matter', ref: '7', body: 'fjerde' },
    ]);
    connection.unindexAll('clause');
    expect(items()).toEqual([{ kind: 'matter', ref: '7', body: 'fjerde' }]);
    const plan = store.db
      .prepare('EXPLAIN QUERY PLAN DELETE FROM search_rows WHERE kind = ? AND ref = ?')
      .all('clause', '7') as { detail: string }[];
    expect(plan.map((p) => p.detail).join()).toMatch(/USING PRIMARY KEY/);
  });
});
