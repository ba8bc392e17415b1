import type { ExportOrigin, ExportRecord, VersionSummary } from '../../shared/library-api';
import type { CaseStore } from './case-store';
import type { StoreConnection } from './store-connection';

interface ExportRow {
  id: number;
  version_id: number;
  version_number: number;
  path: string;
  format: string;
  sha256: string;
  size: number;
  status: 'draft' | 'final';
  created_at: string;
}

const exportRecord = (e: ExportRow): ExportRecord => ({
  id: e.id,
  versionId: e.version_id,
  versionNumber: e.version_number,
  path: e.path,
  format: e.format,
  sha256: e.sha256,
  size: e.size,
  status: e.status,
  createdAt: e.created_at,
});

/** The files exported from each version, with their SHA-256, so a signed text can be proven. */
export class ExportStore {
  constructor(
    private readonly c: StoreConnection,
    private readonly cases: CaseStore,
  ) {}

  /** A case's versions and the files exported from them, newest first. */
  history(caseId: number): { versions: VersionSummary[]; exports: ExportRecord[] } {
    return this.c.read(() => {
      const versions = this.cases.versions(caseId);
      const exports = this.c
        .sql(
          `SELECT e.*, v.number AS version_number FROM exports e JOIN versions v ON v.id = e.version_id
           WHERE v.case_id = ? ORDER BY e.id DESC`,
        )
        .all(caseId) as ExportRow[];
      return { versions, exports: exports.map(exportRecord) };
    });
  }

  /** Every recorded export of a file with this SHA-256, newest first, with where it came from. */
  exportsOf(sha256: string): ExportOrigin[] {
    return this.c.read(() => {
      const rows = this.c
        .sql(
          `SELECT e.*, v.number AS version_number, c.id AS case_id, c.title AS case_title,
                  m.id AS matter_id, m.name AS matter_name
           FROM exports e JOIN versions v ON v.id = e.version_id
           JOIN cases c ON c.id = v.case_id JOIN matters m ON m.id = c.matter_id
           WHERE e.sha256 = ? ORDER BY e.id DESC`,
        )
        .all(sha256) as (ExportRow & {
        case_id: number;
        case_title: string;
        matter_id: number;
        matter_name: string;
      })[];
      return rows.map((e) => ({
        ...exportRecord(e),
        caseId: e.case_id,
        caseTitle: e.case_title,
        matterId: e.matter_id,
        matterName: e.matter_name,
      }));
    });
  }

  recordExports(
    caseId: number,
    versionNumber: number,
    status: 'draft' | 'final',
    files: { path: string; format: string; sha256: string; size: number }[],
  ): void {
    this.c.write(() => {
      const { id } = this.cases.version(caseId, versionNumber);
      const insert = this.c.sql(
        'INSERT INTO exports (version_id, path, format, sha256, size, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      );
      const now = this.c.time();
      for (const f of files) insert.run(id, f.path, f.format, f.sha256, f.size, status, now);
      this.c.audit('exported', 'case', caseId, `v${versionNumber}: ${files.length} ${status}`);
    });
  }
}
