import { dirname, join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import {
  AGREEMENT_NAMES,
  type Case,
  type CaseInput,
  type Language,
} from '../core/case/case-schema';
import { changeAgreement } from '../core/case/change-agreement';
import { appendixOutline } from '../core/contract-set/appendix-outline';
import { caseJsonSchema } from '../core/case/case-json-schema';
import { upgradeCase } from '../core/case/case-upgrade';
import { ProblemsError, type Problem } from '../core/case/problems';
import { outputLanguageProblems } from '../core/case/user-text';
import { localize, SkyError } from '../core/errors';
import {
  buildDocuments,
  catalogOf,
  contractSetOf,
  documentDate,
  type GeneratedFile,
  type RenderOptions,
} from '../core/generate';
import type { Document } from '../core/document/model';
import { buildManifest, type Manifest } from '../core/render/manifest';
import { sha256Hex } from '../core/render/sha256';
import { buildPack } from '../core/render/pack';
import { recommendAgreement } from '../core/rules/recommend';
import type { ApiHandlers } from '../shared/api';
import { APP_VERSION } from './app-info';
import { fingerprintFile, pdfBytesFor, readManifestJson } from './output/read-for-verify';
import { writeFileAtomically } from './output/write-file';
import { writeFolderAtomically } from './output/write-folder';
import { refuseToReplace, refuseToReplaceFile } from './output/existing-set';
import type { ExportJournal } from './output/export-journal';
import type { TemplateLibrary } from './templates/load-library';
import { checkCase } from './check-case';
import { parseCaseText } from '../core/case/validate-case';
import { caseHelp } from '../core/preview/field-help';
import { previewDocuments } from '../core/preview/preview-documents';
import { createLibraryHandlers } from './library-handlers';
import { createRequirementHandlers } from './requirement-handlers';
import type { LibraryFolder } from './store/library';

export interface HandlerDeps {
  library: () => TemplateLibrary;
  /** Renders a set's documents (in worker threads, so other calls are answered meanwhile). */
  render: (documents: Document[], options: RenderOptions) => Promise<GeneratedFile[]>;
  now: () => Date;
  /** The library in the data folder, opened on first use. */
  folder: () => LibraryFolder;
  /** Replaces the library with a backup, whether or not it opens (a damaged one does not). */
  restore: (file: string) => Promise<{ restored: string; safetyCopy: string }>;
  /** Notes each folder a set is being written into, so a crash there is tidied on the next start. */
  journal: ExportJournal;
  /** Told as each document is rendered, for a progress line on long exports. */
  onProgress?: (done: number, total: number, name: string) => void;
}

type ExportInput = Omit<Parameters<ApiHandlers['case.export']>[0], 'overwrite'>;

/**
 * Whether two case texts hold the same case, whatever their layout or format: the editor sends a
 * stored version back as it holds it, serialised anew and, for an older format, upgraded.
 */
function sameCase(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    return isDeepStrictEqual(upgradeCase(JSON.parse(a)), upgradeCase(JSON.parse(b)));
  } catch {
    return false;
  }
}

/**
 * The text an export is made from, and the version it may be recorded as. An export that names
 * a library case is made from that version's stored text (the latest when no number is given),
 * so the recorded version is always the text rendered; a text holding another case is refused.
 * Unsaved text is exported unrecorded, without a case id.
 */
function exportSource(
  deps: HandlerDeps,
  input: Omit<ExportInput, 'outDir'>,
): { caseText: string; caseVersion: number | null; savedAt: string | null } {
  if (input.caseId === null) {
    if (input.caseVersion !== null) {
      throw new SkyError(
        'export.version-without-case',
        {
          nb: 'et versjonsnummer gjelder bare en avtale i biblioteket; oppgi avtalens nummer også',
          nn: 'eit versjonsnummer gjeld berre ein avtale i biblioteket; oppgi nummeret på avtalen òg',
          en: 'a version number applies only to a case in the library; give the case id too',
        },
        'caseVersion',
      );
    }
    return { caseText: input.caseText, caseVersion: null, savedAt: null };
  }
  const stored = deps.folder().store.version(input.caseId, input.caseVersion);
  if (input.caseText !== '' && !sameCase(input.caseText, stored.caseText)) {
    throw new SkyError(
      'export.not-that-version',
      {
        nb: `teksten er ikke versjon ${stored.number} av avtale ${input.caseId}; lagre endringene som en ny versjon først, eller eksporter dem som et ulagret utkast`,
        nn: `teksten er ikkje versjon ${stored.number} av avtale ${input.caseId}; lagra endringane som ein ny versjon først, eller eksporter dei som eit ulagra utkast`,
        en: `the text is not version ${stored.number} of case ${input.caseId}; save the changes as a new version first, or export them as an unsaved draft`,
      },
      'caseText',
    );
  }
  return { caseText: stored.caseText, caseVersion: stored.number, savedAt: stored.createdAt };
}

