import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { upgradeCase } from '../../electron/core/case/case-upgrade';
import { readPdfStamp } from '../../electron/core/render/pdf/pdf-stamp';
import { createHandlers } from '../../electron/node/api-handlers';
import { createBackend } from '../../electron/node/backend';
import { createLocalClient } from '../../electron/node/local-client';
import { findTemplatesRoot, loadLibrary } from '../../electron/node/templates/load-library';
import { EXAMPLES, V1_EXAMPLES, examplePath } from '../fixtures/cases';
import { tempDir } from '../fixtures/cli';
import { exampleText } from '../fixtures/library';

const backend = createBackend({
  dataDir: tempDir('skyavtale-export-data-'),
  backgroundCheck: false,
});
const api = createLocalClient(backend.handlers);

afterAll(async () => {
  await backend.close();
});

const titled = (title: string) => exampleText().replace(/"title": "[^"]*"/, `"title": "${title}"`);

async function value<T>(answer: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>) {
  const result = await answer;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('export by case id and version', () => {
  it('makes the export from the stored text of the version it records', async () => {
    const matter = await value(api['matters.create']({ name: 'Stempel' }));
    const created = await value(
      api['cases.create']({ matterId: matter.id, caseText: titled('Versjon en'), label: null }),
    );
    const caseId = created.case.id;
    await value(api['cases.save']({ caseId, caseText: titled('Versjon to'), label: null }));

    // Other text under version 1 is refused, and nothing is written or recorded.
    const outDir = tempDir('skyavtale-export-');
    const mixed = await api['case.export']({
      caseText: titled('Versjon to'),
      formats: ['pdf'],
      caseId,
      caseVersion: 1,
      outDir,
    });
    expect(mixed.ok).toBe(false);
    if (!mixed.ok) {
      expect(mixed.error.code).toBe('export.not-that-version');
      expect(mixed.error.message).toContain('versjon 1');
    }

    // Named by id and version alone, the server reads version 1 itself.
    const exported = await value(
      api['case.export']({ caseText: '', formats: ['pdf'], caseId, caseVersion: 1, outDir }),
    );
    const pdf = exported.files.find((f) => f.format === 'pdf')!;
    const text = execFileSync('pdftotext', [pdf.path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Versjon en');
    expect(text).not.toContain('Versjon to');
    expect((await readPdfStamp(new Uint8Array(readFileSync(pdf.path))))?.caseVersion).toBe('1');
    const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as {
      caseVersion: number;
    };
    expect(manifest.caseVersion).toBe(1);
    const history = await value(api['cases.history']({ caseId }));
    expect(history.exports.map((e) => e.sha256)).toContain(pdf.sha256);
    expect(new Set(history.exports.map((e) => e.versionNumber))).toEqual(new Set([1]));
  }, 60_000);

  it('refuses a version number without a case, so no stamp names a version it was not', async () => {
    const result = await api['case.export']({
      caseText: titled('Løs tekst'),
      formats: ['pdf'],
      caseVersion: 3,
      outDir: tempDir('skyavtale-export-'),
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('export.version-without-case');
  });

  it('replaces a set in the folder only when asked to, and never a final one by a draft unasked', async () => {
    const outDir = tempDir('skyavtale-export-');
    const caseText = titled('Erstatning');
    const first = await value(
      api['case.export']({ caseText, formats: ['pdf'], final: true, outDir }),
    );
    const before = readFileSync(join(outDir, 'manifest.json'), 'utf8');

    const draft = await api['case.export']({ caseText, formats: ['pdf'], outDir });
    expect(draft.ok).toBe(false);
    if (!draft.ok) {
      expect(draft.error.code).toBe('export.exists');
      expect(draft.error.where).toBe(outDir);
      expect(draft.error.message).toContain('et endelig sett for signering («Erstatning»');
    }
    expect(readFileSync(join(outDir, 'manifest.json'), 'utf8')).toBe(before);
    expect(readFileSync(first.files[0]!.path).byteLength).toBe(first.files[0]!.size);

    const confirmed = await value(
      api['case.export']({ caseText, formats: ['pdf'], outDir, overwrite: true }),
    );
    const after = JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as {
      status: string;
    };
    expect(after.status).toBe('draft');
    expect(confirmed.files.map((f) => f.path)).toEqual(first.files.map((f) => f.path));
  }, 60_000);
});

describe('a stored version of an older case format', () => {
  // The files are dated by when their version was saved: both versions are saved at one time.
  const saving = createBackend({
    dataDir: tempDir('skyavtale-export-data-'),
    backgroundCheck: false,
    now: () => new Date('2026-11-24T10:00:00Z'),
  });
  const api = createLocalClient(saving.handlers);
  afterAll(async () => {
    await saving.close();
  });

  it('exports as its upgrade would, while the library keeps the text it stored', async () => {
    const matter = await value(api['matters.create']({ name: 'Format 1' }));
    const oldText = readFileSync(examplePath(V1_EXAMPLES.ssaL), 'utf8');
    const create = (caseText: string) =>
      value(api['cases.create']({ matterId: matter.id, caseText, label: null }));
    const old = await create(oldText);
    const current = await create(exampleText());
    const exported = async (caseId: number, caseText = '') => {
      const result = await value(
        api['case.export']({
          caseText,
          formats: ['pdf'],
          caseId,
          caseVersion: 1,
          outDir: tempDir('skyavtale-export-'),
        }),
      );
      return result.files.map((f) => f.sha256);
    };
    const files = await exported(old.case.id);
    expect(files.length).toBeGreaterThan(1);
    expect(files).toEqual(await exported(current.case.id));
    // The editor holds the version upgraded and sends it back in its own layout.
    const asEdited = JSON.stringify(upgradeCase(JSON.parse(oldText)), null, 2);
    expect(await exported(old.case.id, asEdited)).toEqual(files);
    const stored = await value(api['cases.version']({ caseId: old.case.id, number: null }));
    expect(stored).toMatchObject({ number: 1, caseText: oldText });
  }, 60_000);
});

describe('the agreements’ appendices', () => {
  it('gives each appendix’s number, titles and generated part as the templates hold them', async () => {
    const outline = await value(api['agreement.appendices']({}));
    expect(outline['ssa-l'].appendices[3]).toEqual({
      key: '4',
      title: {
        nb: 'Tjenestenivå med standardiserte kompensasjoner',
        nn: 'Tenestenivå med standardiserte kompensasjonar',
        en: 'Service level with standardised compensations',
      },
      generated: 'sla',
    });
    expect(outline['ssa-sky'].appendices.map((a) => a.key)).toHaveLength(12);
    expect(outline['ssa-sky'].editsAppendix).toBe('8');
    expect(outline['ssa-lille-sky'].appendices.at(-1)?.generated).toBe('edits');
  });

  it('follows the loaded templates: a changed title is answered as changed', async () => {
    const root = tempDir('skyavtale-templates-');
    cpSync(findTemplatesRoot(), root, { recursive: true });
    const file = `${root}/agreements/ssa-lille-sky/en/appendix-4.md`;
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        /^title: .*$/m,
        'title: Appendix 4 – Agreed service levels',
      ),
    );
    const unused = () => {
      throw new Error('not used by agreement.appendices');
    };
    const handlers = createHandlers({
      library: () => loadLibrary(root),
      render: unused,
      now: () => new Date(),
      folder: unused,
      restore: unused,
      journal: { writing: unused, recover: unused },
    });
    const outline = await value(createLocalClient(handlers)['agreement.appendices']({}));
    expect(outline['ssa-lille-sky'].appendices[3]?.title).toEqual({
      nb: 'Tjenestenivå',
      nn: 'Tenestenivå',
      en: 'Agreed service levels',
    });
  });
});

describe('changing the agreement type', () => {
  it('answers the case as the other agreement and what it leaves out, in the language asked', async () => {
    const changed = await value(
      api['case.changeAgreement']({
        caseText: exampleText(EXAMPLES.ssaSky),
        agreement: 'ssa-lille-sky',
        lang: 'en',
      }),
    );
    expect((JSON.parse(changed.caseText) as { agreement: string }).agreement).toBe('ssa-lille-sky');
    expect(changed.leftOut).toContainEqual({
      path: 'exit',
      reason: 'SSA-Lille sky has no exit appendix; the exit plan is not carried over.',
    });
  });

  it('refuses text that is not a case', async () => {
    const result = await api['case.changeAgreement']({ caseText: '{', agreement: 'ssa-l' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('case.invalid');
  });
});
