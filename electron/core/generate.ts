import type { Case, Language } from './case/case-schema';
import type { CaseCatalog } from './case/validate-case';
import { assembleSet } from './assembly/assemble-set';
import { contractSet, type ContractSet, type SetTemplates } from './contract-set/contract-set';
import { clauseIdsOf, type AgreementTemplates, type LanguageFiles } from './assembly/template-set';
import type { Document } from './document/model';
import { SkyError } from './errors';
import type { RequirementBank } from './requirements/bank-schema';
import { coverage } from './requirements/coverage';
import type { PdfFonts } from './render/pdf/pdf-writer';
import { sha256Hex } from './render/sha256';

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

/**
 * Case → format-neutral documents of its contract set, in the order they are printed. A final
 * export leaves out working papers and speaks as a contract, whatever the case's purpose.
 */
export function buildDocuments(
  c: Case,
  library: Library,
  options: { lang: Language; guidance: boolean; final?: boolean },
): Document[] {
  const final = options.final ?? false;
  return assembleSet(c, setTemplates(library, c), library.bank, {
    lang: options.lang,
    guidance: options.guidance,
    final,
    tender: c.purpose === 'tender' && !final,
  });
}

function setTemplates(library: Library, c: Case): SetTemplates {
  return {
    agreement: agreementTemplates(library, c.agreement),
    dpa: library.dpa,
    security: library.security,
  };
}

/** The contract set a case's documents are made from, for the manifest and the pack's list. */
export function contractSetOf(
  c: Case,
  library: Library,
  options: { lang: Language; final: boolean },
): ContractSet {
  return contractSet(c, setTemplates(library, c), options);
}

export interface RenderOptions {
  formats: readonly OutputFormat[];
  status: 'draft' | 'final';
  caseVersion: number | null;
  caseReference: string | null;
  /** The date written into the files: the saved version's or the case's, never the clock's. */
  date: Date | null;
  /** The case as JSON, attached to every PDF only when asked: it holds internal notes. */
  attachCase: Uint8Array | null;
  onProgress?: ((done: number, total: number, name: string) => void) | undefined;
}

/** The date a case's files carry: when its version was saved, else its signing date, else none. */
export function documentDate(c: Case, savedAt: string | null): Date | null {
  const date = savedAt ?? (c.dates.signed ? `${c.dates.signed}T12:00:00Z` : null);
  return date ? new Date(date) : null;
}

/** What rendering one document takes: the choices of a set, without its progress line. */
export type DocumentRenderOptions = Omit<RenderOptions, 'onProgress'>;

/**
 * The layout and the writers: most of the program, so commands that make no documents never load
 * them, and a draft's PDFs alone never load the DOCX writer. The layout measures text in the PDF's
 * fonts.
 */
export const loadWriters = (docx: boolean) =>
  Promise.all([
    import('./render/layout/page-layout'),
    import('./render/pdf/pdf-writer'),
    docx ? import('./render/docx-writer') : null,
  ]);

/**
 * One document → its files in the chosen formats. It is laid out once: the PDF draws that layout
 * and the DOCX takes its contents' page numbers and page count from it. The DOCX is made first,
 * so that a final PDF can record the fingerprint of the Word file it matches.
 */
export async function renderDocument(
  doc: Document,
  fonts: PdfFonts,
  options: DocumentRenderOptions,
): Promise<GeneratedFile[]> {
  const files: GeneratedFile[] = [];
  const wantsDocx = options.formats.includes('docx');
  const needsDocx = wantsDocx || (options.status === 'final' && options.formats.includes('pdf'));
  const [{ layoutDocument }, { measurerOf, renderPdf }, docxWriter] = await loadWriters(needsDocx);
  const layout = layoutDocument(doc, measurerOf(fonts));
  const docx = docxWriter
    ? await docxWriter.renderDocx(doc, layout, {
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
      attachment: options.attachCase && { name: 'sak.json', bytes: options.attachCase },
    });
    files.push({ name: `${doc.fileStem}.pdf`, format: 'pdf', documentId: doc.id, bytes: pdf });
  }
  return files;
}

/** Documents → files in the chosen formats, one document after another, in this thread. */
export async function renderDocuments(
  documents: Document[],
  fonts: PdfFonts,
  options: RenderOptions,
): Promise<GeneratedFile[]> {
  const { onProgress, ...choices } = options;
  const files: GeneratedFile[] = [];
  for (const [index, doc] of documents.entries()) {
    onProgress?.(index, documents.length, doc.fileStem);
    files.push(...(await renderDocument(doc, fonts, choices)));
  }
  onProgress?.(documents.length, documents.length, '');
  return files;
}
