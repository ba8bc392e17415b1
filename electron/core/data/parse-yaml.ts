import type { z } from 'zod';
import { parse } from 'yaml';
import { SkyError } from '../errors';

/** Turns YAML text into plain data; throws on a syntax fault. */
export type YamlReader = (source: string) => unknown;

/** The YAML library's own reading, which a cache of its results stands in for. */
export const readYamlText: YamlReader = (source) => parse(source);

/** Parses YAML and checks it against a schema; any fault names the file (and line) it came from. */
export function parseYamlWith<T extends z.ZodType>(
  schema: T,
  source: string,
  where: string,
  readYaml: YamlReader = readYamlText,
): z.output<T> {
  let data: unknown;
  try {
    data = readYaml(source);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new SkyError(
      'data.yaml-invalid',
      { nb: `ugyldig YAML: ${reason}`, en: `invalid YAML: ${reason}` },
      where,
    );
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(rot)'}: ${issue.message}`)
      .join('; ');
    throw new SkyError(
      'data.schema-invalid',
      {
        nb: `innholdet følger ikke formatet (${detail})`,
        en: `the content does not follow the format (${detail})`,
      },
      where,
    );
  }
  return parsed.data;
}
