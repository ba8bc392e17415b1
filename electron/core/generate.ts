import type { Case, Language } from './case/case-schema';
import type { CaseCatalog } from './case/validate-case';
import { assembleAgreement } from './assembly/assemble-agreement';
import { clauseIdsOf, type AgreementTemplates, type LanguageFiles } from './assembly/template-set';
import { assembleDpa } from './assembly/assemble-dpa';
import { assembleSecurity } from './assembly/assemble-security';
import type { Document } from './document/model';
import { SkyError } from './errors';
import type { RequirementBank } from './requirements/bank-schema';
import { coverage } from './requirements/coverage';
import type { PdfFonts } from './render/pdf/pdf-writer';
import { sha256Hex } from './render/manifest';

export const OUTPUT_FORMATS = ['docx', 'pdf'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** What assembly needs: the agreements' templates and the requirement bank. */
export interface Library {
  agreements: Partial<Record<Case['agreement'], AgreementTemplates>>;
  dpa: LanguageFiles | null;
  security: LanguageFiles;
  bank: RequirementBank;
}

export interface GeneratedFile {
  name: string;
  format: OutputFormat;
  documentId: string;
  bytes: Uint8Array;
}

function agreementTemplates(library: Library, kind: Case['agreement']): AgreementTemplates {
  const templates = library.agreements[kind];
  if (!templates) {
    throw new SkyError(
      'template.agreement-missing',
      {
        nb: `malene for ${kind.toUpperCase()} er ikke installert`,
        en: `the templates for ${kind.toUpperCase()} are not installed`,
      },
      'agreement',
    );
  }
  return templates;
}

/** The catalogue the case rules check against, read from the library. */
export function catalogOf(library: Library): CaseCatalog {
  return {
    agreementName: (kind) => library.agreements[kind]?.name ?? null,
    appendices: (kind) => library.agreements[kind]?.appendices ?? [],
    clauseIds: (kind) => {
      const general = library.agreements[kind]?.files.nb.general;
      return new Set(general ? clauseIdsOf(general) : []);
    },
    requirementIds: new Set(library.bank.byId.keys()),
    nis2Gaps: (chosenIds, framework) => coverage(library.bank, chosenIds, framework).gaps,
  };
}

/** Case → format-neutral documents, in the order they are printed. */
export function buildDocuments(
  c: Case,
  library: Library,
  options: { lang: Language; guidance: boolean },
): Document[] {
  const templates = agreementTemplates(library, c.agreement);
  const agreement = { id: templates.kind, name: templates.name };
  const documents = assembleAgreement(c, templates, library.bank, options);
  if (c.dpa) {
    if (!library.dpa) {
      throw new SkyError(
        'template.dpa-missing',
        {
          nb: 'malene for databehandleravtalen er ikke installert',
          en: 'the data processing agreement templates are not installed',
        },
        'dpa',
      );
    }
    documents.push(assembleDpa(c, library.dpa, agreement, library.bank, options));
  }
  documents.push(...assembleSecurity(c, library.security, agreement, library.bank, options));
  return documents;
}

export interface RenderOptions {
  formats: readonly OutputFormat[];
  status: 'draft' | 'final';
  caseVersion: number | null;
  caseReference: string | null;
  /** The date written into the files: the saved version's or the case's, never the clock's. */
  date: Date | null;
  /** The case as JSON, attached to every PDF. */
  caseJson: Uint8Array;
  onProgress?: ((done: number, total: number, name: string) => void) | undefined;
}

/** The date a case's files carry: when its version was saved, else its signing date, else none. */
export function documentDate(c: Case, savedAt: string | null): Date | null {
  const date = savedAt ?? (c.dates.signed ? `${c.dates.signed}T12:00:00Z` : null);
  return date ? new Date(date) : null;
}

/**
 * Documents → files in the chosen formats. Each is laid out once: the PDF draws that layout and
 * the DOCX takes its contents' page numbers and page count from it. Each DOCX is made first, so
 * that a final PDF can record the fingerprint of the Word file it matches.
 */
export async function renderDocuments(
  documents: Document[],
  fonts: PdfFonts,
  options: RenderOptions,
): Promise<GeneratedFile[]> {
  // The writers are most of the program; commands that make no documents never load them.
  const [{ renderDocx }, { layoutDocument }, { measurerOf, renderPdf }] = await Promise.all([
    import('./render/docx-writer'),
    import('./render/layout/page-layout'),
    import('./render/pdf/pdf-writer'),
  ]);
  const files: GeneratedFile[] = [];
  const measurer = measurerOf(fonts);
  for (const [index, doc] of documents.entries()) {
    options.onProgress?.(index, documents.length, doc.fileStem);
    const wantsDocx = options.formats.includes('docx');
    const needsDocx = wantsDocx || (options.status === 'final' && options.formats.includes('pdf'));
    const layout = layoutDocument(doc, measurer);
    const docx = needsDocx
      ? await renderDocx(doc, layout, {
          status: options.status,
          caseReference: options.caseReference,
          caseVersion: options.caseVersion,
          date: options.date,
        })
      : null;
    if (docx && wantsDocx)
      files.push({ name: `${doc.fileStem}.docx`, format: 'docx', documentId: doc.id, bytes: docx });
    if (options.formats.includes('pdf')) {
      const pdf = await renderPdf(doc, layout, fonts, {
        date: options.date,
        status: options.status,
        docxSha256: docx && options.status === 'final' ? await sha256Hex(docx) : null,
        caseVersion: options.caseVersion,
        attachment: { name: 'sak.json', bytes: options.caseJson },
      });
      files.push({ name: `${doc.fileStem}.pdf`, format: 'pdf', documentId: doc.id, bytes: pdf });
    }
  }
  options.onProgress?.(documents.length, documents.length, '');
  return files;
}
