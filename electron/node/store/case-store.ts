import { SkyError } from '../../core/errors';
import type { CaseSummary, Version, VersionSummary } from '../../shared/library-api';
import type { MatterStore } from './matter-store';
import { searchableText } from './searchable-text';
import { notFound, type StoreConnection } from './store-connection';

interface VersionRow {
  id: number;
  case_id: number;
  number: number;
  author: string;
  label: string | null;
  restored_from: number | null;
  created_at: string;
  case_json?: string;
}

const versionOf = (row: VersionRow): VersionSummary => ({
  id: row.id,
  caseId: row.case_id,
  number: row.number,
  author: row.author,
  label: row.label,
  restoredFrom: row.restored_from,
  createdAt: row.created_at,
});

/** The case's title and agreement, read leniently: a version may hold an unfinished case. */
export function caseHeadline(caseText: string): { title: string; agreement: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(caseText);
  } catch {
    throw new SkyError(
      'store.case-not-json',
      {
        nb: 'saken er ikke gyldig JSON og kan ikke lagres som versjon (den er tatt vare på som utkast)',
        nn: 'saka er ikkje gyldig JSON og kan ikkje lagrast som versjon (ho er teken vare på som utkast)',
        en: 'the case is not valid JSON and cannot be saved as a version (it is kept as a draft)',
      },
      'case',
    );
  }
  const record = (parsed && typeof parsed === 'object' ? parsed : {}) as Record<string, unknown>;
  return {
    title: typeof record.title === 'string' && record.title.trim() ? record.title : '–',
    agreement: typeof record.agreement === 'string' ? record.agreement : '–',
  };
}

/** Cases and their immutable versions: every save is a new version, nothing is overwritten. */
export class CaseStore {
  constructor(
    private readonly c: StoreConnection,
    private readonly matters: MatterStore,
  ) {}

  /** The case's matter, checked to exist and not to be in the bin. */
  matterOf(caseId: number): number {
    const row = this.c
      .sql(
        'SELECT c.matter_id FROM cases c JOIN matters m ON m.id = c.matter_id WHERE c.id = ? AND m.deleted_at IS NULL',
      )
      .get(caseId) as { matter_id: number } | undefined;
    if (!row) throw notFound('saken/case', caseId);
    return row.matter_id;
  }

  /** Puts the case's latest version in the search index. */
  reindex(caseId: number, caseText: string): void {
    this.c.index('case', caseId, caseHeadline(caseText).title, searchableText(caseText));
  }

  private insertVersion(
    caseId: number,
    caseText: string,
    label: string | null,
    restoredFrom: number | null,
  ): VersionSummary {
    const headline = caseHeadline(caseText);
    const now = this.c.time();
    const { next } = this.c
      .sql('SELECT coalesce(max(number), 0) + 1 AS next FROM versions WHERE case_id = ?')
      .get(caseId) as { next: number };
    const { lastInsertRowid } = this.c
      .sql(
        'INSERT INTO versions (case_id, number, case_json, author, label, restored_from, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(caseId, next, caseText, this.c.context.author(), label, restoredFrom, now);
    this.c
      .sql('UPDATE cases SET title = ?, agreement = ?, updated_at = ? WHERE id = ?')
      .run(headline.title, headline.agreement, now, caseId);
    this.c.sql('UPDATE matters SET updated_at = ? WHERE id = ?').run(now, this.matterOf(caseId));
    this.c.sql('DELETE FROM drafts WHERE case_id = ?').run(caseId);
    this.reindex(caseId, caseText);
    return versionOf(
      this.c.sql('SELECT * FROM versions WHERE id = ?').get(lastInsertRowid) as VersionRow,
    );
  }

  createCase(
    matterId: number,
    caseText: string,
    label: string | null,
  ): { case: CaseSummary; version: VersionSummary } {
    return this.c.write(() => {
      this.matters.matter(matterId);
      const headline = caseHeadline(caseText);
      const now = this.c.time();
      const { lastInsertRowid } = this.c
        .sql(
          'INSERT INTO cases (matter_id, title, agreement, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
        )
        .run(matterId, headline.title, headline.agreement, now, now);
      const caseId = Number(lastInsertRowid);
      const version = this.insertVersion(caseId, caseText, label, null);
      this.c.audit('created', 'case', caseId, headline.title);
      return {
        case: {
          id: caseId,
          matterId,
          title: headline.title,
          agreement: headline.agreement,
          latestVersion: version.number,
          updatedAt: version.createdAt,
        },
        version,
      };
    });
  }

  /**
   * A copy of a case as a new case in the same matter: the text given (the open, unsaved one) or
   * the latest version, under a new title. The original and its history are left as they are.
   */
  duplicateCase(
    caseId: number,
    caseText: string | null,
    title: string,
  ): { case: CaseSummary; version: VersionSummary } {
    return this.c.write(() => {
      const matterId = this.matterOf(caseId);
      const source = caseText ?? this.version(caseId, null).caseText;
      // Refuses a text that is not JSON, as saving it would.
      caseHeadline(source);
      const parsed = JSON.parse(source) as unknown;
      const record = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {};
      const copy = this.createCase(matterId, JSON.stringify({ ...record, title }, null, 2), null);
      this.c.audit('duplicated', 'case', copy.case.id, `#${caseId}`);
      return copy;
    });
  }

  /** Saves the case as a new immutable version. */
  saveVersion(caseId: number, caseText: string, label: string | null): VersionSummary {
    return this.c.write(() => {
      this.matterOf(caseId);
      const version = this.insertVersion(caseId, caseText, label, null);
      this.c.audit('edited', 'case', caseId, `v${version.number}`);
      return version;
    });
  }

  /** The case's versions, newest first, without their case texts. */
  versions(caseId: number): VersionSummary[] {
    return this.c.read(() => {
      this.matterOf(caseId);
      return (
        this.c
          .sql(
            'SELECT id, case_id, number, author, label, restored_from, created_at FROM versions WHERE case_id = ? ORDER BY number DESC',
          )
          .all(caseId) as VersionRow[]
      ).map(versionOf);
    });
  }

  /** Every version with its case text, oldest first, as a matter file carries them. */
  versionsWithText(caseId: number): Version[] {
    return (
      this.c
        .sql('SELECT * FROM versions WHERE case_id = ? ORDER BY number')
        .all(caseId) as VersionRow[]
    ).map((row) => ({ ...versionOf(row), caseText: row.case_json ?? '' }));
  }

  /** One version with its case text; the latest when no number is given. */
  version(caseId: number, number: number | null): Version {
    return this.c.read(() => {
      this.matterOf(caseId);
      const row = (
        number === null
          ? this.c
              .sql('SELECT * FROM versions WHERE case_id = ? ORDER BY number DESC LIMIT 1')
              .get(caseId)
          : this.c
              .sql('SELECT * FROM versions WHERE case_id = ? AND number = ?')
              .get(caseId, number)
      ) as VersionRow | undefined;
      if (!row) throw notFound(`versjon/version ${number ?? ''} av saken/of case`, caseId);
      return { ...versionOf(row), caseText: row.case_json ?? '' };
    });
  }

  /** Restoring an old version makes it the newest again, as a new version: history is kept. */
  restoreVersion(caseId: number, number: number): VersionSummary {
    const old = this.version(caseId, number);
    return this.c.write(() => {
      const version = this.insertVersion(caseId, old.caseText, null, number);
      this.c.audit('restored', 'case', caseId, `v${number} → v${version.number}`);
      return version;
    });
  }
}
