import { z } from 'zod';
import { AGREEMENT_KINDS, LANGUAGES, ProfileSchema } from '../core/case/case-schema';
import { CONTENT_KINDS } from '../core/assembly/template-set';
import { OUTPUT_FORMATS } from '../core/generate';
import type { Document } from '../core/document/model';
import { ExportOriginSchema, libraryProcedures } from './library-api';
import { requirementProcedures } from './requirements-api';

const Lang = z.enum(LANGUAGES);

export const ProblemSchema = z.strictObject({
  severity: z.enum(['error', 'warning']),
  code: z.string(),
  path: z.string(),
  message: z.string(),
});

export const ApiErrorSchema = z.strictObject({
  code: z.string(),
  message: z.string(),
  where: z.string().nullable(),
  problems: z.array(ProblemSchema).default([]),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

const AgreementOutlineSchema = z.strictObject({
  appendices: z.array(
    z.strictObject({
      key: z.string().regex(/^\d{1,2}$/),
      title: z.record(Lang, z.string()),
      generated: z.enum(CONTENT_KINDS).exclude(['text']).nullable(),
    }),
  ),
  editsAppendix: z.string().nullable(),
});

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

const ExportedFile = z.strictObject({
  /** Path on disk, or the name inside a pack. */
  path: z.string(),
  format: z.enum(OUTPUT_FORMATS),
  size: z.number().int().nonnegative(),
  sha256: Sha256,
});

/** What every export takes: the case and the choices of formats, language and status. */
const ExportInput = z.strictObject({
  /** The case text; with a library case id it may be left empty (the stored text is used). */
  caseText: z.string(),
  formats: z.array(z.enum(OUTPUT_FORMATS)).min(1).default(['docx', 'pdf']),
  /** Overrides the case's own language. */
  lang: Lang.nullable().default(null),
  /** Keep guidance for the person filling in (drafts only). */
  guidance: z.boolean().default(false),
  /** A final export for signing: FINAL metadata, no draft watermark. */
  final: z.boolean().default(false),
  /**
   * Embed the case file in every PDF, for drafts kept internally: it holds internal notes,
   * weights and unticked text, so it is never embedded unless asked.
   */
  attachCase: z.boolean().default(false),
  /**
   * A library case and version (the latest when null): the export is made from its stored text
   * and recorded there. Without a case id the export is an unrecorded draft of `caseText`.
   */
  caseId: z.number().int().positive().nullable().default(null),
  caseVersion: z.number().int().positive().nullable().default(null),
  messageLang: Lang.default('nb'),
});

/**
 * The one API every front end uses (command line, Electron IPC, loopback web mode): each
 * procedure's input and output as schemas, so every boundary parses what crosses it.
 */
export const procedures = {
  'app.version': {
    input: z.strictObject({}),
    output: z.strictObject({ version: z.string() }),
  },
  'case.schema': {
    input: z.strictObject({}),
    output: z.record(z.string(), z.unknown()),
  },
  'agreement.recommend': {
    input: z.strictObject({
      profile: ProfileSchema,
      personalData: z.boolean(),
      lang: Lang.default('nb'),
    }),
    output: z.strictObject({
      agreement: z.enum(AGREEMENT_KINDS),
      name: z.string(),
      reasons: z.array(z.string()),
      /** Every agreement with why it fits or why it was not chosen. */
      fits: z.array(
        z.strictObject({
          agreement: z.enum(AGREEMENT_KINDS),
          name: z.string(),
          recommended: z.boolean(),
          reasons: z.array(z.string()),
        }),
      ),
      /** Answers that point to different agreements at once. */
      contradictions: z.array(z.string()),
      notes: z.array(z.string()),
    }),
  },
  'agreement.appendices': {
    input: z.strictObject({}),
    /** Each agreement's appendices as its templates give them: number, titles, generated part. */
    output: z.record(z.enum(AGREEMENT_KINDS), AgreementOutlineSchema),
  },
  'case.validate': {
    input: z.strictObject({ caseText: z.string(), lang: Lang.default('nb') }),
    output: z.strictObject({ problems: z.array(ProblemSchema) }),
  },
  'case.preview': {
    input: z.strictObject({
      caseText: z.string(),
      lang: Lang.nullable().default(null),
      messageLang: Lang.default('nb'),
    }),
    output: z.strictObject({
      problems: z.array(ProblemSchema),
      /**
       * The assembled documents with guidance kept, from the first answer on: what is not yet
       * answered is a placeholder marker. Empty only when the text is not a case at all.
       */
      documents: z.array(
        z.custom<Document>((value) => typeof value === 'object' && value !== null),
      ),
      /** The case's JSON path of each placeholder marker, by its number. */
      placeholders: z.array(z.string()),
    }),
  },
  'case.help': {
    input: z.strictObject({ caseText: z.string(), lang: Lang.nullable().default(null) }),
    output: z.strictObject({
      /** The templates' guidance for each part of the case (an appendix, the SLA, the DPA). */
      help: z.array(
        z.strictObject({ path: z.string(), source: z.string(), texts: z.array(z.string()) }),
      ),
    }),
  },
  'case.changeAgreement': {
    input: z.strictObject({
      caseText: z.string(),
      agreement: z.enum(AGREEMENT_KINDS),
      lang: Lang.default('nb'),
    }),
    output: z.strictObject({
      /** The case as the other agreement, to be saved as a new version once the user agrees. */
      caseText: z.string(),
      /** What the other agreement has no place for, by its path in the case, and why. */
      leftOut: z.array(z.strictObject({ path: z.string(), reason: z.string() })),
    }),
  },
  'case.export': {
    input: ExportInput.extend({
      outDir: z.string().min(1),
      /**
       * The user has confirmed replacing the set already in `outDir`. Without it an export into a
       * folder that holds a set (or files of the same names) is refused with `export.exists`,
       * saying what is there, so the front end can ask.
       */
      overwrite: z.boolean().default(false),
    }),
    output: z.strictObject({ files: z.array(ExportedFile), warnings: z.array(ProblemSchema) }),
  },
  'case.pack': {
    input: ExportInput.extend({
      outFile: z.string().min(1),
      /** The user has confirmed replacing `outFile`; without it an existing file is refused. */
      overwrite: z.boolean().default(false),
    }),
    output: z.strictObject({
      path: z.string(),
      size: z.number().int().nonnegative(),
      sha256: Sha256,
      files: z.array(ExportedFile),
      warnings: z.array(ProblemSchema),
    }),
  },
  'case.packDownload': {
    input: ExportInput,
    output: z.strictObject({
      /** A file name for the pack, from the case's title. */
      name: z.string(),
      /** The zip's bytes in base64, for a browser download in web mode. */
      base64: z.string(),
      size: z.number().int().nonnegative(),
      sha256: Sha256,
    }),
  },
  'file.verify': {
    input: z.strictObject({
      path: z.string().min(1),
      manifestPath: z.string().nullable().default(null),
      lang: Lang.default('nb'),
    }),
    output: z.strictObject({
      sha256: Sha256,
      /** The manifest entry the file matches, if a manifest was found. */
      match: z
        .strictObject({
          manifest: z.string(),
          name: z.string(),
          status: z.enum(['draft', 'final']),
        })
        .nullable(),
      manifestsSearched: z.array(z.string()),
      pdf: z
        .strictObject({
          status: z.string().nullable(),
          docxSha256: z.string().nullable(),
          caseVersion: z.string().nullable(),
        })
        .nullable(),
      /** Exports of this exact file recorded in the library, newest first. */
      recorded: z.array(ExportOriginSchema),
    }),
  },
  ...libraryProcedures,
  ...requirementProcedures,
} as const;

export type ProcedureName = keyof typeof procedures;
export type ProcedureInput<P extends ProcedureName> = z.input<(typeof procedures)[P]['input']>;
export type ProcedureOutput<P extends ProcedureName> = z.output<(typeof procedures)[P]['output']>;
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** What the back end implements: one function per procedure, given parsed input. */
export type ApiHandlers = {
  [P in ProcedureName]: (
    input: z.output<(typeof procedures)[P]['input']>,
  ) => Promise<ProcedureOutput<P>>;
};

/** What a front end calls: one function per procedure, answering with a result, never throwing. */
export type ApiClient = {
  [P in ProcedureName]: (input: ProcedureInput<P>) => Promise<ApiResult<ProcedureOutput<P>>>;
};
