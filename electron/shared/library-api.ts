import { z } from 'zod';
import { LANGUAGES } from '../core/case/case-schema';

const Id = z.number().int().positive();
const Time = z.string();
const Tags = z.array(z.string().trim().min(1)).default([]);

export const MATTER_STATUSES = ['active', 'signed', 'closed'] as const;

export const MatterSchema = z.strictObject({
  id: Id,
  name: z.string(),
  customer: z.string().nullable(),
  reference: z.string().nullable(),
  status: z.enum(MATTER_STATUSES),
  tags: z.array(z.string()),
  createdAt: Time,
  updatedAt: Time,
  deletedAt: Time.nullable(),
});
export type Matter = z.infer<typeof MatterSchema>;

export const CaseSummarySchema = z.strictObject({
  id: Id,
  matterId: Id,
  title: z.string(),
  agreement: z.string(),
  latestVersion: z.number().int().nonnegative(),
  updatedAt: Time,
});
export type CaseSummary = z.infer<typeof CaseSummarySchema>;

export const VersionSummarySchema = z.strictObject({
  id: Id,
  caseId: Id,
  number: z.number().int().positive(),
  author: z.string(),
  label: z.string().nullable(),
  restoredFrom: z.number().int().positive().nullable(),
  createdAt: Time,
});
export type VersionSummary = z.infer<typeof VersionSummarySchema>;

export const VersionSchema = VersionSummarySchema.extend({ caseText: z.string() });
export type Version = z.infer<typeof VersionSchema>;

export const ExportRecordSchema = z.strictObject({
  id: Id,
  versionId: Id,
  versionNumber: z.number().int().positive(),
  path: z.string(),
  format: z.string(),
  sha256: z.string(),
  size: z.number().int().nonnegative(),
  status: z.enum(['draft', 'final']),
  createdAt: Time,
});
export type ExportRecord = z.infer<typeof ExportRecordSchema>;

/** An export found by its fingerprint, with the matter and case it came from. */
export const ExportOriginSchema = ExportRecordSchema.extend({
  caseId: Id,
  caseTitle: z.string(),
  matterId: Id,
  matterName: z.string(),
});
export type ExportOrigin = z.infer<typeof ExportOriginSchema>;

export const ClauseTextsSchema = z.partialRecord(z.enum(LANGUAGES), z.string().trim().min(1));

export const ClauseSchema = z.strictObject({
  id: Id,
  title: z.string(),
  texts: ClauseTextsSchema,
  tags: z.array(z.string()),
  createdAt: Time,
  updatedAt: Time,
});
export type Clause = z.infer<typeof ClauseSchema>;

export const SEARCH_KINDS = ['matter', 'case', 'clause', 'requirement'] as const;

