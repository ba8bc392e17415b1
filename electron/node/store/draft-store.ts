import type { Draft } from '../../shared/library-api';
import type { CaseStore } from './case-store';
import type { StoreConnection } from './store-connection';

/** What the user is typing, valid or not, kept until it is saved as a version. */
export class DraftStore {
  constructor(
    private readonly c: StoreConnection,
    private readonly cases: CaseStore,
  ) {}

  saveDraft(caseId: number, caseText: string): string {
    return this.c.write(() => {
      this.cases.matterOf(caseId);
      const now = this.c.time();
      this.c
        .sql(
          'INSERT INTO drafts (case_id, case_text, saved_at) VALUES (?, ?, ?) ON CONFLICT (case_id) DO UPDATE SET case_text = excluded.case_text, saved_at = excluded.saved_at',
        )
        .run(caseId, caseText, now);
      return now;
    });
  }

  /** Drafts left unsaved, for example by a crash: shown again on start. */
  drafts(): Draft[] {
    return this.c.read(() =>
      (
        this.c
          .sql('SELECT case_id, case_text, saved_at FROM drafts ORDER BY saved_at DESC')
          .all() as { case_id: number; case_text: string; saved_at: string }[]
      ).map((d) => ({ caseId: d.case_id, caseText: d.case_text, savedAt: d.saved_at })),
    );
  }

  discardDraft(caseId: number): void {
    this.c.write(() => this.c.sql('DELETE FROM drafts WHERE case_id = ?').run(caseId));
  }
}
