import type { Matter, MatterFile } from '../../shared/library-api';
import { caseHeadline, type CaseStore } from './case-store';
import type { MatterStore } from './matter-store';
import { searchableText } from './searchable-text';
import type { StoreConnection } from './store-connection';

/** Moving a matter between machines: one file with every case and version in it. */
export class MatterFileStore {
  constructor(
    private readonly c: StoreConnection,
    private readonly matters: MatterStore,
    private readonly cases: CaseStore,
  ) {}

  exportMatter(id: number): MatterFile {
    return this.c.read(() => {
      const { matter, cases } = this.matters.getMatter(id);
      return {
        format: 'skyavtale-matter',
        formatVersion: 1,
        matter: {
          name: matter.name,
          customer: matter.customer,
          reference: matter.reference,
          status: matter.status,
          tags: matter.tags,
        },
        cases: cases.map((c) => ({
          title: c.title,
          agreement: c.agreement,
          versions: this.cases.versionsWithText(c.id).map((v) => ({
            number: v.number,
            caseText: v.caseText,
            author: v.author,
            label: v.label,
            createdAt: v.createdAt,
          })),
        })),
      };
    });
  }

  /** Adds an exported matter as a new matter, keeping each version's author and time. */
  importMatter(file: MatterFile): Matter {
    return this.c.write(() => {
      const now = this.c.time();
      const m = file.matter;
      const matterId = Number(
        this.c
          .sql(
            'INSERT INTO matters (name, customer, reference, status, tags, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
          )
          .run(m.name, m.customer, m.reference, m.status, JSON.stringify(m.tags), now, now)
          .lastInsertRowid,
      );
      const insertVersion = this.c.sql(
        'INSERT INTO versions (case_id, number, case_json, author, label, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      );
      for (const c of file.cases) {
        const caseId = Number(
          this.c
            .sql(
              'INSERT INTO cases (matter_id, title, agreement, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
            )
            .run(matterId, c.title, c.agreement, now, now).lastInsertRowid,
        );
        for (const v of c.versions) {
          caseHeadline(v.caseText); // refuses a version that is not JSON
          insertVersion.run(caseId, v.number, v.caseText, v.author, v.label, v.createdAt);
        }
        const latest = c.versions.reduce((a, b) => (b.number > a.number ? b : a));
        this.c.index('case', caseId, c.title, searchableText(latest.caseText));
      }
      const matter = this.matters.matter(matterId);
      this.matters.reindex(matter);
      this.c.audit('imported', 'matter', matterId, m.name);
      return matter;
    });
  }
}
