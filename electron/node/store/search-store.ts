import type { RequirementBank } from '../../core/requirements/bank-schema';
import type { SearchHit } from '../../shared/library-api';
import { ftsQuery } from './search-query';
import type { SettingsStore } from './settings-store';
import type { StoreConnection } from './store-connection';

const REQUIREMENTS_FINGERPRINT = 'search.requirements';

/** Full-text search over matters, cases, clauses and the requirement bank. */
export class SearchStore {
  constructor(
    private readonly c: StoreConnection,
    private readonly settings: SettingsStore,
  ) {}

  /** Puts the requirement bank in the search index, once per bank content. */
  indexRequirements(bank: RequirementBank, fingerprint: string): void {
    if (this.settings.getSetting(REQUIREMENTS_FINGERPRINT) === fingerprint) return;
    this.c.write(() => {
      this.c.unindexAll('requirement');
      for (const r of bank.requirements) {
        this.c.index(
          'requirement',
          r.id,
          `${r.id} ${r.nb.title}`,
          [r.nb, r.nn, r.en].flatMap((t) => [t.title, t.text]).join('\n'),
        );
      }
      this.settings.put(REQUIREMENTS_FINGERPRINT, fingerprint);
    });
  }

  search(text: string, limit: number): SearchHit[] {
    const query = ftsQuery(text);
    if (!query) return [];
    return this.c.read(
      () =>
        this.c
          .sql(
            `SELECT kind, ref, title, snippet(search, 3, '«', '»', ' … ', 12) AS snippet
             FROM search WHERE search MATCH ? ORDER BY bm25(search, 0, 0, 5, 1) LIMIT ?`,
          )
          .all(query, limit) as SearchHit[],
    );
  }
}