export const SearchHitSchema = z.strictObject({
  kind: z.enum(SEARCH_KINDS),
  /** The matter, case or clause id, or the requirement id ("B.IS.24"). */
  ref: z.string(),
  title: z.string(),
  /** The matching words, marked with «» around each hit. */
  snippet: z.string(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const AuditEntrySchema = z.strictObject({
  at: Time,
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.number().int().nullable(),
  detail: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const DraftSchema = z.strictObject({ caseId: Id, caseText: z.string(), savedAt: Time });
export type Draft = z.infer<typeof DraftSchema>;

export const BinEntrySchema = z.strictObject({
  kind: z.enum(['matter', 'clause']),
  id: Id,
  name: z.string(),
  deletedAt: Time,
});
export type BinEntry = z.infer<typeof BinEntrySchema>;

/** A matter moved between machines as one file: the matter, its cases and every version. */
export const MatterFileSchema = z.strictObject({
  format: z.literal('skyavtale-matter'),
  formatVersion: z.literal(1),
  matter: z.strictObject({
    name: z.string().min(1),
    customer: z.string().nullable(),
    reference: z.string().nullable(),
    status: z.enum(MATTER_STATUSES),
    tags: z.array(z.string()),
  }),
  cases: z.array(
    z.strictObject({
      title: z.string(),
      agreement: z.string(),
      versions: z
        .array(
          z.strictObject({
            number: z.number().int().positive(),
            caseText: z.string(),
            author: z.string(),
            label: z.string().nullable(),
            createdAt: Time,
          }),
        )
        .min(1),
    }),
  ),
});
export type MatterFile = z.infer<typeof MatterFileSchema>;

/** The process that has a library open for changes, as its lock file names it. */
export const LockHolderSchema = z.strictObject({
  pid: z.number().int().positive(),
  /** What holds it, in words: «Skyavtale (nettlesermodus)», «skyavtale-kommandoen». */
  program: z.string(),
  host: z.string(),
  since: Time,
});
export type LockHolder = z.infer<typeof LockHolderSchema>;

/** What the app must tell the user about the library: another process has it, or it is damaged. */
export const LibraryStatusSchema = z.strictObject({
  file: z.string(),
  heldBy: LockHolderSchema.nullable(),
  integrity: z.enum(['ok', 'checking', 'damaged']),
  problem: z
    .strictObject({
      code: z.string(),
      text: z.strictObject({ nb: z.string(), nn: z.string().optional(), en: z.string() }),
    })
    .nullable(),
});
export type LibraryStatus = z.infer<typeof LibraryStatusSchema>;

const Page = {
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
};

/** The library's procedures: merged into the one API contract. */
export const libraryProcedures = {
  'matters.list': {
    input: z.strictObject({ ...Page, status: z.enum(MATTER_STATUSES).nullable().default(null) }),
    output: z.strictObject({ items: z.array(MatterSchema), total: z.number().int() }),
  },
  'matters.get': {
    input: z.strictObject({ id: Id }),
    output: z.strictObject({ matter: MatterSchema, cases: z.array(CaseSummarySchema) }),
  },
  'matters.create': {
    input: z.strictObject({
      name: z.string().trim().min(1),
      customer: z.string().trim().min(1).nullable().default(null),
      reference: z.string().trim().min(1).nullable().default(null),
      tags: Tags,
    }),
    output: MatterSchema,
  },
  'matters.update': {
    input: z.strictObject({
      id: Id,
      name: z.string().trim().min(1).optional(),
      customer: z.string().trim().min(1).nullable().optional(),
      reference: z.string().trim().min(1).nullable().optional(),
      status: z.enum(MATTER_STATUSES).optional(),
      tags: z.array(z.string().trim().min(1)).optional(),
    }),
    output: MatterSchema,
  },
  'matters.delete': { input: z.strictObject({ id: Id }), output: MatterSchema },
  'matters.export': {
    input: z.strictObject({ id: Id, file: z.string().min(1) }),
    output: z.strictObject({ path: z.string(), versions: z.number().int() }),
  },
  'matters.import': {
    input: z.strictObject({ file: z.string().min(1) }),
    output: MatterSchema,
  },
  'cases.create': {
    input: z.strictObject({
      matterId: Id,
      caseText: z.string(),
      label: z.string().nullable().default(null),
    }),
    output: z.strictObject({ case: CaseSummarySchema, version: VersionSummarySchema }),
  },
  'cases.duplicate': {
    input: z.strictObject({
      caseId: Id,
      /** The text to copy (the open, unsaved one); the latest version when null. */
      caseText: z.string().nullable().default(null),
      /** The copy's title («Kopi av …»), in the user's language. */
      title: z.string().trim().min(1),
    }),
    output: z.strictObject({ case: CaseSummarySchema, version: VersionSummarySchema }),
  },
  'cases.save': {
    input: z.strictObject({
      caseId: Id,
      caseText: z.string(),
      label: z.string().nullable().default(null),
    }),
    output: VersionSummarySchema,
  },
  'cases.history': {
    input: z.strictObject({ caseId: Id }),
    output: z.strictObject({
      versions: z.array(VersionSummarySchema),
      exports: z.array(ExportRecordSchema),
    }),
  },
  'cases.version': {
    input: z.strictObject({
      caseId: Id,
      number: z.number().int().positive().nullable().default(null),
    }),
    output: VersionSchema,
  },
  'cases.restore': {
    input: z.strictObject({ caseId: Id, number: z.number().int().positive() }),
    output: VersionSummarySchema,
  },
  'drafts.save': {
    input: z.strictObject({ caseId: Id, caseText: z.string() }),
    output: z.strictObject({ savedAt: Time }),
  },
  'drafts.recover': { input: z.strictObject({}), output: z.array(DraftSchema) },
  'drafts.discard': { input: z.strictObject({ caseId: Id }), output: z.strictObject({}) },
  'clauses.list': { input: z.strictObject({}), output: z.array(ClauseSchema) },
  'clauses.save': {
    input: z.strictObject({
      id: Id.nullable().default(null),
      title: z.string().trim().min(1),
      texts: ClauseTextsSchema.refine((t) => Object.keys(t).length > 0, 'clause.texts-empty'),
      tags: Tags,
    }),
    output: ClauseSchema,
  },
  'clauses.delete': { input: z.strictObject({ id: Id }), output: z.strictObject({}) },
  'bin.list': { input: z.strictObject({}), output: z.array(BinEntrySchema) },
  'bin.restore': {
    input: z.strictObject({ kind: z.enum(['matter', 'clause']), id: Id }),
    output: z.strictObject({}),
  },
  search: {
    input: z.strictObject({
      text: z.string().max(1000),
      limit: z.number().int().min(1).max(200).default(20),
    }),
    output: z.array(SearchHitSchema),
  },
  'settings.get': {
    input: z.strictObject({ key: z.string().min(1) }),
    output: z.strictObject({ value: z.unknown() }),
  },
  'settings.set': {
    input: z.strictObject({ key: z.string().min(1), value: z.unknown() }),
    output: z.strictObject({}),
  },
  'audit.list': {
    input: z.strictObject({ limit: z.number().int().min(1).max(1000).default(100) }),
    output: z.array(AuditEntrySchema),
  },
  'store.backup': {
    input: z.strictObject({ file: z.string().min(1).nullable().default(null) }),
    output: z.strictObject({ path: z.string(), size: z.number().int() }),
  },
  'store.status': { input: z.strictObject({}), output: LibraryStatusSchema },
  'store.restore': {
    input: z.strictObject({ file: z.string().min(1) }),
    output: z.strictObject({ restored: z.string(), safetyCopy: z.string() }),
  },
} as const;
