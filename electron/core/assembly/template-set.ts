import { z } from 'zod';
import type { AgreementKind, Language } from '../case/case-schema';
import { SkyError } from '../errors';
import { parseYamlWith, type YamlReader } from '../data/parse-yaml';

/** What counts as content for an appendix: the case's own text or a part of its data. */
export const CONTENT_KINDS = ['text', 'sla', 'prices', 'edits', 'exit', 'dpa', 'security'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/**
 * Documents of their own template folders that an appendix can hold: the data processing
 * agreement, the security requirements and the supplier's answers to them.
 */
export const HELD_PARTS = ['dpa', 'security-requirements', 'security-response'] as const;
export type HeldPart = (typeof HELD_PARTS)[number];

export const AgreementManifestSchema = z.strictObject({
  name: z.string().min(1),
  appendices: z.record(
    z.string().regex(/^\d{1,2}$/),
    z.strictObject({
      content: z.array(z.enum(CONTENT_KINDS)).min(1),
      holds: z.array(z.enum(HELD_PARTS)).default([]),
      /** Clauses of the general text that rely on the appendix; `validate` warns when it is «no». */
      citedBy: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/)).default([]),
    }),
  ),
  /** Separate agreements the front page lists among «other appendices» (SSA-L: the DPA). */
  otherAppendices: z.array(z.enum(['dpa'])).default([]),
});

const FrontMatterSchema = z.strictObject({
  title: z.string().min(1),
  short: z.string().min(1).optional(),
});
export type FrontMatter = z.infer<typeof FrontMatterSchema>;

/** One template file, split into its front matter and body. */
export interface TemplateFile {
  /** Path shown in messages, relative to the templates folder. */
  path: string;
  front: FrontMatter;
  body: string;
  /** Line number of the body's first line in the file, so messages point at the real line. */
  bodyLine: number;
}

export interface AppendixSpec {
  number: number;
  content: ContentKind[];
  /** Parts from other template folders printed after the appendix's own text. */
  holds: HeldPart[];
  /** Clause IDs of the general text that rely on this appendix. */
  citedBy: string[];
}

/** Template files by language and by name ("front", "general", "appendix-4"). */
export type LanguageFiles = Record<Language, Record<string, TemplateFile>>;

/** An agreement's templates in every language: front page, general text and appendices. */
export interface AgreementTemplates {
  kind: AgreementKind;
  name: string;
  /** The folder below the templates root, for messages ("agreements/ssa-l"). */
  folder: string;
  appendices: AppendixSpec[];
  otherAppendices: 'dpa'[];
  files: LanguageFiles;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits and checks a template file's front matter. */
export function parseTemplateFile(
  path: string,
  source: string,
  readYaml?: YamlReader,
): TemplateFile {
  const match = FRONT_MATTER.exec(source);
  if (!match) {
    throw new SkyError(
      'template.front-matter-missing',
      {
        nb: 'malen mangler innledende «---»-blokk med title',
        en: 'the template has no leading «---» block with a title',
      },
      `${path}:1`,
    );
  }
  const front = parseYamlWith(FrontMatterSchema, match[1] ?? '', `${path}:1`, readYaml);
  const header = match[0];
  return {
    path,
    front,
    body: source.slice(header.length),
    bodyLine: header.split('\n').length - (header.endsWith('\n') ? 1 : 0) + 1,
  };
}

/** Checks an agreement.yaml file's content. */
export function parseAgreementManifest(
  path: string,
  source: string,
  readYaml?: YamlReader,
): z.infer<typeof AgreementManifestSchema> {
  return parseYamlWith(AgreementManifestSchema, source, path, readYaml);
}

const HEADING_ID_LINE = /^#{1,3}\s.*\{#([a-z0-9][a-z0-9-]*)\}\s*$/gm;

/** Clause IDs of a template in source order, read without assembling it (conditions included). */
export function clauseIdsOf(file: TemplateFile): string[] {
  return [...file.body.matchAll(HEADING_ID_LINE)].map((match) => match[1] ?? '');
}

/** A template file of a folder in one language; a missing one is named with its path. */
export function requireFile(
  files: LanguageFiles,
  lang: Language,
  folder: string,
  name: string,
): TemplateFile {
  const file = files[lang][name];
  if (!file) {
    throw new SkyError(
      'template.missing',
      {
        nb: `malen «${name}.md» mangler på språket «${lang}»`,
        en: `the template «${name}.md» is missing in language «${lang}»`,
      },
      `${folder}/${lang}/${name}.md`,
    );
  }
  return file;
}