/** Validates, assembles and renders a case: the work export and pack share. */
async function produce(
  deps: HandlerDeps,
  input: Omit<ExportInput, 'outDir'>,
): Promise<{
  case: Case;
  files: GeneratedFile[];
  manifest: Manifest;
  warnings: Problem[];
  lang: Language;
  caseVersion: number | null;
}> {
  const library = deps.library();
  const source = exportSource(deps, input);
  const checked = checkCase(source.caseText, library, input.messageLang);
  if (!checked.case) {
    throw new ProblemsError(
      'case.invalid',
      {
        nb: 'saken har feil som må rettes før dokumentene kan lages',
        en: 'the case has errors to fix before documents can be made',
      },
      checked.problems,
    );
  }
  const c = checked.case;
  const now = deps.now();
  const lang = input.lang ?? c.language;
  const status = input.final ? 'final' : 'draft';
  const documents = buildDocuments(c, library, {
    lang,
    guidance: input.guidance && !input.final,
    final: input.final,
  });
  const files = await deps.render(documents, {
    formats: input.formats,
    status,
    caseVersion: source.caseVersion,
    caseReference: c.reference,
    date: documentDate(c, source.savedAt),
    attachCase: input.attachCase ? new TextEncoder().encode(JSON.stringify(c, null, 2)) : null,
    onProgress: deps.onProgress,
  });
  const set = contractSetOf(c, library, { lang, final: input.final });
  const manifest = await buildManifest(c, set, files, {
    version: APP_VERSION,
    now,
    status,
    caseVersion: source.caseVersion,
  });
  const warnings = [
    ...checked.problems,
    ...outputLanguageProblems(c.language, lang, input.messageLang),
  ];
  return { case: c, files, manifest, warnings, lang, caseVersion: source.caseVersion };
}

const ManifestFileSchema = z.object({
  status: z.enum(['draft', 'final']),
  files: z.array(z.object({ name: z.string(), sha256: z.string() })),
});

/** When the exported version was saved in the library; null for a case from a file. */
/** Looks for a manifest entry with the file's fingerprint: the one named, or manifest.json beside it. */
async function findInManifest(
  sha256: string,
  manifestPath: string,
): Promise<{
  match: { manifest: string; name: string; status: 'draft' | 'final' } | null;
  searched: boolean;
}> {
  const json = await readManifestJson(manifestPath);
  if (json === null) return { match: null, searched: false };
  const parsed = ManifestFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new SkyError(
      'verify.manifest-invalid',
      { nb: 'filen er ikke et Skyavtale-manifest', en: 'the file is not a Skyavtale manifest' },
      manifestPath,
    );
  }
  const entry = parsed.data.files.find((f) => f.sha256 === sha256);
  return {
    match: entry ? { manifest: manifestPath, name: entry.name, status: parsed.data.status } : null,
    searched: true,
  };
}

/** Remembers in the library which files were made from which version of a case. */
function recordExports(
  deps: HandlerDeps,
  input: Omit<ExportInput, 'outDir'>,
  caseVersion: number | null,
  files: { path: string; format: string; sha256: string; size: number }[],
): void {
  if (input.caseId === null || caseVersion === null) return;
  deps
    .folder()
    .store.recordExports(input.caseId, caseVersion, input.final ? 'final' : 'draft', files);
}

