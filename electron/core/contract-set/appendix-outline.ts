import { AGREEMENT_KINDS, LANGUAGES, type AgreementKind, type Language } from '../case/case-schema';
import { word } from '../i18n/document-words';
import { requireFile, type AgreementTemplates, type ContentKind } from '../assembly/template-set';

/** A part of the case an appendix is made from besides its own text (agreement.yaml `content`). */
export type GeneratedContent = Exclude<ContentKind, 'text'>;

export interface OutlineAppendix {
  /** The appendix number as the case keys it ("4"). */
  key: string;
  /** The template's title without its «Bilag 4 – » prefix, in every language. */
  title: Record<Language, string>;
  /** The part of the case the appendix is also made from; null when it has only its own text. */
  generated: GeneratedContent | null;
}

export interface AgreementOutline {
  appendices: OutlineAppendix[];
  /** The appendix that holds the changes to the general text (appendix 7 in SSA-L). */
  editsAppendix: string | null;
}

/** Every agreement's appendices: what the editor shows before any document is assembled. */
export type AppendixOutline = Record<AgreementKind, AgreementOutline>;

/** The appendices of an agreement, read from its templates in numeric order. */
export function agreementOutline(templates: AgreementTemplates): AgreementOutline {
  const appendices = templates.appendices.map((spec): OutlineAppendix => {
    const name = `appendix-${spec.number}`;
    const title = Object.fromEntries(
      LANGUAGES.map((lang) => {
        const full = requireFile(templates.files, lang, templates.folder, name).front.title;
        const prefix = `${word('appendix', lang)} ${spec.number} – `;
        return [lang, full.startsWith(prefix) ? full.slice(prefix.length) : full];
      }),
    ) as Record<Language, string>;
    const generated = spec.content.find((kind): kind is GeneratedContent => kind !== 'text');
    return { key: String(spec.number), title, generated: generated ?? null };
  });
  return {
    appendices,
    editsAppendix: appendices.find((a) => a.generated === 'edits')?.key ?? null,
  };
}

/** The outline of every agreement; an agreement whose templates are missing has no appendices. */
export function appendixOutline(
  agreements: Partial<Record<AgreementKind, AgreementTemplates>>,
): AppendixOutline {
  return Object.fromEntries(
    AGREEMENT_KINDS.map((kind) => {
      const templates = agreements[kind];
      return [
        kind,
        templates ? agreementOutline(templates) : { appendices: [], editsAppendix: null },
      ];
    }),
  ) as AppendixOutline;
}

/**
 * The appendices an agreement fills from a part of the case (SLA → appendix 4 in SSA-L; the
 * security requirements → appendices 1 and 2, the answers being the supplier's).
 */
export function appendicesFor(outline: AgreementOutline, content: GeneratedContent): string[] {
  return outline.appendices.filter((a) => a.generated === content).map((a) => a.key);
}

/** Ticks the appendices that show a part the user just turned on; a lone part would be left out. */
export function tickAppendixFor(
  outline: AppendixOutline,
  c: {
    agreement: AgreementKind;
    appendices?: Record<string, { included: boolean; text?: string | null }>;
  },
  content: GeneratedContent,
): void {
  const keys = appendicesFor(outline[c.agreement], content);
  if (keys.length === 0) return;
  const appendices = { ...(c.appendices ?? {}) };
  for (const key of keys)
    appendices[key] = { text: null, ...(appendices[key] ?? {}), included: true };
  c.appendices = appendices;
}
