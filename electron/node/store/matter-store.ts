import type { CaseSummary, Matter } from '../../shared/library-api';
import { notFound, type StoreConnection } from './store-connection';

interface MatterRow {
  id: number;
  name: string;
  customer: string | null;
  reference: string | null;
  status: Matter['status'];
  tags: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

const matterOf = (row: MatterRow): Matter => ({
  id: row.id,
  name: row.name,
  customer: row.customer,
  reference: row.reference,
  status: row.status,
  tags: JSON.parse(row.tags) as string[],
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  deletedAt: row.deleted_at,
});

/** Matters: the folders a user keeps cases in. */
export class MatterStore {
  constructor(private readonly c: StoreConnection) {}

  /** The matter, checked to exist (and not to be in the bin unless `includeDeleted`). */
  matter(id: number, includeDeleted = false): Matter {
    const row = this.c.sql('SELECT * FROM matters WHERE id = ?').get(id) as MatterRow | undefined;
    if (!row || (row.deleted_at && !includeDeleted)) throw notFound('saken/matter', id);
    return matterOf(row);
  }

  caseIdsOf(matterId: number): number[] {
    return (
      this.c.sql('SELECT id FROM cases WHERE matter_id = ?').all(matterId) as { id: number }[]
    ).map((c) => c.id);
  }

  reindex(matter: Matter): void {
    this.c.index(
      'matter',
      matter.id,
      matter.name,
      [matter.customer, matter.reference, matter.tags.join(' ')].join('\n'),
    );
  }

  createMatter(input: {
    name: string;
    customer: string | null;
    reference: string | null;
    tags: string[];
  }): Matter {
    return this.c.write(() => {
      const now = this.c.time();
      const { lastInsertRowid } = this.c
        .sql(
          'INSERT INTO matters (name, customer, reference, tags, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(input.name, input.customer, input.reference, JSON.stringify(input.tags), now, now);
      const matter = this.matter(Number(lastInsertRowid));
      this.reindex(matter);
      this.c.audit('created', 'matter', matter.id, matter.name);
      return matter;
    });
  }

  updateMatter(
    id: number,
    patch: Partial<Pick<Matter, 'name' | 'customer' | 'reference' | 'status' | 'tags'>>,
  ): Matter {
    return this.c.write(() => {
      const next = { ...this.matter(id), ...patch };
      this.c
        .sql(
          'UPDATE matters SET name = ?, customer = ?, reference = ?, status = ?, tags = ?, updated_at = ? WHERE id = ?',
        )
        .run(
          next.name,
          next.customer,
          next.reference,
          next.status,
          JSON.stringify(next.tags),
          this.c.time(),
          id,
        );
      const matter = this.matter(id);
      this.reindex(matter);
      this.c.audit('edited', 'matter', id, Object.keys(patch).join(', '));
      return matter;
    });
  }

  listMatters(options: { page: number; pageSize: number; status: Matter['status'] | null }): {
    items: Matter[];
    total: number;
  } {
    return this.c.read(() => {
      const where = `deleted_at IS NULL${options.status ? ' AND status = @status' : ''}`;
      const params = { status: options.status };
      const total = (
        this.c.sql(`SELECT count(*) AS n FROM matters WHERE ${where}`).get(params) as {
          n: number;
        }
      ).n;
      const rows = this.c
        .sql(
          `SELECT * FROM matters WHERE ${where} ORDER BY updated_at DESC, id DESC LIMIT @limit OFFSET @offset`,
        )
        .all({
          ...params,
          limit: options.pageSize,
          offset: (options.page - 1) * options.pageSize,
        }) as MatterRow[];
      return { items: rows.map(matterOf), total };
    });
  }

  getMatter(id: number): { matter: Matter; cases: CaseSummary[] } {
    return this.c.read(() => {
      const matter = this.matter(id);
      const cases = this.c
        .sql(
          `SELECT c.id, c.matter_id, c.title, c.agreement, c.updated_at,
                  coalesce((SELECT max(number) FROM versions v WHERE v.case_id = c.id), 0) AS latest
           FROM cases c WHERE c.matter_id = ? ORDER BY c.id`,
        )
        .all(id) as {
        id: number;
        matter_id: number;
        title: string;
        agreement: string;
        updated_at: string;
        latest: number;
      }[];
      return {
        matter,
        cases: cases.map((c) => ({
          id: c.id,
          matterId: c.matter_id,
          title: c.title,
          agreement: c.agreement,
          latestVersion: c.latest,
          updatedAt: c.updated_at,
        })),
      };
    });
  }

  /** Moves a matter to the bin; it is removed for good after BIN_DAYS. */
  deleteMatter(id: number): Matter {
    return this.c.write(() => {
      this.matter(id);
      this.c.sql('UPDATE matters SET deleted_at = ? WHERE id = ?').run(this.c.time(), id);
      this.c.unindex('matter', id);
      for (const caseId of this.caseIdsOf(id)) this.c.unindex('case', caseId);
      this.c.audit('deleted', 'matter', id);
      return this.matter(id, true);
    });
  }
}
