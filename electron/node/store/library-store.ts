import type Database from 'better-sqlite3';
import { AuditStore } from './audit-store';
import { BinStore } from './bin-store';
import { CaseStore } from './case-store';
import { ClauseStore } from './clause-store';
import { DraftStore } from './draft-store';
import { ExportStore } from './export-store';
import { MatterFileStore } from './matter-file-store';
import { MatterStore } from './matter-store';
import { SearchStore } from './search-store';
import { SettingsStore } from './settings-store';
import { StoreConnection, type StoreContext } from './store-connection';

export { BIN_DAYS } from './bin-store';
export type { StoreContext } from './store-connection';

/**
 * The local library in one SQLite database: one store per aggregate (matters, cases with
 * immutable versions, drafts, exports, the clause library, the bin, settings, the audit log, the
 * search index, matter files) over one shared connection, behind the one API the handlers call.
 * Every change runs in one transaction together with its audit entry and index update.
 */
export class LibraryStore {
  private readonly matterStore: MatterStore;
  private readonly caseStore: CaseStore;
  private readonly exportStore: ExportStore;
  private readonly draftStore: DraftStore;
  private readonly clauseStore: ClauseStore;
  private readonly binStore: BinStore;
  private readonly settingsStore: SettingsStore;
  private readonly auditStore: AuditStore;
  private readonly searchStore: SearchStore;
  private readonly matterFileStore: MatterFileStore;

  constructor(
    readonly db: Database.Database,
    readonly file: string,
    context: StoreContext,
  ) {
    const c = new StoreConnection(db, file, context);
    this.matterStore = new MatterStore(c);
    this.caseStore = new CaseStore(c, this.matterStore);
    this.exportStore = new ExportStore(c, this.caseStore);
    this.draftStore = new DraftStore(c, this.caseStore);
    this.clauseStore = new ClauseStore(c);
    this.binStore = new BinStore(c, this.matterStore, this.caseStore, this.clauseStore);
    this.settingsStore = new SettingsStore(c);
    this.auditStore = new AuditStore(c);
    this.searchStore = new SearchStore(c, this.settingsStore);
    this.matterFileStore = new MatterFileStore(c, this.matterStore, this.caseStore);
  }

  createMatter(
    ...args: Parameters<MatterStore['createMatter']>
  ): ReturnType<MatterStore['createMatter']> {
    return this.matterStore.createMatter(...args);
  }

  updateMatter(
    ...args: Parameters<MatterStore['updateMatter']>
  ): ReturnType<MatterStore['updateMatter']> {
    return this.matterStore.updateMatter(...args);
  }

  listMatters(
    ...args: Parameters<MatterStore['listMatters']>
  ): ReturnType<MatterStore['listMatters']> {
    return this.matterStore.listMatters(...args);
  }

  getMatter(...args: Parameters<MatterStore['getMatter']>): ReturnType<MatterStore['getMatter']> {
    return this.matterStore.getMatter(...args);
  }

  deleteMatter(
    ...args: Parameters<MatterStore['deleteMatter']>
  ): ReturnType<MatterStore['deleteMatter']> {
    return this.matterStore.deleteMatter(...args);
  }

  createCase(...args: Parameters<CaseStore['createCase']>): ReturnType<CaseStore['createCase']> {
    return this.caseStore.createCase(...args);
  }

  duplicateCase(
    ...args: Parameters<CaseStore['duplicateCase']>
  ): ReturnType<CaseStore['duplicateCase']> {
    return this.caseStore.duplicateCase(...args);
  }

  saveVersion(...args: Parameters<CaseStore['saveVersion']>): ReturnType<CaseStore['saveVersion']> {
    return this.caseStore.saveVersion(...args);
  }

  version(...args: Parameters<CaseStore['version']>): ReturnType<CaseStore['version']> {
    return this.caseStore.version(...args);
  }

  restoreVersion(
    ...args: Parameters<CaseStore['restoreVersion']>
  ): ReturnType<CaseStore['restoreVersion']> {
    return this.caseStore.restoreVersion(...args);
  }

  history(...args: Parameters<ExportStore['history']>): ReturnType<ExportStore['history']> {
    return this.exportStore.history(...args);
  }

  exportsOf(...args: Parameters<ExportStore['exportsOf']>): ReturnType<ExportStore['exportsOf']> {
    return this.exportStore.exportsOf(...args);
  }

  recordExports(...args: Parameters<ExportStore['recordExports']>): void {
    this.exportStore.recordExports(...args);
  }

  saveDraft(...args: Parameters<DraftStore['saveDraft']>): ReturnType<DraftStore['saveDraft']> {
    return this.draftStore.saveDraft(...args);
  }

  drafts(...args: Parameters<DraftStore['drafts']>): ReturnType<DraftStore['drafts']> {
    return this.draftStore.drafts(...args);
  }

  discardDraft(...args: Parameters<DraftStore['discardDraft']>): void {
    this.draftStore.discardDraft(...args);
  }

  saveClause(
    ...args: Parameters<ClauseStore['saveClause']>
  ): ReturnType<ClauseStore['saveClause']> {
    return this.clauseStore.saveClause(...args);
  }

  listClauses(
    ...args: Parameters<ClauseStore['listClauses']>
  ): ReturnType<ClauseStore['listClauses']> {
    return this.clauseStore.listClauses(...args);
  }

  deleteClause(...args: Parameters<ClauseStore['deleteClause']>): void {
    this.clauseStore.deleteClause(...args);
  }

  bin(...args: Parameters<BinStore['bin']>): ReturnType<BinStore['bin']> {
    return this.binStore.bin(...args);
  }

  restoreFromBin(...args: Parameters<BinStore['restoreFromBin']>): void {
    this.binStore.restoreFromBin(...args);
  }

  emptyBin(...args: Parameters<BinStore['emptyBin']>): ReturnType<BinStore['emptyBin']> {
    return this.binStore.emptyBin(...args);
  }

  getSetting(
    ...args: Parameters<SettingsStore['getSetting']>
  ): ReturnType<SettingsStore['getSetting']> {
    return this.settingsStore.getSetting(...args);
  }

  setSetting(...args: Parameters<SettingsStore['setSetting']>): void {
    this.settingsStore.setSetting(...args);
  }

  auditLog(...args: Parameters<AuditStore['auditLog']>): ReturnType<AuditStore['auditLog']> {
    return this.auditStore.auditLog(...args);
  }

  indexRequirements(...args: Parameters<SearchStore['indexRequirements']>): void {
    this.searchStore.indexRequirements(...args);
  }

  search(...args: Parameters<SearchStore['search']>): ReturnType<SearchStore['search']> {
    return this.searchStore.search(...args);
  }

  exportMatter(
    ...args: Parameters<MatterFileStore['exportMatter']>
  ): ReturnType<MatterFileStore['exportMatter']> {
    return this.matterFileStore.exportMatter(...args);
  }

  importMatter(
    ...args: Parameters<MatterFileStore['importMatter']>
  ): ReturnType<MatterFileStore['importMatter']> {
    return this.matterFileStore.importMatter(...args);
  }
}
