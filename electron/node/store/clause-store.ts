import type { Clause } from '../../shared/library-api';
import { notFound, type StoreConnection } from './store-connection';

interface ClauseRow {
  id: number;
  title: string;
  texts: string;
  tags: string;
  created_at: string;
  updated_at: string;
}

const clauseOf = (row: ClauseRow): Clause => ({
  id: row.id,
  title: row.title,
  texts: JSON.parse(row.texts) as Clause['texts'],
  tags: JSON.parse(row.tags) as string[],
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** The clause library: the user's own clause texts, in each language, to reuse across cases. */
export class ClauseStore {
  constructor(private readonly c: StoreConnection) {}

  private clause(id: number): Clause {
    return clauseOf(this.c.sql('SELECT * FROM clauses WHERE id = ?').get(id) as ClauseRow);
  }

  /** Puts the clause in the search index, by title, texts and tags. */
  reindex(id: number): void {
    const clause = this.clause(id);
    this.c.index(
      'clause',
      id,
      clause.title,
      [...Object.values(clause.texts), clause.tags.join(' ')].join('\n'),
    );
  }

  saveClause(input: {
    id: number | null;
    title: string;
    texts: Clause['texts'];
    tags: string[];
  }): Clause {
    return this.c.write(() => {
      const now = this.c.time();
      let id = input.id;
      if (id === null) {
        id = Number(
          this.c
            .sql(
              'INSERT INTO clauses (title, texts, tags, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
            )
            .run(input.title, JSON.stringify(input.texts), JSON.stringify(input.tags), now, now)
            .lastInsertRowid,
        );
        this.c.audit('created', 'clause', id, input.title);
      } else {
        const { changes } = this.c
          .sql(
            'UPDATE clauses SET title = ?, texts = ?, tags = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL',
          )
          .run(input.title, JSON.stringify(input.texts), JSON.stringify(input.tags), now, id);
        if (changes === 0) throw notFound('klausul/clause', id);
        this.c.audit('edited', 'clause', id, input.title);
      }
      this.reindex(id);
      return this.clause(id);
    });
  }

  listClauses(): Clause[] {
    return this.c.read(() =>
      (
        this.c
          .sql('SELECT * FROM clauses WHERE deleted_at IS NULL ORDER BY title COLLATE NOCASE')
          .all() as ClauseRow[]
      ).map(clauseOf),
    );
  }

  deleteClause(id: number): void {
    this.c.write(() => {
      const { changes } = this.c
        .sql('UPDATE clauses SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL')
        .run(this.c.time(), id);
      if (changes === 0) throw notFound('klausul/clause', id);
      this.c.unindex('clause', id);
      this.c.audit('deleted', 'clause', id);
    });
  }
}
