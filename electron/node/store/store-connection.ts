import type Database from 'better-sqlite3';
import { SkyError } from '../../core/errors';
import { storeError } from './database';

export interface StoreContext {
  now: () => Date;
  /** The name written into versions and the audit log. */
  author: () => string;
}

export function notFound(what: string, id: number | string): SkyError {
  return new SkyError('store.not-found', {
    nb: `${what} ${id} finnes ikke i biblioteket`,
    en: `${what} ${id} is not in the library`,
  });
}

/**
 * The one connection every part of the library shares: its statements are prepared once and
 * reused, each change runs in one transaction, and each change writes its audit entry and search
 * index update inside that transaction.
 */
export class StoreConnection {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    readonly db: Database.Database,
    readonly file: string,
    readonly context: StoreContext,
  ) {}

  /** The prepared statement for this SQL, prepared on first use. */
  sql(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  time(): string {
    return this.context.now().toISOString();
  }

  /** Runs a change in one transaction; any failure leaves the database as it was. */
  write<T>(work: () => T): T {
    try {
      return this.db.transaction(work).immediate();
    } catch (error) {
      throw storeError(error, this.file);
    }
  }

  read<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      throw storeError(error, this.file);
    }
  }

  audit(action: string, entity: string, entityId: number | null, detail?: string): void {
    this.sql(
      'INSERT INTO audit (at, actor, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(this.time(), this.context.author(), action, entity, entityId, detail ?? null);
  }

  index(kind: string, ref: string | number, title: string, body: string): void {
    this.unindex(kind, ref);
    const { lastInsertRowid } = this.sql(
      'INSERT INTO search (kind, ref, title, body) VALUES (?, ?, ?, ?)',
    ).run(kind, String(ref), title, body);
    this.sql('INSERT INTO search_rows (kind, ref, row) VALUES (?, ?, ?)').run(
      kind,
      String(ref),
      lastInsertRowid,
    );
  }

  unindex(kind: string, ref: string | number): void {
    const found = this.sql('DELETE FROM search_rows WHERE kind = ? AND ref = ? RETURNING row').get(
      kind,
      String(ref),
    ) as { row: number } | undefined;
    if (found) this.sql('DELETE FROM search WHERE rowid = ?').run(found.row);
  }

  /** Takes every item of one kind out of the search index. */
  unindexAll(kind: string): void {
    this.sql('DELETE FROM search WHERE rowid IN (SELECT row FROM search_rows WHERE kind = ?)').run(
      kind,
    );
    this.sql('DELETE FROM search_rows WHERE kind = ?').run(kind);
  }
}
