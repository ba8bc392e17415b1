import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, migrate } from '../../../../electron/node/store/database';
import { MIGRATIONS } from '../../../../electron/node/store/migrations';

function migrated(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, ':memory:');
  return db;
}

describe('migration 001: the library', () => {
  it('creates every table as STRICT and marks the file as Skyavtale’s', () => {
    const db = migrated();
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    const strict = db
      .prepare(
        "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'search%' AND name NOT LIKE 'sqlite%'",
      )
      .all() as { name: string; strict: number }[];
    expect(strict.map((t) => t.name).sort()).toEqual(
      ['audit', 'cases', 'clauses', 'drafts', 'exports', 'matters', 'settings', 'versions'].sort(),
    );
    expect(strict.every((t) => t.strict === 1)).toBe(true);
    expect(() =>
      db
        .prepare(
          "INSERT INTO audit (at, actor, action, entity, entity_id) VALUES ('t', 'a', 'b', 'c', 'abc')",
        )
        .run(),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
  });

  it('makes versions immutable and ties them to their case', () => {
    const db = migrated();
    db.prepare("INSERT INTO matters (name, created_at, updated_at) VALUES ('M', 't', 't')").run();
    db.prepare(
      "INSERT INTO cases (matter_id, title, agreement, created_at, updated_at) VALUES (1, 'C', 'ssa-l', 't', 't')",
    ).run();
    db.prepare(
      "INSERT INTO versions (case_id, number, case_json, author, created_at) VALUES (1, 1, '{}', 'a', 't')",
    ).run();
    expect(() => db.prepare('UPDATE versions SET case_json = \'{"x":1}\'').run()).toThrow(
      /immutable/,
    );
    expect(() =>
      db
        .prepare(
          "INSERT INTO versions (case_id, number, case_json, author, created_at) VALUES (9, 1, '{}', 'a', 't')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO versions (case_id, number, case_json, author, created_at) VALUES (1, 2, 'not json', 'a', 't')",
        )
        .run(),
    ).toThrow(/CHECK/);
  });

  it('runs once: a second run changes nothing', () => {
    const db = migrated();
    migrate(db, ':memory:');
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
  });
});
