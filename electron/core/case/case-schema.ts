import { z } from 'zod';
import { isValidOrgNumber, normalizeOrgNumber } from '../rules/orgnr';
import { COUNTRY_ALIASES } from '../rules/transfers';

/** The three agreement families Skyavtale can assemble. */
export const AGREEMENT_KINDS = ['ssa-l', 'ssa-sky', 'ssa-lille-sky'] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export const AGREEMENT_NAMES: Record<AgreementKind, string> = {
  'ssa-l': 'SSA-L',
  'ssa-sky': 'SSA-Sky',
  'ssa-lille-sky': 'SSA-Lille sky',
};

/** Language forms: bokmål, nynorsk, English. */
export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const CURRENT_SCHEMA_VERSION = 2;

// Messages are keys into the problem catalogue (i18n/problems.ts); the catalogue turns them into
// sentences in the user's language, so the schema itself stays language-neutral.
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date.format' })
  // Date parsing rolls 30 February over into March; a round trip catches dates that do not exist.
  .refine(
    (value) => {
      const time = Date.parse(`${value}T00:00:00Z`);
      return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
    },
    { message: 'date.invalid' },
  );

const text = z.string().trim().min(1, { message: 'text.empty' });
const optionalText = z.string().trim().nullable().default(null);

const orgNumber = z
  .string()
  .refine((value) => /^\d{9}$/.test(normalizeOrgNumber(value)), { message: 'orgnr.format' })
  .refine((value) => isValidOrgNumber(value), { message: 'orgnr.checksum' })
  .transform(normalizeOrgNumber);

export const PersonSchema = z.strictObject({
  name: text,
  title: optionalText,
  email: z.email({ message: 'email.invalid' }).nullable().default(null),
  phone: optionalText,
});

export const AddressSchema = z.strictObject({
  street: text,
  postalCode: text,
  city: text,
  country: z.string().trim().min(1).default('Norge'),
});

export const PartySchema = z.strictObject({
  name: text,
  orgNumber,
  address: AddressSchema.nullable().default(null),
  /** The party's representative for the agreement (SSA-L 1.5). */
  representative: PersonSchema.nullable().default(null),
  signatories: z.array(PersonSchema).min(1, { message: 'signatories.missing' }),
});

export const CLOUD_MODELS = ['saas', 'paas', 'iaas'] as const;
export type CloudModel = (typeof CLOUD_MODELS)[number];

export const ServiceSchema = z.strictObject({
  name: text,
  description: text,
  cloudModel: z.enum(CLOUD_MODELS).default('saas'),
  /** Whether the supplier will process personal data on the customer's behalf. */
  personalData: z.boolean().default(false),
  /** Where the customer's data is stored and processed, in plain words ("Norge", "EU/EØS"). */
  dataLocation: optionalText,
});

export const ExtensionSchema = z.strictObject({
  /** Months each extension adds to the term. */
  months: z.number().int().positive().max(1200),
  /** How many times the customer may extend; null: as many times as it wishes. */
  maxTimes: z.number().int().min(1).max(100).nullable().default(null),
});

export const DatesSchema = z.strictObject({
  signed: isoDate.nullable().default(null),
  start: isoDate.nullable().default(null),
  deliveryDeadline: isoDate.nullable().default(null),
  /** Initial term in months; null means until terminated. */
  durationMonths: z
    .number()
    .int({ message: 'duration.months' })
    .min(1, { message: 'duration.months' })
    .max(1200, { message: 'duration.months' })
    .nullable()
    .default(null),
  /** The customer's option to extend the agreement; null: no option to extend. */
  extension: ExtensionSchema.nullable().default(null),
});

export const AppendixSchema = z.strictObject({
  /** Ticked "yes" on the front page. An appendix with no content is still ticked "no". */
  included: z.boolean(),
  /** The appendix's own text, in Markdown. */
  text: optionalText,
});

export const SlaCreditSchema = z.strictObject({
  /** Availability (percent) under which this credit applies. */
  below: z.number().gt(0).lt(100),
  /** Share of the monthly fee credited, in percent. */
  creditPercent: z.number().gt(0).max(100),
});

export const SEVERITY_CLASSES = ['critical', 'high', 'medium', 'low'] as const;

export const SlaSeveritySchema = z.strictObject({
  severity: z.enum(SEVERITY_CLASSES),
  /** Hours from the customer's report until the supplier has begun work on the fault. */
  responseHours: z.number().gt(0).max(8760),
  /** Hours from the report until the fault is fixed or has a workaround the customer accepts. */
  fixHours: z.number().gt(0).max(8760),
});

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, { message: 'time.format' });