export function createHandlers(deps: HandlerDeps): ApiHandlers {
  return {
    ...createLibraryHandlers(deps.folder, deps.restore),
    ...createRequirementHandlers(deps.library),
    'app.version': () => Promise.resolve({ version: APP_VERSION }),
    'case.schema': () => Promise.resolve(caseJsonSchema()),
    'agreement.recommend': ({ profile, personalData, lang }) => {
      const advice = recommendAgreement({ ...profile, personalData });
      return Promise.resolve({
        agreement: advice.agreement,
        name: AGREEMENT_NAMES[advice.agreement],
        reasons: advice.reasons.map((r) => localize(r, lang)),
        fits: advice.fits.map((fit) => ({
          agreement: fit.agreement,
          name: AGREEMENT_NAMES[fit.agreement],
          recommended: fit.recommended,
          reasons: fit.reasons.map((r) => localize(r, lang)),
        })),
        contradictions: advice.contradictions.map((c) => localize(c, lang)),
        notes: advice.notes.map((n) => localize(n, lang)),
      });
    },
    'agreement.appendices': () => Promise.resolve(appendixOutline(deps.library().agreements)),
    'case.validate': ({ caseText, lang }) =>
      Promise.resolve({ problems: checkCase(caseText, deps.library(), lang).problems }),
    'case.preview': ({ caseText, lang, messageLang }) => {
      const library = deps.library();
      const checked = checkCase(caseText, library, messageLang);
      const parsed = parseCaseText(caseText, messageLang);
      const preview = previewDocuments(
        parsed.problems.length > 0 ? null : parsed.value,
        library,
        lang,
      );
      return Promise.resolve({ problems: checked.problems, ...preview });
    },
    'case.help': ({ caseText, lang }) => {
      const parsed = parseCaseText(caseText, 'nb');
      const raw = parsed.problems.length > 0 ? null : parsed.value;
      return Promise.resolve({ help: caseHelp(raw, deps.library(), lang) });
    },
    'case.changeAgreement': ({ caseText, agreement, lang }) => {
      const parsed = parseCaseText(caseText, lang);
      const value = parsed.value;
      if (parsed.problems.length > 0 || !value || typeof value !== 'object' || Array.isArray(value))
        throw new ProblemsError(
          'case.invalid',
          {
            nb: 'teksten er ikke en sak, så avtaletypen kan ikke byttes',
            nn: 'teksten er ikkje ei sak, så avtaletypen kan ikkje bytast',
            en: 'the text is not a case, so its agreement type cannot be changed',
          },
          parsed.problems,
        );
      const changed = changeAgreement(value as CaseInput, agreement, catalogOf(deps.library()));
      return Promise.resolve({
        caseText: JSON.stringify(changed.caseInput, null, 2),
        leftOut: changed.leftOut.map((l) => ({ path: l.path, reason: localize(l.reason, lang) })),
      });
    },
    'case.export': async (input) => {
      // Asked before the documents are made, so a question costs no rendering.
      const confirm = (names: string[]) => {
        if (!input.overwrite) refuseToReplace(input.outDir, { names, final: input.final });
      };
      confirm([]);
      const { files, manifest, warnings, caseVersion } = await produce(deps, input);
      confirm(files.map((f) => f.name));
      const manifestBytes = new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
      const paths = await deps.journal.writing(input.outDir, () =>
        writeFolderAtomically(input.outDir, [
          ...files,
          { name: 'manifest.json', bytes: manifestBytes },
        ]),
      );
      const exported = manifest.files.map((entry, i) => ({
        path: paths[i] ?? entry.name,
        format: entry.format,
        size: entry.size,
        sha256: entry.sha256,
      }));
      recordExports(deps, input, caseVersion, exported);
      return { files: exported, warnings };
    },
    'case.packDownload': async (input) => {
      const { case: c, files, manifest, lang, caseVersion } = await produce(deps, input);
      const zip = buildPack(c, files, manifest, lang, deps.now());
      const sha256 = await sha256Hex(zip);
      // File names keep letters, digits, spaces and dashes of the title; nothing that means a path.
      const stem = c.title.replace(/[^\p{L}\p{N} _-]+/gu, ' ').trim() || 'avtale';
      recordExports(deps, input, caseVersion, [
        { path: `${stem}.zip`, format: 'zip', sha256, size: zip.byteLength },
      ]);
      return {
        name: `${stem}.zip`,
        base64: Buffer.from(zip).toString('base64'),
        size: zip.byteLength,
        sha256,
      };
    },
    'case.pack': async (input) => {
      if (!input.overwrite) refuseToReplaceFile(input.outFile);
      const { case: c, files, manifest, warnings, lang, caseVersion } = await produce(deps, input);
      const zip = buildPack(c, files, manifest, lang, deps.now());
      const path = await writeFileAtomically(input.outFile, zip);
      const sha256 = await sha256Hex(zip);
      recordExports(deps, input, caseVersion, [
        { path, format: 'zip', sha256, size: zip.byteLength },
      ]);
      return {
        path,
        size: zip.byteLength,
        sha256,
        files: manifest.files.map((entry) => ({
          path: entry.name,
          format: entry.format,
          size: entry.size,
          sha256: entry.sha256,
        })),
        warnings,
      };
    },
    'file.verify': async ({ path, manifestPath }) => {
      const { sha256, size } = await fingerprintFile(path);
      const candidate = manifestPath
        ? resolve(manifestPath)
        : join(dirname(resolve(path)), 'manifest.json');
      const found = await findInManifest(sha256, candidate);
      return {
        sha256,
        match: found.match,
        manifestsSearched: found.searched ? [candidate] : [],
        pdf: await pdfBytesFor(path, size).then(async (bytes) =>
          bytes ? (await import('../core/render/pdf/pdf-stamp')).readPdfStamp(bytes) : null,
        ),
        recorded: deps.folder().store.exportsOf(sha256),
      };
    },
  };
}
