import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../../electron/node/store/migrations';

/** The schema after the first `count` migrations, as SQLite records it, in a stable order. */
function schemaAfter(count: number): string {
  const db = new Database(':memory:');
  for (const sql of MIGRATIONS.slice(0, count)) db.exec(sql);
  const rows = db
    .prepare(
      "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )
    .all() as { type: string; name: string; sql: string }[];
  db.close();
  return rows.map((r) => `-- ${r.type} ${r.name}\n${r.sql};\n`).join('\n');
}

// Migrations are append-only: a shipped one is never edited, or databases made before and after
// the edit would differ. Each migration's text and the schema it leaves are kept as a snapshot; a
// new migration adds its own snapshot (written on the first local run; CI never writes one).
describe('migration history', () => {
  MIGRATIONS.forEach((sql, index) => {
    const number = String(index + 1).padStart(3, '0');
    it(`keeps migration ${number} and the schema it leaves as they shipped`, async () => {
      const digest = createHash('sha256').update(sql).digest('hex');
      await expect(
        `-- migration ${number}: sha256 ${digest}\n\n${schemaAfter(index + 1)}`,
      ).toMatchFileSnapshot(`./schema/${number}.sql`);
    });
  });
});
