import { AGREEMENT_NAMES, type Case, type Language } from '../core/case/case-schema';
import { localize } from '../core/errors';
import { recommendAgreement } from '../core/rules/recommend';
import { caseJsonSchema } from '../core/case/case-json-schema';
import { ProblemsError, type Problem } from '../core/case/problems';
import { parseCaseText, validateCase } from '../core/case/validate-case';
import { buildDocuments, catalogOf, renderDocuments } from '../core/generate';
import { buildManifest } from '../core/render/manifest';
import type { PdfFonts } from '../core/render/pdf/pdf-writer';
import type { ApiHandlers } from '../shared/api';
import { APP_VERSION } from './app-info';
import { writeFolderAtomically } from './output/write-folder';
import type { TemplateLibrary } from './templates/load-library';

export interface HandlerDeps {
  library: () => TemplateLibrary;
  fonts: () => PdfFonts;
  now: () => Date;
}

/** Every problem with a case text: syntax first, then schema and domain rules. */
function checkCase(
  caseText: string,
  library: TemplateLibrary,
  lang: Language,
): { case: Case | null; problems: Problem[] } {
  const parsed = parseCaseText(caseText, lang);
  if (parsed.problems.length > 0) return { case: null, problems: parsed.problems };
  return validateCase(parsed.value, catalogOf(library), lang);
}

export function createHandlers(deps: HandlerDeps): ApiHandlers {
  return {
    'app.version': () => Promise.resolve({ version: APP_VERSION }),
    'case.schema': () => Promise.resolve(caseJsonSchema()),
    'agreement.recommend': ({ profile, personalData, lang }) => {
      const advice = recommendAgreement({ ...profile, personalData });
      return Promise.resolve({
        agreement: advice.agreement,
        name: AGREEMENT_NAMES[advice.agreement],
        reasons: advice.reasons.map((r) => localize(r, lang)),
        notes: advice.notes.map((n) => localize(n, lang)),
      });
    },
    'case.validate': ({ caseText, lang }) =>
      Promise.resolve({ problems: checkCase(caseText, deps.library(), lang).problems }),
    'case.export': async (input) => {
      const library = deps.library();
      const checked = checkCase(input.caseText, library, input.messageLang);
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
      const documents = buildDocuments(c, library, {
        lang: input.lang ?? c.language,
        guidance: input.guidance,
      });
      const files = await renderDocuments(documents, input.formats, deps.fonts(), now);
      const manifest = await buildManifest(c, files, APP_VERSION, now);
      const manifestBytes = new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`);
      const paths = await writeFolderAtomically(input.outDir, [
        ...files,
        { name: 'manifest.json', bytes: manifestBytes },
      ]);
      return {
        files: manifest.files.map((entry, i) => ({
          path: paths[i] ?? entry.name,
          format: entry.format,
          size: entry.size,
          sha256: entry.sha256,
        })),
        warnings: checked.problems,
      };
    },
  };
}
