import type { BinEntry } from '../../shared/library-api';
import type { CaseStore } from './case-store';
import type { ClauseStore } from './clause-store';
import type { MatterStore } from './matter-store';
import { notFound, type StoreConnection } from './store-connection';

/** How long something deleted stays in the bin before it is removed for good. */
export const BIN_DAYS = 30;

/** Deleted matters and clauses, restorable for BIN_DAYS. */
export class BinStore {
  constructor(
    private readonly c: StoreConnection,
    private readonly matters: MatterStore,
    private readonly cases: CaseStore,
    private readonly clauses: ClauseStore,
  ) {}

  bin(): BinEntry[] {
    return this.c.read(
      () =>
        this.c
          .sql(
            `SELECT 'matter' AS kind, id, name, deleted_at AS deletedAt FROM matters WHERE deleted_at IS NOT NULL
             UNION ALL
             SELECT 'clause', id, title, deleted_at FROM clauses WHERE deleted_at IS NOT NULL
             ORDER BY deletedAt DESC`,
          )
          .all() as BinEntry[],
    );
  }

  restoreFromBin(kind: 'matter' | 'clause', id: number): void {
    this.c.write(() => {
      const table = kind === 'matter' ? 'matters' : 'clauses';
      const { changes } = this.c
        .sql(`UPDATE ${table} SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL`)
        .run(id);
      if (changes === 0) throw notFound(kind === 'matter' ? 'saken/matter' : 'klausul/clause', id);
      if (kind === 'matter') {
        this.matters.reindex(this.matters.matter(id));
        for (const caseId of this.matters.caseIdsOf(id)) {
          this.cases.reindex(caseId, this.cases.version(caseId, null).caseText);
        }
      } else {
        this.clauses.reindex(id);
      }
      this.c.audit('restored', kind, id);
    });
  }

  /** Removes for good what has been in the bin longer than BIN_DAYS. Returns how many. */
  emptyBin(): number {
    return this.c.write(() => {
      const cutoff = new Date(this.c.context.now().getTime() - BIN_DAYS * 86_400_000).toISOString();
      const old = this.c
        .sql('SELECT id FROM matters WHERE deleted_at IS NOT NULL AND deleted_at < ?')
        .all(cutoff) as { id: number }[];
      for (const { id } of old)
        for (const caseId of this.matters.caseIdsOf(id)) this.c.unindex('case', caseId);
      const matters = this.c
        .sql('DELETE FROM matters WHERE deleted_at IS NOT NULL AND deleted_at < ?')
        .run(cutoff).changes;
      const clauses = this.c
        .sql('DELETE FROM clauses WHERE deleted_at IS NOT NULL AND deleted_at < ?')
        .run(cutoff).changes;
      if (matters + clauses > 0) this.c.audit('purged', 'bin', null, `${matters + clauses}`);
      return matters + clauses;
    });
  }
}
