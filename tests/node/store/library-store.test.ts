import { describe, expect, it } from 'vitest';
import { SkyError } from '../../../electron/core/errors';
import { BIN_DAYS } from '../../../electron/node/store/library-store';
import { loadLibrary } from '../../../electron/node/templates/load-library';
import { EXAMPLES } from '../../fixtures/cases';
import { exampleText, openTestLibrary } from '../../fixtures/library';

const DAY = 86_400_000;

function withMatter() {
  const lib = openTestLibrary();
  const matter = lib.store.createMatter({
    name: 'Byggesak i skyen',
    customer: 'Bærum kommune',
    reference: '26/1234',
    tags: ['saas', 'byggesak'],
  });
  return { ...lib, matter };
}

describe('matters', () => {
  it('creates, updates, lists newest first and pages', () => {
    const { store, clock, matter } = withMatter();
    clock.advance(1000);
    const second = store.createMatter({
      name: 'Plattform',
      customer: null,
      reference: null,
      tags: [],
    });
    clock.advance(1000);
    store.updateMatter(matter.id, { status: 'signed', tags: ['signert'] });
    const page1 = store.listMatters({ page: 1, pageSize: 1, status: null });
    expect(page1.total).toBe(2);
    expect(page1.items.map((m) => m.id)).toEqual([matter.id]);
    expect(page1.items[0]).toMatchObject({
      status: 'signed',
      tags: ['signert'],
      customer: 'Bærum kommune',
    });
    expect(
      store.listMatters({ page: 2, pageSize: 1, status: null }).items.map((m) => m.id),
    ).toEqual([second.id]);
    expect(
      store.listMatters({ page: 1, pageSize: 10, status: 'active' }).items.map((m) => m.id),
    ).toEqual([second.id]);
  });

  it('names the matter that does not exist', () => {
    const { store } = withMatter();
    expect(() => store.getMatter(999)).toThrow(SkyError);
    expect(() => store.getMatter(999)).toThrow(/999/);
  });
});

