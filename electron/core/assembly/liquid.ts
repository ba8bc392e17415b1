import { Liquid, LiquidError, type Template } from 'liquidjs';
import type { Language } from '../case/case-schema';
import { SkyError } from '../errors';
import { formatAmount, formatDate } from '../i18n/format';
import { formatOrgNumber } from '../rules/orgnr';
import type { TemplateFile } from './template-set';

// Values are inserted as text: every ASCII punctuation mark is escaped (CommonMark takes any
// of them literally after a backslash) and line breaks become spaces, so a customer named
// "*Bygg* [AS]", "1. Bygg" or "---" stays a name instead of formatting, a list or a page break.
const MARKDOWN_SPECIAL = /[!-/:-@[-`{-~]/g;
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085\v\f]/g;

function escapeMarkdown(value: unknown): string {
  const text =
    typeof value === 'string'
      ? value
      : value === null || value === undefined
        ? ''
        : JSON.stringify(value);
  return text.replace(LINE_BREAK, ' ').replace(MARKDOWN_SPECIAL, (char) => `\\${char}`);
}

function createEngine(lang: Language): Liquid {
  const engine = new Liquid({
    strictVariables: true,
    strictFilters: true,
    ownPropertyOnly: true,
    outputEscape: escapeMarkdown,
    // Templates come from strings we load ourselves; include/render tags must not reach the disk.
    relativeReference: false,
    greedy: false,
  });
  engine.registerFilter('date', (value: unknown) =>
    typeof value === 'string' ? formatDate(value, lang) : '',
  );
  engine.registerFilter('orgnr', (value: unknown) =>
    typeof value === 'string' ? formatOrgNumber(value) : '',
  );
  engine.registerFilter('amount', (value: unknown) =>
    typeof value === 'number' ? formatAmount(value, lang) : '',
  );
  return engine;
}

const engines = new Map<Language, Liquid>();

/**
 * Parsed templates by language and text: a library loaded again (each command, each change of
 * the template folder) parses only what changed, and the command line's start-up snapshot starts
 * with the shipped templates parsed, about 25 ms of a cold command. Keyed by the whole text, it
 * cannot give an edited template's old form. Emptied when it holds more than a library's worth
 * many times over, as a long session editing templates would grow it.
 */
const parsed = new Map<string, Template[]>();
const PARSED_MAX = 4000;

function parse(engine: Liquid, file: TemplateFile, lang: Language): Template[] {
  const key = `${lang}\n${file.path}\n${file.body}`;
  let templates = parsed.get(key);
  if (!templates) {
    templates = engine.parse(file.body, file.path);
    if (parsed.size >= PARSED_MAX) parsed.clear();
    parsed.set(key, templates);
  }
  return templates;
}

function engineFor(lang: Language): Liquid {
  let engine = engines.get(lang);
  if (!engine) {
    engine = createEngine(lang);
    engines.set(lang, engine);
  }
  return engine;
}

function toSkyError(file: TemplateFile, error: unknown): SkyError {
  if (error instanceof LiquidError) {
    const [line] = error.token.getPosition();
    const reason = error.message.replace(/, line:\d+, col:\d+$/, '');
    const unknown = /^undefined (variable|filter): (.+)$/.exec(reason);
    return new SkyError(
      'template.liquid',
      unknown
        ? {
            nb: `ukjent navn «${unknown[2] ?? ''}» i malen`,
            en: `unknown name «${unknown[2] ?? ''}» in the template`,
          }
        : { nb: `feil i malen: ${reason}`, en: `error in the template: ${reason}` },
      `${file.path}:${file.bodyLine + (line ?? 1) - 1}`,
    );
  }
  throw error;
}

/** Fills a template's variables and conditions; the result is Markdown. */
export function renderTemplate(file: TemplateFile, scope: object, lang: Language): string {
  const engine = engineFor(lang);
  try {
    return engine.renderSync(parse(engine, file, lang), scope) as string;
  } catch (error) {
    throw toSkyError(file, error);
  }
}
