import { z } from 'zod';
import { CLOUD_MODELS, LANGUAGES } from '../core/case/case-schema';
import { BASELINE_ROLES, FRAMEWORKS, REQUIREMENT_KINDS } from '../core/requirements/bank-schema';
import { PRESETS } from '../core/requirements/select';

const Lang = z.enum(LANGUAGES);
const Framework = z.enum(FRAMEWORKS);

/** A framework entry a requirement maps to, with its name in the asked language. */
const ControlSchema = z.strictObject({ control: z.string(), name: z.string() });

export const RequirementSummarySchema = z.strictObject({
  id: z.string(),
  kind: z.enum(REQUIREMENT_KINDS),
  area: z.string(),
  areaName: z.string(),
  title: z.string(),
  cloudModels: z.array(z.enum(CLOUD_MODELS)),
  /** Per cloud model: in its baseline as an absolute or an evaluated requirement, or not at all. */
  baseline: z.partialRecord(z.enum(CLOUD_MODELS), z.enum(BASELINE_ROLES)),
});
export type RequirementSummary = z.infer<typeof RequirementSummarySchema>;

export const RequirementDetailSchema = RequirementSummarySchema.extend({
  text: z.string(),
  guidance: z.string(),
  mappings: z.record(Framework, z.array(ControlSchema)),
});

export const CoverageSchema = z.strictObject({
  framework: Framework,
  rows: z.array(ControlSchema.extend({ requirements: z.array(z.string()) })),
  covered: z.number().int().nonnegative(),
  gaps: z.array(ControlSchema),
});

/** Browsing the requirement bank, and the framework coverage of a case's chosen requirements. */
export const requirementProcedures = {
  'requirements.list': {
    input: z.strictObject({
      /** Start from a preset instead of the whole bank. */
      preset: z.enum(PRESETS).nullable().default(null),
      kinds: z.array(z.enum(REQUIREMENT_KINDS)).nullable().default(null),
      areas: z.array(z.string()).nullable().default(null),
      cloudModel: z.enum(CLOUD_MODELS).nullable().default(null),
      /** Only requirements mapped to this framework (and to `control` in it, if given). */
      framework: Framework.nullable().default(null),
      control: z.string().nullable().default(null),
      /** Words that must all occur in the ID or name of one framework entry a requirement maps to. */
      controlText: z.string().nullable().default(null),
      /** Words that must all occur in the ID, title or text. */
      text: z.string().nullable().default(null),
      lang: Lang.default('nb'),
    }),
    output: z.strictObject({ items: z.array(RequirementSummarySchema) }),
  },
  'requirements.get': {
    input: z.strictObject({ id: z.string().min(1), lang: Lang.default('nb') }),
    output: RequirementDetailSchema,
  },
  'case.coverage': {
    input: z.strictObject({
      caseText: z.string(),
      frameworks: z.array(Framework).min(1).default(['nis2', 'nis2ir', 'nsm', 'iso27001']),
      lang: Lang.default('nb'),
    }),
    output: z.strictObject({
      chosen: z.number().int().nonnegative(),
      coverage: z.array(CoverageSchema),
    }),
  },
} as const;