describe('cases and versions', () => {
  it('saves every change as a new immutable version with author, time and label', () => {
    const { store, clock, matter } = withMatter();
    const { case: c, version } = store.createCase(matter.id, exampleText(), null);
    expect(version.number).toBe(1);
    clock.advance(60_000);
    const changed = exampleText().replace('Byggesak', 'Byggesak og plan');
    const v2 = store.saveVersion(c.id, changed, 'sendt til leverandør 12.03');
    expect(v2).toMatchObject({
      number: 2,
      author: 'Kari Nordmann',
      label: 'sendt til leverandør 12.03',
    });
    expect(v2.createdAt).toBe('2026-11-24T10:01:00.000Z');
    expect(store.version(c.id, 1).caseText).toBe(exampleText());
    expect(store.version(c.id, null).caseText).toBe(changed);
    expect(store.getMatter(matter.id).cases[0]).toMatchObject({
      latestVersion: 2,
      agreement: 'ssa-l',
    });
  });

  it('restores an old version as a new one, keeping the history', () => {
    const { store, matter } = withMatter();
    const { case: c } = store.createCase(matter.id, exampleText(), null);
    store.saveVersion(c.id, exampleText(EXAMPLES.ssaSky), null);
    const restored = store.restoreVersion(c.id, 1);
    expect(restored).toMatchObject({ number: 3, restoredFrom: 1 });
    expect(store.version(c.id, null).caseText).toBe(exampleText());
    expect(store.history(c.id).versions.map((v) => v.number)).toEqual([3, 2, 1]);
  });

  it('duplicates a case as a new case in the same matter under a new title', () => {
    const { store, matter } = withMatter();
    const { case: c } = store.createCase(matter.id, exampleText(), null);
    store.saveVersion(c.id, exampleText(EXAMPLES.ssaSky), null);
    const copy = store.duplicateCase(c.id, null, 'Kopi av plattformen');
    expect(copy.case).toMatchObject({ matterId: matter.id, title: 'Kopi av plattformen' });
    expect(copy.case.id).not.toBe(c.id);
    expect(copy.version.number).toBe(1);
    // The copy is the latest version, retitled; the original keeps its title and history.
    const copied = JSON.parse(store.version(copy.case.id, null).caseText) as Record<
      string,
      unknown
    >;
    expect(copied).toEqual({
      ...(JSON.parse(exampleText(EXAMPLES.ssaSky)) as Record<string, unknown>),
      title: 'Kopi av plattformen',
    });
    expect(store.history(c.id).versions).toHaveLength(2);
    expect(store.getMatter(matter.id).cases.map((x) => x.title)).toContain('Kopi av plattformen');
    expect(store.auditLog(1)[0]).toMatchObject({ action: 'duplicated', entityId: copy.case.id });
  });

  it('duplicates the open text when it is given, unsaved changes included', () => {
    const { store, matter } = withMatter();
    const { case: c } = store.createCase(matter.id, exampleText(), null);
    const open = exampleText().replace('Byggesak', 'Endret sak');
    const copy = store.duplicateCase(c.id, open, 'Kopi');
    expect(store.version(copy.case.id, null).caseText).toContain('Endret sak');
    expect(() => store.duplicateCase(c.id, '{ "title": "halv', 'Kopi')).toThrow(/JSON/);
  });

  it('refuses to make a version of text that is not JSON, saying it is kept as a draft', () => {
    const { store, matter } = withMatter();
    const { case: c } = store.createCase(matter.id, exampleText(), null);
    store.saveDraft(c.id, '{ "title": "halvferdig');
    expect(() => store.saveVersion(c.id, '{ "title": "halvferdig', null)).toThrow(/utkast/);
    expect(store.drafts()).toEqual([
      { caseId: c.id, caseText: '{ "title": "halvferdig', savedAt: '2026-11-24T10:00:00.000Z' },
    ]);
  });

  it('keeps drafts until they are saved as a version or discarded', () => {
    const { store, matter } = withMatter();
    const { case: c } = store.createCase(matter.id, exampleText(), null);
    store.saveDraft(c.id, 'a');
    store.saveDraft(c.id, 'ab');
    expect(store.drafts().map((d) => d.caseText)).toEqual(['ab']);
    store.saveVersion(c.id, exampleText(), null);
    expect(store.drafts()).toEqual([]);
    store.saveDraft(c.id, 'abc');
    store.discardDraft(c.id);
    expect(store.drafts()).toEqual([]);
  });

  it('records which files were exported from which version', () => {
    const { store, matter } = withMatter();
    const { case: c } = store.createCase(matter.id, exampleText(), null);
    store.saveVersion(c.id, exampleText(), 'til signering');
    store.recordExports(c.id, 2, 'final', [
      { path: '/tmp/a.pdf', format: 'pdf', sha256: 'a'.repeat(64), size: 10 },
    ]);
    expect(store.history(c.id).exports).toEqual([
      expect.objectContaining({
        versionNumber: 2,
        path: '/tmp/a.pdf',
        status: 'final',
        sha256: 'a'.repeat(64),
      }),
    ]);
  });
});

describe('the clause library', () => {
  it('saves, edits, lists and deletes clauses with texts per language', () => {
    const { store } = withMatter();
    const clause = store.saveClause({
      id: null,
      title: 'Ansvarsbegrensning 200 %',
      texts: {
        nb: 'Erstatning er begrenset til 200 % av årlig vederlag.',
        en: 'Liability is capped at 200 %.',
      },
      tags: ['ansvar'],
    });
    store.saveClause({ ...clause, id: clause.id, title: 'Ansvarsbegrensning 300 %' });
    expect(store.listClauses().map((c) => c.title)).toEqual(['Ansvarsbegrensning 300 %']);
    store.deleteClause(clause.id);
    expect(store.listClauses()).toEqual([]);
    expect(store.bin().map((b) => [b.kind, b.name])).toEqual([
      ['clause', 'Ansvarsbegrensning 300 %'],
    ]);
  });
});

describe('the bin', () => {
  it('moves deleted matters to the bin, restores them, and empties only after 30 days', () => {
    const { store, clock, matter } = withMatter();
    store.createCase(matter.id, exampleText(), null);
    store.deleteMatter(matter.id);
    expect(store.listMatters({ page: 1, pageSize: 10, status: null }).total).toBe(0);
    expect(store.search('Bærum', 10)).toEqual([]);
    store.restoreFromBin('matter', matter.id);
    expect(
      store
        .search('Bærum', 10)
        .map((h) => h.kind)
        .sort(),
    ).toEqual(['case', 'matter']);
    store.deleteMatter(matter.id);
    clock.advance((BIN_DAYS - 1) * DAY);
    expect(store.emptyBin()).toBe(0);
    expect(store.bin()).toHaveLength(1);
    clock.advance(2 * DAY);
    expect(store.emptyBin()).toBe(1);
    expect(store.bin()).toEqual([]);
    expect(store.db.prepare('SELECT count(*) AS n FROM versions').get()).toEqual({ n: 0 });
  });
});

