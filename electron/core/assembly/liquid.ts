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
const parsed = new WeakMap<TemplateFile, Template[]>();

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
    let templates = parsed.get(file);
    if (!templates) {
      templates = engine.parse(file.body, file.path);
      parsed.set(file, templates);
    }
    return engine.renderSync(templates, scope) as string;
  } catch (error) {
    throw toSkyError(file, error);
  }
}
