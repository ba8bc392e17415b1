import type Database from 'better-sqlite3';
import { SkyError } from '../../core/errors';
import type { RequirementBank } from '../../core/requirements/bank-schema';
import type {
  AuditEntry,
  BinEntry,
  CaseSummary,
  Clause,
  Draft,
  ExportOrigin,
  ExportRecord,
  Matter,
  MatterFile,
  SearchHit,
  Version,
  VersionSummary,
} from '../../shared/library-api';
import { storeError } from './database';
import { ftsQuery } from './search-query';
import { searchableText } from './searchable-text';

/** How long something deleted stays in the bin before it is removed for good. */
export const BIN_DAYS = 30;

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

function exportRecord(e: ExportRow): ExportRecord {
  return {
    id: e.id,
    versionId: e.version_id,
    versionNumber: e.version_number,
    path: e.path,
    format: e.format,
    sha256: e.sha256,
    size: e.size,
    status: e.status,
    createdAt: e.created_at,
  };
}

export interface StoreContext {
  now: () => Date;
  /** The name written into versions and the audit log. */
  author: () => string;
}

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

interface ClauseRow {
  id: number;
  title: string;
  texts: string;
  tags: string;
  created_at: string;
  updated_at: string;
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

const versionOf = (row: VersionRow): VersionSummary => ({
  id: row.id,
  caseId: row.case_id,
  number: row.number,
  author: row.author,
  label: row.label,
  restoredFrom: row.restored_from,
  createdAt: row.created_at,
});

const clauseOf = (row: ClauseRow): Clause => ({
  id: row.id,
  title: row.title,
  texts: JSON.parse(row.texts) as Clause['texts'],
  tags: JSON.parse(row.tags) as string[],
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

function notFound(what: string, id: number | string): SkyError {
  return new SkyError('store.not-found', {
    nb: `${what} ${id} finnes ikke i biblioteket`,
    en: `${what} ${id} is not in the library`,
  });
}

/** The case's title and agreement, read leniently: a version may hold an unfinished case. */
function caseHeadline(caseText: string): { title: string; agreement: string } {
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

/**
 * The local library: matters, cases with immutable versions, drafts, exports, the clause
 * library, settings, the audit log and the search index, in one SQLite database. Every change
 * runs in one transaction together with its audit entry and index update.
 */
export class LibraryStore {
  constructor(
    readonly db: Database.Database,
    readonly file: string,
    private readonly context: StoreContext,
  ) {}

  private time(): string {
    return this.context.now().toISOString();
  }

  /** Runs a change in one transaction; any failure leaves the database as it was. */
  private write<T>(work: () => T): T {
    try {
      return this.db.transaction(work).immediate();
    } catch (error) {
      throw storeError(error, this.file);
    }
  }

  private read<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      throw storeError(error, this.file);
    }
  }

  private audit(action: string, entity: string, entityId: number | null, detail?: string): void {
    this.db
      .prepare(
        'INSERT INTO audit (at, actor, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(this.time(), this.context.author(), action, entity, entityId, detail ?? null);
  }

  private index(kind: string, ref: string | number, title: string, body: string): void {
    this.db.prepare('DELETE FROM search WHERE kind = ? AND ref = ?').run(kind, String(ref));
    this.db
      .prepare('INSERT INTO search (kind, ref, title, body) VALUES (?, ?, ?, ?)')
      .run(kind, String(ref), title, body);
  }

  private unindex(kind: string, ref: string | number): void {
    this.db.prepare('DELETE FROM search WHERE kind = ? AND ref = ?').run(kind, String(ref));
  }

  private matterRow(id: number, includeDeleted = false): MatterRow {
    const row = this.db.prepare('SELECT * FROM matters WHERE id = ?').get(id) as
      MatterRow | undefined;
    if (!row || (row.deleted_at && !includeDeleted)) throw notFound('saken/matter', id);
    return row;
  }

  private caseIdsOf(matterId: number): number[] {
    return (
      this.db.prepare('SELECT id FROM cases WHERE matter_id = ?').all(matterId) as { id: number }[]
    ).map((c) => c.id);
  }

  private indexMatter(row: MatterRow): void {
    const tags = (JSON.parse(row.tags) as string[]).join(' ');
    this.index('matter', row.id, row.name, [row.customer, row.reference, tags].join('\n'));
  }

  // --- matters ------------------------------------------------------------------------------

  createMatter(input: {
    name: string;
    customer: string | null;
    reference: string | null;
    tags: string[];
  }): Matter {
    return this.write(() => {
      const now = this.time();
      const { lastInsertRowid } = this.db
        .prepare(
          'INSERT INTO matters (name, customer, reference, tags, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(input.name, input.customer, input.reference, JSON.stringify(input.tags), now, now);
      const row = this.matterRow(Number(lastInsertRowid));
      this.indexMatter(row);
      this.audit('created', 'matter', row.id, row.name);
      return matterOf(row);
    });
  }

  updateMatter(
    id: number,
    patch: Partial<Pick<Matter, 'name' | 'customer' | 'reference' | 'status' | 'tags'>>,
  ): Matter {
    return this.write(() => {
      const old = matterOf(this.matterRow(id));
      const next = { ...old, ...patch };
      this.db
        .prepare(
          'UPDATE matters SET name = ?, customer = ?, reference = ?, status = ?, tags = ?, updated_at = ? WHERE id = ?',
        )
        .run(
          next.name,
          next.customer,
          next.reference,
          next.status,
          JSON.stringify(next.tags),
          this.time(),
          id,
        );
      const row = this.matterRow(id);
      this.indexMatter(row);
      this.audit('edited', 'matter', id, Object.keys(patch).join(', '));
      return matterOf(row);
    });
  }

  listMatters(options: { page: number; pageSize: number; status: Matter['status'] | null }): {
    items: Matter[];
    total: number;
  } {
    return this.read(() => {
      const where = `deleted_at IS NULL${options.status ? ' AND status = @status' : ''}`;
      const params = { status: options.status };
      const total = (
        this.db.prepare(`SELECT count(*) AS n FROM matters WHERE ${where}`).get(params) as {
          n: number;
        }
      ).n;
      const rows = this.db
        .prepare(
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
    return this.read(() => {
      const matter = matterOf(this.matterRow(id));
      const cases = this.db
        .prepare(
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
    return this.write(() => {
      this.matterRow(id);
      this.db.prepare('UPDATE matters SET deleted_at = ? WHERE id = ?').run(this.time(), id);
      this.unindex('matter', id);
      for (const caseId of this.caseIdsOf(id)) this.unindex('case', caseId);
      this.audit('deleted', 'matter', id);
      return matterOf(this.matterRow(id, true));
    });
  }

  // --- cases and versions -------------------------------------------------------------------

  private caseRow(caseId: number): { id: number; matter_id: number } {
    const row = this.db
      .prepare(
        'SELECT c.id, c.matter_id FROM cases c JOIN matters m ON m.id = c.matter_id WHERE c.id = ? AND m.deleted_at IS NULL',
      )
      .get(caseId) as { id: number; matter_id: number } | undefined;
    if (!row) throw notFound('saken/case', caseId);
    return row;
  }

  private insertVersion(
    caseId: number,
    caseText: string,
    label: string | null,
    restoredFrom: number | null,
  ): VersionSummary {
    const headline = caseHeadline(caseText);
    const now = this.time();
    const { next } = this.db
      .prepare('SELECT coalesce(max(number), 0) + 1 AS next FROM versions WHERE case_id = ?')
      .get(caseId) as { next: number };
    const { lastInsertRowid } = this.db
      .prepare(
        'INSERT INTO versions (case_id, number, case_json, author, label, restored_from, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(caseId, next, caseText, this.context.author(), label, restoredFrom, now);
    this.db
      .prepare('UPDATE cases SET title = ?, agreement = ?, updated_at = ? WHERE id = ?')
      .run(headline.title, headline.agreement, now, caseId);
    const { matter_id } = this.caseRow(caseId);
    this.db.prepare('UPDATE matters SET updated_at = ? WHERE id = ?').run(now, matter_id);
    this.db.prepare('DELETE FROM drafts WHERE case_id = ?').run(caseId);
    this.index('case', caseId, headline.title, searchableText(caseText));
    return versionOf(
      this.db.prepare('SELECT * FROM versions WHERE id = ?').get(lastInsertRowid) as VersionRow,
    );
  }

  createCase(
    matterId: number,
    caseText: string,
    label: string | null,
  ): { case: CaseSummary; version: VersionSummary } {
    return this.write(() => {
      this.matterRow(matterId);
      const headline = caseHeadline(caseText);
      const now = this.time();
      const { lastInsertRowid } = this.db
        .prepare(
          'INSERT INTO cases (matter_id, title, agreement, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
        )
        .run(matterId, headline.title, headline.agreement, now, now);
      const caseId = Number(lastInsertRowid);
      const version = this.insertVersion(caseId, caseText, label, null);
      this.audit('created', 'case', caseId, headline.title);
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

  /** Saves the case as a new immutable version. */
  saveVersion(caseId: number, caseText: string, label: string | null): VersionSummary {
    return this.write(() => {
      this.caseRow(caseId);
      const version = this.insertVersion(caseId, caseText, label, null);
      this.audit('edited', 'case', caseId, `v${version.number}`);
      return version;
    });
  }

  history(caseId: number): { versions: VersionSummary[]; exports: ExportRecord[] } {
    return this.read(() => {
      this.caseRow(caseId);
      const versions = (
        this.db
          .prepare(
            'SELECT id, case_id, number, author, label, restored_from, created_at FROM versions WHERE case_id = ? ORDER BY number DESC',
          )
          .all(caseId) as VersionRow[]
      ).map(versionOf);
      const exports = this.db
        .prepare(
          `SELECT e.*, v.number AS version_number FROM exports e JOIN versions v ON v.id = e.version_id
           WHERE v.case_id = ? ORDER BY e.id DESC`,
        )
        .all(caseId) as ExportRow[];
      return {
        versions,
        exports: exports.map(exportRecord),
      };
    });
  }

  /** One version with its case text; the latest when no number is given. */
  version(caseId: number, number: number | null): Version {
    return this.read(() => {
      this.caseRow(caseId);
      const row = (
        number === null
          ? this.db
              .prepare('SELECT * FROM versions WHERE case_id = ? ORDER BY number DESC LIMIT 1')
              .get(caseId)
          : this.db
              .prepare('SELECT * FROM versions WHERE case_id = ? AND number = ?')
              .get(caseId, number)
      ) as VersionRow | undefined;
      if (!row) throw notFound(`versjon/version ${number ?? ''} av saken/of case`, caseId);
      return { ...versionOf(row), caseText: row.case_json ?? '' };
    });
  }

  /** Restoring an old version makes it the newest again, as a new version: history is kept. */
  restoreVersion(caseId: number, number: number): VersionSummary {
    const old = this.version(caseId, number);
    return this.write(() => {
      const version = this.insertVersion(caseId, old.caseText, null, number);
      this.audit('restored', 'case', caseId, `v${number} → v${version.number}`);
      return version;
    });
  }

  // --- drafts -------------------------------------------------------------------------------

  /** Keeps what the user is typing, valid or not, until it is saved as a version. */
  saveDraft(caseId: number, caseText: string): string {
    return this.write(() => {
      this.caseRow(caseId);
      const now = this.time();
      this.db
        .prepare(
          'INSERT INTO drafts (case_id, case_text, saved_at) VALUES (?, ?, ?) ON CONFLICT (case_id) DO UPDATE SET case_text = excluded.case_text, saved_at = excluded.saved_at',
        )
        .run(caseId, caseText, now);
      return now;
    });
  }

  /** Drafts left unsaved, for example by a crash: shown again on start. */
  drafts(): Draft[] {
    return this.read(() =>
      (
        this.db
          .prepare('SELECT case_id, case_text, saved_at FROM drafts ORDER BY saved_at DESC')
          .all() as { case_id: number; case_text: string; saved_at: string }[]
      ).map((d) => ({ caseId: d.case_id, caseText: d.case_text, savedAt: d.saved_at })),
    );
  }

  discardDraft(caseId: number): void {
    this.write(() => this.db.prepare('DELETE FROM drafts WHERE case_id = ?').run(caseId));
  }

  // --- exports ------------------------------------------------------------------------------

  /** Every recorded export of a file with this SHA-256, newest first, with where it came from. */
  exportsOf(sha256: string): ExportOrigin[] {
    return this.read(() => {
      const rows = this.db
        .prepare(
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

  /** Records the files exported from a version, so a signed text can be proven later. */
  recordExports(
    caseId: number,
    versionNumber: number,
    status: 'draft' | 'final',
    files: { path: string; format: string; sha256: string; size: number }[],
  ): void {
    this.write(() => {
      const { id } = this.version(caseId, versionNumber);
      const insert = this.db.prepare(
        'INSERT INTO exports (version_id, path, format, sha256, size, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      );
      const now = this.time();
      for (const f of files) insert.run(id, f.path, f.format, f.sha256, f.size, status, now);
      this.audit('exported', 'case', caseId, `v${versionNumber}: ${files.length} ${status}`);
    });
  }

  // --- clause library -----------------------------------------------------------------------

  saveClause(input: {
    id: number | null;
    title: string;
    texts: Clause['texts'];
    tags: string[];
  }): Clause {
    return this.write(() => {
      const now = this.time();
      let id = input.id;
      if (id === null) {
        id = Number(
          this.db
            .prepare(
              'INSERT INTO clauses (title, texts, tags, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
            )
            .run(input.title, JSON.stringify(input.texts), JSON.stringify(input.tags), now, now)
            .lastInsertRowid,
        );
        this.audit('created', 'clause', id, input.title);
      } else {
        const { changes } = this.db
          .prepare(
            'UPDATE clauses SET title = ?, texts = ?, tags = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL',
          )
          .run(input.title, JSON.stringify(input.texts), JSON.stringify(input.tags), now, id);
        if (changes === 0) throw notFound('klausul/clause', id);
        this.audit('edited', 'clause', id, input.title);
      }
      this.index(
        'clause',
        id,
        input.title,
        [...Object.values(input.texts), input.tags.join(' ')].join('\n'),
      );
      return clauseOf(this.db.prepare('SELECT * FROM clauses WHERE id = ?').get(id) as ClauseRow);
    });
  }

  listClauses(): Clause[] {
    return this.read(() =>
      (
        this.db
          .prepare('SELECT * FROM clauses WHERE deleted_at IS NULL ORDER BY title COLLATE NOCASE')
          .all() as ClauseRow[]
      ).map(clauseOf),
    );
  }

  deleteClause(id: number): void {
    this.write(() => {
      const { changes } = this.db
        .prepare('UPDATE clauses SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL')
        .run(this.time(), id);
      if (changes === 0) throw notFound('klausul/clause', id);
      this.unindex('clause', id);
      this.audit('deleted', 'clause', id);
    });
  }

  // --- the bin ------------------------------------------------------------------------------

  bin(): BinEntry[] {
    return this.read(
      () =>
        this.db
          .prepare(
            `SELECT 'matter' AS kind, id, name, deleted_at AS deletedAt FROM matters WHERE deleted_at IS NOT NULL
             UNION ALL
             SELECT 'clause', id, title, deleted_at FROM clauses WHERE deleted_at IS NOT NULL
             ORDER BY deletedAt DESC`,
          )
          .all() as BinEntry[],
    );
  }

  restoreFromBin(kind: 'matter' | 'clause', id: number): void {
    this.write(() => {
      const table = kind === 'matter' ? 'matters' : 'clauses';
      const { changes } = this.db
        .prepare(`UPDATE ${table} SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL`)
        .run(id);
      if (changes === 0) throw notFound(kind === 'matter' ? 'saken/matter' : 'klausul/clause', id);
      if (kind === 'matter') {
        this.indexMatter(this.matterRow(id));
        for (const caseId of this.caseIdsOf(id)) {
          const latest = this.version(caseId, null);
          this.index(
            'case',
            caseId,
            caseHeadline(latest.caseText).title,
            searchableText(latest.caseText),
          );
        }
      } else {
        const clause = clauseOf(
          this.db.prepare('SELECT * FROM clauses WHERE id = ?').get(id) as ClauseRow,
        );
        this.index('clause', id, clause.title, Object.values(clause.texts).join('\n'));
      }
      this.audit('restored', kind, id);
    });
  }

  /** Removes for good what has been in the bin longer than BIN_DAYS. Returns how many. */
  emptyBin(): number {
    return this.write(() => {
      const cutoff = new Date(this.context.now().getTime() - BIN_DAYS * 86_400_000).toISOString();
      const old = this.db
        .prepare('SELECT id FROM matters WHERE deleted_at IS NOT NULL AND deleted_at < ?')
        .all(cutoff) as { id: number }[];
      for (const { id } of old)
        for (const caseId of this.caseIdsOf(id)) this.unindex('case', caseId);
      const matters = this.db
        .prepare('DELETE FROM matters WHERE deleted_at IS NOT NULL AND deleted_at < ?')
        .run(cutoff).changes;
      const clauses = this.db
        .prepare('DELETE FROM clauses WHERE deleted_at IS NOT NULL AND deleted_at < ?')
        .run(cutoff).changes;
      if (matters + clauses > 0) this.audit('purged', 'bin', null, `${matters + clauses}`);
      return matters + clauses;
    });
  }

  // --- settings and audit -------------------------------------------------------------------

  getSetting(key: string): unknown {
    return this.read(() => {
      const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as
        { value: string } | undefined;
      return row ? (JSON.parse(row.value) as unknown) : null;
    });
  }

  setSetting(key: string, value: unknown): void {
    this.write(() => {
      this.db
        .prepare(
          'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        )
        .run(key, JSON.stringify(value ?? null));
      this.audit('edited', 'setting', null, key);
    });
  }

  auditLog(limit: number): AuditEntry[] {
    return this.read(() =>
      (
        this.db.prepare('SELECT * FROM audit ORDER BY id DESC LIMIT ?').all(limit) as {
          at: string;
          actor: string;
          action: string;
          entity: string;
          entity_id: number | null;
          detail: string | null;
        }[]
      ).map((a) => ({
        at: a.at,
        actor: a.actor,
        action: a.action,
        entity: a.entity,
        entityId: a.entity_id,
        detail: a.detail,
      })),
    );
  }

  // --- search -------------------------------------------------------------------------------

  /** Puts the requirement bank in the search index, once per bank content. */
  indexRequirements(bank: RequirementBank, fingerprint: string): void {
    if (this.getSetting('search.requirements') === fingerprint) return;
    this.write(() => {
      this.db.prepare("DELETE FROM search WHERE kind = 'requirement'").run();
      const insert = this.db.prepare(
        "INSERT INTO search (kind, ref, title, body) VALUES ('requirement', ?, ?, ?)",
      );
      for (const r of bank.requirements) {
        insert.run(
          r.id,
          `${r.id} ${r.nb.title}`,
          [r.nb, r.nn, r.en].flatMap((t) => [t.title, t.text]).join('\n'),
        );
      }
      this.db
        .prepare(
          "INSERT INTO settings (key, value) VALUES ('search.requirements', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .run(JSON.stringify(fingerprint));
    });
  }

  search(text: string, limit: number): SearchHit[] {
    const query = ftsQuery(text);
    if (!query) return [];
    return this.read(
      () =>
        this.db
          .prepare(
            `SELECT kind, ref, title, snippet(search, 3, '«', '»', ' … ', 12) AS snippet
             FROM search WHERE search MATCH ? ORDER BY bm25(search, 0, 0, 5, 1) LIMIT ?`,
          )
          .all(query, limit) as SearchHit[],
    );
  }

  // --- moving a matter between machines ------------------------------------------------------

  exportMatter(id: number): MatterFile {
    return this.read(() => {
      const { matter, cases } = this.getMatter(id);
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
          versions: (
            this.db
              .prepare('SELECT * FROM versions WHERE case_id = ? ORDER BY number')
              .all(c.id) as VersionRow[]
          ).map((v) => ({
            number: v.number,
            caseText: v.case_json ?? '',
            author: v.author,
            label: v.label,
            createdAt: v.created_at,
          })),
        })),
      };
    });
  }

  /** Adds an exported matter as a new matter, keeping each version's author and time. */
  importMatter(file: MatterFile): Matter {
    return this.write(() => {
      const now = this.time();
      const m = file.matter;
      const matterId = Number(
        this.db
          .prepare(
            'INSERT INTO matters (name, customer, reference, status, tags, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
          )
          .run(m.name, m.customer, m.reference, m.status, JSON.stringify(m.tags), now, now)
          .lastInsertRowid,
      );
      for (const c of file.cases) {
        const caseId = Number(
          this.db
            .prepare(
              'INSERT INTO cases (matter_id, title, agreement, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
            )
            .run(matterId, c.title, c.agreement, now, now).lastInsertRowid,
        );
        const insert = this.db.prepare(
          'INSERT INTO versions (case_id, number, case_json, author, label, created_at) VALUES (?, ?, ?, ?, ?, ?)',
        );
        for (const v of c.versions) {
          caseHeadline(v.caseText);
          insert.run(caseId, v.number, v.caseText, v.author, v.label, v.createdAt);
        }
        const latest = c.versions.reduce((a, b) => (b.number > a.number ? b : a));
        this.index('case', caseId, c.title, searchableText(latest.caseText));
      }
      const row = this.matterRow(matterId);
      this.indexMatter(row);
      this.audit('imported', 'matter', matterId, m.name);
      return matterOf(row);
    });
  }
}