/** The hours the availability is promised for; downtime outside them does not count. */
export const ServiceWindowSchema = z
  .strictObject({
    days: z.enum(['all', 'weekdays']),
    from: clockTime,
    to: clockTime,
  })
  .refine((w) => w.from < w.to, { message: 'sla.window.order', path: ['to'] });

export const SlaSchema = z.strictObject({
  availability: z
    .number({ message: 'sla.availability.range' })
    .gt(0, { message: 'sla.availability.range' })
    .lt(100, { message: 'sla.availability.range' })
    // The documents print four decimals; more would print as a promise the contract does not make.
    .refine((value) => Number(value.toFixed(4)) === value, {
      message: 'sla.availability.precision',
    }),
  /** The service hours in the parties' words, as printed. */
  serviceHours: z.string().trim().min(1).default('24/7'),
  /** The service window the downtime is computed over; null: the whole day, every day. */
  serviceWindow: ServiceWindowSchema.nullable().default(null),
  measurementPeriod: z.enum(['month', 'quarter', 'year']).default('month'),
  credits: z.array(SlaCreditSchema).default([]),
  /** Ceiling on all credits in one measurement period (percent of its fee); null: the top step. */
  creditCapPercent: z.number().gt(0).max(100).nullable().default(null),
  /** Whether credits are the customer's only remedy for missed service levels. */
  creditsExclusive: z.boolean().default(false),
  severities: z.array(SlaSeveritySchema).default([
    { severity: 'critical', responseHours: 1, fixHours: 4 },
    { severity: 'high', responseHours: 2, fixHours: 8 },
    { severity: 'medium', responseHours: 8, fixHours: 40 },
    { severity: 'low', responseHours: 40, fixHours: 160 },
  ]),
  /** How availability is measured. */
  measurement: z.enum(['external-probe', 'supplier-monitoring']).default('external-probe'),
  maintenance: z
    .strictObject({
      /** Days of notice before planned maintenance. */
      noticeDays: z.number().int().min(0).max(365).default(5),
      /** Planned maintenance allowed per month, in hours, outside the service window. */
      maxHoursPerMonth: z.number().min(0).max(744).default(8),
      /** Whether planned maintenance inside the service window counts as downtime. */
      countsAsDowntime: z.boolean().default(true),
    })
    .default({ noticeDays: 5, maxHoursPerMonth: 8, countsAsDowntime: true }),
});

// Amounts are kept in whole øre as safe integers; a trillion kroner is far above any contract and
// far below where floating point starts to lose øre.
const MAX_AMOUNT = 1e12;

export const PriceLineSchema = z.strictObject({
  description: text,
  quantity: z.number().nonnegative().max(1e9),
  unit: text,
  unitPrice: z.number().nonnegative().max(MAX_AMOUNT, { message: 'prices.too-large' }),
  recurring: z.enum(['once', 'month', 'year']).default('once'),
});

export const PricesSchema = z.strictObject({
  currency: z.enum(['NOK', 'EUR', 'USD', 'SEK', 'DKK']).default('NOK'),
  vatPercent: z.number().min(0).max(100).default(25),
  lines: z
    .array(PriceLineSchema)
    .min(1, { message: 'prices.empty' })
    .refine((lines) => lines.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0) <= MAX_AMOUNT, {
      message: 'prices.too-large',
    }),
  /** How prices may change (SSA-L 4.5), in the parties' words. */
  adjustment: optionalText,
});

export const RequirementChoiceSchema = z.strictObject({
  id: z.string().regex(/^(A|B\.IS|C)\.\d{1,3}$/, { message: 'requirement.id' }),
  /** Absolute ("skal"/"må"): not meeting it rejects the offer. Otherwise evaluated with a weight. */
  absolute: z.boolean().nullable().default(null),
  weight: z.number().int().min(1).max(10).nullable().default(null),
});

// «UK» and «EL» are common but not ISO 3166 codes; refusing them keeps the transfer rules exact.
const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, { message: 'country.code' })
  .refine((code) => !(code in COUNTRY_ALIASES), { message: 'country.alias' });

export const SubprocessorSchema = z.strictObject({
  name: text,
  /** Checked with modulus 11 when the sub-processor is Norwegian. */
  orgNumber: optionalText,
  /** ISO 3166-1 alpha-2 country where the sub-processor is established. */
  country: countryCode,
  service: text,
  /** Where the data is processed, in plain words, as printed. */
  location: text,
  /** Every country the data is processed in or accessed from (ISO codes), support included. */
  processingCountries: z.array(countryCode).default([]),
  transferBasis: z.enum(['none', 'adequacy', 'scc', 'bcr']).default('none'),
});

