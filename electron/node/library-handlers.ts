import { readFile } from 'node:fs/promises';
import { SkyError } from '../core/errors';
import type { ApiHandlers } from '../shared/api';
import { libraryProcedures, MatterFileSchema } from '../shared/library-api';
import { writeFileAtomically } from './output/write-file';
import type { LibraryFolder } from './store/library';

type LibraryProcedure = keyof typeof libraryProcedures;

async function readMatterFile(file: string) {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'UNKNOWN';
    throw new SkyError(
      'matter-file.unreadable',
      { nb: `kan ikke lese filen (${code})`, en: `cannot read the file (${code})` },
      file,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  const parsed = MatterFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new SkyError(
      'matter-file.invalid',
      {
        nb: 'filen er ikke en sak eksportert fra Skyavtale',
        nn: 'fila er ikkje ei sak eksportert frå Skyavtale',
        en: 'the file is not a matter exported from Skyavtale',
      },
      file,
    );
  }
  return parsed.data;
}

/** The library's procedures over the store in the data folder. */
export function createLibraryHandlers(
  folder: () => LibraryFolder,
  restore: (file: string) => Promise<{ restored: string; safetyCopy: string }>,
): Pick<ApiHandlers, LibraryProcedure> {
  const store = () => folder().store;
  // Store calls are synchronous; a thrown error becomes the promise's rejection.
  const done = <T>(work: () => T): Promise<T> => Promise.resolve().then(work);
  return {
    'matters.list': (input) => done(() => store().listMatters(input)),
    'matters.get': ({ id }) => done(() => store().getMatter(id)),
    'matters.create': (input) => done(() => store().createMatter(input)),
    'matters.update': ({ id, ...patch }) => done(() => store().updateMatter(id, patch)),
    'matters.delete': ({ id }) => done(() => store().deleteMatter(id)),
    'matters.export': async ({ id, file }) => {
      const matter = store().exportMatter(id);
      const path = await writeFileAtomically(
        file,
        new TextEncoder().encode(`${JSON.stringify(matter, null, 2)}\n`),
      );
      return { path, versions: matter.cases.reduce((n, c) => n + c.versions.length, 0) };
    },
    'matters.import': async ({ file }) => store().importMatter(await readMatterFile(file)),
    'cases.create': ({ matterId, caseText, label }) =>
      done(() => store().createCase(matterId, caseText, label)),
    'cases.duplicate': ({ caseId, caseText, title }) =>
      done(() => store().duplicateCase(caseId, caseText, title)),
    'cases.save': ({ caseId, caseText, label }) =>
      done(() => store().saveVersion(caseId, caseText, label)),
    'cases.history': ({ caseId }) => done(() => store().history(caseId)),
    'cases.version': ({ caseId, number }) => done(() => store().version(caseId, number)),
    'cases.restore': ({ caseId, number }) => done(() => store().restoreVersion(caseId, number)),
    'drafts.save': ({ caseId, caseText }) =>
      done(() => ({ savedAt: store().saveDraft(caseId, caseText) })),
    'drafts.recover': () => done(() => store().drafts()),
    'drafts.discard': ({ caseId }) =>
      done(() => {
        store().discardDraft(caseId);
        return {};
      }),
    'clauses.list': () => done(() => store().listClauses()),
    'clauses.save': (input) => done(() => store().saveClause(input)),
    'clauses.delete': ({ id }) =>
      done(() => {
        store().deleteClause(id);
        return {};
      }),
    'bin.list': () => done(() => store().bin()),
    'bin.restore': ({ kind, id }) =>
      done(() => {
        store().restoreFromBin(kind, id);
        return {};
      }),
    search: ({ text, limit }) => done(() => store().search(text, limit)),
    'settings.get': ({ key }) => done(() => ({ value: store().getSetting(key) })),
    'settings.set': ({ key, value }) =>
      done(() => {
        store().setSetting(key, value);
        return {};
      }),
    'audit.list': ({ limit }) => done(() => store().auditLog(limit)),
    'store.backup': ({ file }) => folder().backup(file),
    'store.status': () =>
      done(() => {
        const { problem, ...status } = folder().status();
        return { ...status, problem: problem && { code: problem.code, text: problem.text } };
      }),
    'store.restore': ({ file }) => restore(file),
  };
}
