import { z } from 'zod';
import { CLOUD_MODELS } from '../case/case-schema';
import { SkyError } from '../errors';

export const REQUIREMENT_KINDS = ['A', 'B.IS', 'C'] as const;
export const FRAMEWORKS = [
  'nis2',
  'nis2ir',
  'iso27001',
  'nistCsf',
  'nsm',
  'csaCcm',
  'bsiC5',
] as const;
export type Framework = (typeof FRAMEWORKS)[number];
/** How a requirement enters a cloud model's baseline: as an absolute or as an evaluated one. */
export const BASELINE_ROLES = ['absolute', 'weighted'] as const;

const Names = z.strictObject({
  nb: z.string().min(1),
  nn: z.string().min(1),
  en: z.string().min(1),
});

/** The areas and the catalogues of every framework the bank maps to. */
export const FrameworksSchema = z.strictObject({
  areas: z.record(z.string(), Names),
  ...Object.fromEntries(FRAMEWORKS.map((f) => [f, z.record(z.string(), Names)])),
} as { areas: z.ZodRecord<z.ZodString, typeof Names> } & Record<
  Framework,
  z.ZodRecord<z.ZodString, typeof Names>
>);
export type Frameworks = z.infer<typeof FrameworksSchema>;

const RequirementText = z.strictObject({
  title: z.string().trim().min(1),
  text: z.string().trim().min(1),
  guidance: z.string().trim().min(1),
});

export const RequirementSchema = z
  .strictObject({
    id: z.string().regex(/^(A|B\.IS|C)\.\d{1,3}$/),
    kind: z.enum(REQUIREMENT_KINDS),
    area: z.string().min(1),
    tags: z.array(z.string()).default([]),
    cloudModels: z.array(z.enum(CLOUD_MODELS)).min(1),
    /** Per cloud model: in its baseline or not, and if so absolute or evaluated. */
    baseline: z.partialRecord(z.enum(CLOUD_MODELS), z.enum(BASELINE_ROLES)).default({}),
    mappings: z.strictObject(
      Object.fromEntries(FRAMEWORKS.map((f) => [f, z.array(z.string()).min(1)])) as Record<
        Framework,
        z.ZodArray<z.ZodString>
      >,
    ),
    nb: RequirementText,
    nn: RequirementText,
    en: RequirementText,
  })
  .refine((r) => r.id.startsWith(`${r.kind}.`), { message: 'the ID does not match the kind' })
  .refine((r) => Object.keys(r.baseline).every((m) => r.cloudModels.some((c) => c === m)), {
    message: 'a baseline names a cloud model the requirement is not for',
    path: ['baseline'],
  });
export type Requirement = z.infer<typeof RequirementSchema>;

export const RequirementFileSchema = z.array(RequirementSchema);

export interface RequirementBank {
  frameworks: Frameworks;
  requirements: Requirement[];
  byId: Map<string, Requirement>;
}

/** Orders A.2 before A.10 and A before B.IS before C. */
export function compareRequirementIds(a: string, b: string): number {
  const rank = (id: string): [number, number] => {
    const kind = REQUIREMENT_KINDS.findIndex((k) => id.startsWith(`${k}.`));
    return [kind, Number(id.slice(id.lastIndexOf('.') + 1))];
  };
  const [ka, na] = rank(a);
  const [kb, nb] = rank(b);
  return ka - kb || na - nb;
}

/**
 * Builds the bank from parsed files and checks what a schema cannot: unique IDs, known areas, and
 * every mapping naming an entry of its framework's catalogue.
 */
export function buildBank(
  frameworks: Frameworks,
  files: { path: string; requirements: Requirement[] }[],
): RequirementBank {
  const byId = new Map<string, Requirement>();
  for (const file of files) {
    for (const requirement of file.requirements) {
      const where = `${file.path}: ${requirement.id}`;
      if (byId.has(requirement.id)) {
        throw new SkyError(
          'bank.duplicate-id',
          { nb: `krav-ID-en finnes to ganger`, en: `the requirement ID occurs twice` },
          where,
        );
      }
      if (!frameworks.areas[requirement.area]) {
        throw new SkyError(
          'bank.unknown-area',
          { nb: `ukjent område «${requirement.area}»`, en: `unknown area «${requirement.area}»` },
          where,
        );
      }
      for (const framework of FRAMEWORKS) {
        for (const control of requirement.mappings[framework]) {
          if (!frameworks[framework][control]) {
            throw new SkyError(
              'bank.unknown-control',
              {
                nb: `koblingen til ${framework} «${control}» finnes ikke i rammeverkets katalog`,
                en: `the ${framework} mapping «${control}» is not in the framework's catalogue`,
              },
              where,
            );
          }
        }
      }
      byId.set(requirement.id, requirement);
    }
  }
  const requirements = [...byId.values()].sort((a, b) => compareRequirementIds(a.id, b.id));
  return { frameworks, requirements, byId };
}
