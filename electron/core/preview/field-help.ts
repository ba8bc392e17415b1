import { DpaSchema, type Case, type Language } from '../case/case-schema';
import { plainText, type Document } from '../document/model';
import { SkyError } from '../errors';
import { buildDocuments, type Library } from '../generate';
import { previewCase } from './preview-case';

/** The templates' guidance for one part of the case, and the document it comes from. */
export interface PartHelp {
  /** The part's JSON path: `appendices.4`, `sla`, `dpa`. */
  path: string;
  /** The title of the document the guidance stands in. */
  source: string;
  texts: string[];
}

function guidanceOf(doc: Document | undefined): string[] {
  return (doc?.blocks ?? []).flatMap((b) => (b.kind === 'guidance' ? [plainText(b.content)] : []));
}

// Parts of the case that fill an appendix of their own: the agreement says which one.
const CONTENT_PARTS = { sla: 'sla', prices: 'prices', exit: 'exit', edits: 'edits' } as const;

/**
 * Help for each part of a case, drawn from the guidance (block quotes) of the documents it
 * fills: an appendix's question gets that appendix's guidance, the SLA the guidance of the SLA
 * appendix, and so on. Text and help come from the same template, so they cannot drift apart.
 */
function partHelp(
  documents: Document[],
  library: Library,
  agreement: keyof Library['agreements'],
): PartHelp[] {
  const specs = library.agreements[agreement]?.appendices ?? [];
  const byId = new Map(documents.map((d) => [d.id, d]));
  const appendix = (n: number | undefined) =>
    n === undefined ? undefined : byId.get(`appendix-${n}`);
  const parts: [string, Document | undefined][] = [
    ['appendices', byId.get('agreement')],
    ...specs.map((spec): [string, Document | undefined] => [
      `appendices.${spec.number}`,
      appendix(spec.number),
    ]),
    ...Object.entries(CONTENT_PARTS).map(([part, content]): [string, Document | undefined] => [
      part,
      appendix(specs.find((s) => s.content.includes(content))?.number),
    ]),
    ['dpa', byId.get('dpa')],
    ['requirements', byId.get('security')],
  ];
  return parts.flatMap(([path, doc]) => {
    const texts = guidanceOf(doc);
    return doc && texts.length > 0 ? [{ path, source: doc.title, texts }] : [];
  });
}

/**
 * The case with every appendix of its agreement ticked and given text, and a data processing
 * agreement, so that each document, and so each part's guidance, is there to read.
 */
function everyPart(c: Case, library: Library): Case {
  const specs = library.agreements[c.agreement]?.appendices ?? [];
  return {
    ...c,
    appendices: Object.fromEntries(
      specs.map((spec) => [String(spec.number), { included: true, text: '–' }]),
    ),
    dpa: c.dpa ?? DpaSchema.parse({}),
  };
}

/** The templates' guidance for each part of a case, however far it is answered. */
export function caseHelp(raw: unknown, library: Library, lang: Language | null): PartHelp[] {
  const whole = previewCase(raw);
  if (!whole) return [];
  const c = everyPart(whole.case, library);
  try {
    const documents = buildDocuments(c, library, { lang: lang ?? c.language, guidance: true });
    return partHelp(documents, library, c.agreement);
  } catch (error) {
    if (error instanceof SkyError) return [];
    throw error;
  }
}