describe('settings and the audit log', () => {
  it('keeps settings as JSON and logs who did what', () => {
    const { store, matter } = withMatter();
    store.setSetting('author', 'Ola Jurist');
    expect(store.getSetting('author')).toBe('Ola Jurist');
    expect(store.getSetting('missing')).toBeNull();
    store.deleteMatter(matter.id);
    const log = store.auditLog(10);
    expect(log.map((a) => `${a.action} ${a.entity}`)).toEqual([
      'deleted matter',
      'edited setting',
      'created matter',
    ]);
    expect(log[0]).toMatchObject({ actor: 'Kari Nordmann', entityId: matter.id });
  });
});

describe('search', () => {
  it('finds matters, cases, clauses and requirements, with prefixes and Norwegian letters', () => {
    const { store, matter } = withMatter();
    store.createCase(matter.id, exampleText(), null);
    store.saveClause({
      id: null,
      title: 'Databehandlers plikter',
      texts: { nb: 'Databehandleren skal slette data.' },
      tags: [],
    });
    const { bank } = loadLibrary();
    store.indexRequirements(bank, 'v1');
    const kinds = (text: string) => [...new Set(store.search(text, 50).map((h) => h.kind))].sort();
    expect(kinds('Bærum')).toEqual(['case', 'matter']);
    expect(kinds('bærum')).toEqual(['case', 'matter']);
    expect(kinds('BÆRUM')).toEqual(['case', 'matter']);
    expect(kinds('barum')).toEqual([]);
    expect(kinds('databehandl*')).toContain('clause');
    expect(kinds('sikkerhet*')).toContain('requirement');
    expect(store.search('flerfaktor*', 5)[0]?.kind).toBe('requirement');
    expect(store.search('databehandl*', 5)[0]?.snippet).toMatch(/«Databehandl/);
  });

  it('treats FTS syntax in what the user typed as plain words', () => {
    const { store } = withMatter();
    expect(() => store.search('"unclosed AND OR NEAR(', 10)).not.toThrow();
    expect(store.search('   ', 10)).toEqual([]);
  });

  it('indexes the requirement bank once per bank content', () => {
    const { store } = withMatter();
    const { bank } = loadLibrary();
    store.indexRequirements(bank, 'v1');
    const count = () =>
      store.db.prepare("SELECT count(*) AS n FROM search WHERE kind = 'requirement'").get();
    expect(count()).toEqual({ n: bank.requirements.length });
    store.db.prepare("DELETE FROM search WHERE kind = 'requirement'").run();
    store.indexRequirements(bank, 'v1');
    expect(count()).toEqual({ n: 0 });
    store.indexRequirements(bank, 'v2');
    expect(count()).toEqual({ n: bank.requirements.length });
  });
});

describe('moving a matter between machines', () => {
  it('exports a matter with every version and imports it as a new matter', () => {
    const { store, matter } = withMatter();
    const { case: c } = store.createCase(matter.id, exampleText(), null);
    store.saveVersion(c.id, exampleText(EXAMPLES.ssaSky), 'v2');
    const file = store.exportMatter(matter.id);
    const other = openTestLibrary().store;
    const imported = other.importMatter(file);
    expect(imported).toMatchObject({
      name: 'Byggesak i skyen',
      customer: 'Bærum kommune',
      tags: ['saas', 'byggesak'],
    });
    const [copy] = other.getMatter(imported.id).cases;
    expect(copy?.latestVersion).toBe(2);
    const history = other.history(copy?.id ?? 0).versions;
    expect(history.map((v) => [v.number, v.label, v.author])).toEqual([
      [2, 'v2', 'Kari Nordmann'],
      [1, null, 'Kari Nordmann'],
    ]);
    expect(other.version(copy?.id ?? 0, 1).caseText).toBe(exampleText());
  });
});