export const DpaSchema = z.strictObject({
  /**
   * `standard`: Skyavtale's data processing agreement. `supplier`: the supplier insists on its own
   * paper, and Skyavtale writes the art. 28 review checklist for it instead.
   */
  form: z.enum(['standard', 'supplier']).default('standard'),
  subjectMatter: optionalText,
  duration: optionalText,
  nature: optionalText,
  purpose: optionalText,
  dataTypes: z.array(text).default([]),
  specialCategories: z.array(text).default([]),
  dataSubjects: z.array(text).default([]),
  subprocessors: z.array(SubprocessorSchema).default([]),
  /** Hours the processor has to notify the controller of a personal data breach. */
  breachNoticeHours: z.number().int().positive().max(72).default(24),
  instructions: optionalText,
});

export const EXIT_TRIGGERS = [
  'termination',
  'supplier-bankruptcy',
  'end-of-life',
  'new-competition',
  'changed-needs',
  'change-of-ownership',
  'changed-terms',
] as const;

/** The exit plan: how the customer leaves the service with its data (DFØ's exit guidance). */
export const ExitSchema = z.strictObject({
  triggers: z.array(z.enum(EXIT_TRIGGERS)).min(1, { message: 'exit.triggers' }),
  /** Open formats the data is handed over in ("CSV", "JSON", "PDF/A"). */
  dataFormats: z.array(text).min(1, { message: 'exit.formats' }),
  /** From where to where the data moves, in the parties' words. */
  destination: optionalText,
  /** The customer keeps a local copy of its data during the term. */
  localCopy: z.boolean().default(false),
  /** Days from notice until all data is handed over. */
  handoverDays: z.number().int().positive().max(3650).default(30),
  /** Days the supplier assists after handover. */
  assistanceDays: z.number().int().nonnegative().max(3650).default(90),
  /** Days from confirmed handover until the supplier has deleted all copies. */
  deletionDays: z.number().int().positive().max(3650).default(30),
  costs: z.enum(['included', 'hourly-rates', 'fixed-price']).default('hourly-rates'),
});

export const EditSchema = z.strictObject({
  /** Clause ID of the general text (the same in every language). */
  clause: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'clause.id' }),
  action: z.enum(['replace', 'add', 'delete']),
  text: optionalText,
  /** The reason the parties agree to print beside the change, if any. */
  reason: optionalText,
  /** The customer's own note on the change (what it would accept, why); never printed. */
  note: optionalText,
});

/** Answers to the agreement questions; with them `validate` warns when the agreement fits badly. */
export const ProfileSchema = z.strictObject({
  standardService: z.boolean(),
  implementation: z.enum(['none', 'limited', 'significant']),
  platformUse: z.boolean(),
  licencesOnly: z.boolean(),
});

export const CaseSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION, { message: 'schemaVersion.unsupported' }),
  title: text,
  reference: optionalText,
  agreement: z.enum(AGREEMENT_KINDS),
  /**
   * `tender`: the appendix pack suppliers answer, with evaluation and rejection wording.
   * `contract`: the agreement as signed. A final export always speaks as a contract.
   */
  purpose: z.enum(['contract', 'tender']).default('contract'),
  profile: ProfileSchema.nullable().default(null),
  language: z.enum(LANGUAGES).default('nb'),
  customer: PartySchema,
  supplier: PartySchema,
  service: ServiceSchema,
  dates: DatesSchema.default(DatesSchema.parse({})),
  /** Appendices by number ("1".."12"); every appendix the agreement has is ticked yes or no. */
  appendices: z
    .record(z.string().regex(/^\d{1,2}$/, { message: 'appendix.key' }), AppendixSchema)
    .default({}),
  sla: SlaSchema.nullable().default(null),
  prices: PricesSchema.nullable().default(null),
  requirements: z.array(RequirementChoiceSchema).default([]),
  /**
   * Make the NIS2, NSM and ISO 27001 coverage of the chosen requirements as a working paper for
   * the customer: in drafts only, never part of the agreement.
   */
  coverageAppendix: z.boolean().default(false),
  dpa: DpaSchema.nullable().default(null),
  exit: ExitSchema.nullable().default(null),
  edits: z.array(EditSchema).default([]),
});

/** A case file as written by a user (defaults not yet applied). */
export type CaseInput = z.input<typeof CaseSchema>;
/** A parsed, normalised case: every optional value present as null or its default. */
export type Case = z.output<typeof CaseSchema>;
export type Party = Case['customer'];
export type Person = Party['signatories'][number];
export type Dpa = NonNullable<Case['dpa']>;
