import type { Case, Language } from '../case/case-schema';
import type { Block, Document, Inline } from '../document/model';
import { SkyError } from '../errors';
import { word } from '../i18n/document-words';
import {
  clauseTexts,
  dataBlock,
  type AppendixStatus,
  type BlockContext,
  type ClauseText,
} from './data-blocks';
import { renderTemplate } from './liquid';
import { markdownToBlocks } from './markdown';
import { clauseNumbers, numberHeadings } from './numbering';
import type { AgreementTemplates, AppendixSpec, TemplateFile } from './template-set';

export interface AssembleOptions {
  lang: Language;
  /** Keep guidance for the person filling in (drafts only). */
  guidance: boolean;
}

/** Whether the case gives an appendix anything to say; an empty appendix is ticked «no». */
export function appendixHasContent(spec: AppendixSpec, c: Case): boolean {
  return spec.content.some((kind) => {
    switch (kind) {
      case 'text':
        return Boolean(c.appendices[String(spec.number)]?.text?.trim());
      case 'sla':
        return c.sla !== null;
      case 'prices':
        return c.prices !== null;
      case 'edits':
        return c.edits.length > 0;
    }
  });
}

export function appendixStatuses(
  c: Case,
  templates: AgreementTemplates,
  lang: Language,
): AppendixStatus[] {
  return templates.appendices.map((spec) => ({
    number: spec.number,
    title: requireFile(templates, lang, `appendix-${spec.number}`).front.title,
    ticked: Boolean(c.appendices[String(spec.number)]?.included) && appendixHasContent(spec, c),
  }));
}

function requireFile(templates: AgreementTemplates, lang: Language, name: string): TemplateFile {
  const file = templates.files[lang][name];
  if (!file) {
    throw new SkyError(
      'template.missing',
      {
        nb: `malen «${name}.md» for ${templates.name} mangler på språket «${lang}»`,
        en: `the template «${name}.md» of ${templates.name} is missing in language «${lang}»`,
      },
      `agreements/${templates.kind}/${lang}/${name}.md`,
    );
  }
  return file;
}

function templateScope(
  c: Case,
  templates: AgreementTemplates,
  appendixNumber: number | null,
): object {
  return {
    title: c.title,
    reference: c.reference,
    customer: c.customer,
    supplier: c.supplier,
    service: c.service,
    dates: c.dates,
    sla: c.sla,
    prices: c.prices,
    dpa: c.dpa,
    agreement: { id: templates.kind, name: templates.name },
    appendix: appendixNumber === null ? null : (c.appendices[String(appendixNumber)] ?? null),
  };
}

interface Part {
  file: TemplateFile;
  numbered: boolean;
  appendixNumber: number | null;
}

function assembleParts(
  parts: Part[],
  c: Case,
  templates: AgreementTemplates,
  base: Omit<BlockContext, 'path' | 'appendixNumber'>,
): Block[] {
  const out: Block[] = [];
  for (const [index, part] of parts.entries()) {
    const context: BlockContext = {
      ...base,
      path: part.file.path,
      appendixNumber: part.appendixNumber,
    };
    const markdown = renderTemplate(
      part.file,
      templateScope(c, templates, part.appendixNumber),
      base.lang,
    );
    const blocks = markdownToBlocks(markdown, {
      directive: (name) => dataBlock(name, context),
      onHeadingWithoutId: part.numbered
        ? (text) => {
            throw new SkyError(
              'template.heading-without-id',
              {
                nb: `overskriften «${text}» mangler punkt-ID ({#id})`,
                en: `the heading «${text}» has no clause ID ({#id})`,
              },
              `${part.file.path}:${lineOf(part.file, text)}`,
            );
          }
        : undefined,
    });
    if (index > 0) out.push({ kind: 'page-break' });
    out.push(...(part.numbered ? numberHeadings(blocks) : blocks));
  }
  return out;
}

function lineOf(file: TemplateFile, text: string): number {
  const index = file.body.split('\n').findIndex((line) => line.includes(text));
  return index < 0 ? file.bodyLine : file.bodyLine + index;
}

function resolveRefs(blocks: Block[], numbers: Map<string, string>, path: string): Block[] {
  const resolve = (content: Inline[]): Inline[] =>
    content.map((inline) => {
      if (inline.kind !== 'ref') return inline;
      const label = numbers.get(inline.target);
      if (!label) {
        throw new SkyError(
          'template.unknown-ref',
          {
            nb: `kryssreferansen peker på punkt-ID «${inline.target}», som ikke finnes`,
            en: `the cross-reference points at clause ID «${inline.target}», which does not exist`,
          },
          path,
        );
      }
      return { ...inline, label };
    });
  return blocks.map((block) => {
    switch (block.kind) {
      case 'paragraph':
      case 'guidance':
        return { ...block, content: resolve(block.content) };
      case 'list':
        return { ...block, items: block.items.map(resolve) };
      default:
        return block;
    }
  });
}

/** Assembles every document of the case: the agreement itself and each ticked appendix. */
export function assembleAgreement(
  c: Case,
  templates: AgreementTemplates,
  options: AssembleOptions,
): Document[] {
  const { lang } = options;
  const appendices = appendixStatuses(c, templates, lang);
  const base = { case: c, lang, appendices, clauses: new Map<string, ClauseText>() };
  const header = `${templates.name} – ${c.title}`;
  const meta = {
    subject: `${templates.name}: ${c.customer.name} – ${c.supplier.name}`,
    author: c.customer.name,
    keywords: [templates.name, c.service.name, ...(c.reference ? [c.reference] : [])],
  };

  const front = requireFile(templates, lang, 'front');
  const general = requireFile(templates, lang, 'general');
  const agreementBlocks = assembleParts(
    [
      { file: front, numbered: false, appendixNumber: null },
      { file: general, numbered: true, appendixNumber: null },
    ],
    c,
    templates,
    base,
  );
  const clauses = clauseTexts(agreementBlocks);
  const drafts: { doc: Omit<Document, 'blocks'>; blocks: Block[]; path: string }[] = [
    {
      doc: {
        id: 'agreement',
        title: front.front.title,
        fileStem: `01 ${templates.name} ${word('agreement', lang)}`,
        lang,
        header,
        meta,
      },
      blocks: agreementBlocks,
      path: general.path,
    },
  ];
  for (const appendix of appendices.filter((a) => a.ticked)) {
    const file = requireFile(templates, lang, `appendix-${appendix.number}`);
    const number = String(appendix.number).padStart(2, '0');
    drafts.push({
      doc: {
        id: `appendix-${appendix.number}`,
        title: file.front.title,
        fileStem: `${word('appendix', lang)} ${number} ${file.front.short ?? file.front.title}`,
        lang,
        header,
        meta,
      },
      blocks: assembleParts(
        [{ file, numbered: true, appendixNumber: appendix.number }],
        c,
        templates,
        { ...base, clauses },
      ),
      path: file.path,
    });
  }

  // Cross-references may point into the general text from any document of the set.
  const numbers = new Map<string, string>();
  for (const draft of drafts) for (const [id, n] of clauseNumbers(draft.blocks)) numbers.set(id, n);
  return drafts.map(({ doc, blocks, path }) => {
    const resolved = resolveRefs(blocks, numbers, path);
    return {
      ...doc,
      blocks: options.guidance ? resolved : resolved.filter((b) => b.kind !== 'guidance'),
    };
  });
}
