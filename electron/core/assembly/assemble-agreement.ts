import type { Case, Language } from '../case/case-schema';
import type { Document } from '../document/model';
import { word } from '../i18n/document-words';
import type { RequirementBank } from '../requirements/bank-schema';
import {
  assembleParts,
  finishDocuments,
  requireFile,
  type AssembleOptions,
  type DraftDocument,
} from './assemble-parts';
import { clauseTexts, type AppendixStatus, type ClauseText } from './data-blocks';
import type { AgreementTemplates, AppendixSpec } from './template-set';

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
      case 'exit':
        return c.exit !== null;
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
    title: requireFile(templates.files, lang, templates.folder, `appendix-${spec.number}`).front
      .title,
    ticked: Boolean(c.appendices[String(spec.number)]?.included) && appendixHasContent(spec, c),
  }));
}

/** The header and properties every document of a case shares. */
export function documentFrame(c: Case, agreementName: string): Pick<Document, 'header' | 'meta'> {
  return {
    header: `${agreementName} – ${c.title}`,
    meta: {
      subject: `${agreementName}: ${c.customer.name} – ${c.supplier.name}`,
      author: c.customer.name,
      keywords: [agreementName, c.service.name, ...(c.reference ? [c.reference] : [])],
    },
  };
}

/** Assembles the agreement itself (front page and general text) and each ticked appendix. */
export function assembleAgreement(
  c: Case,
  templates: AgreementTemplates,
  bank: RequirementBank,
  options: AssembleOptions,
): Document[] {
  const { lang } = options;
  const agreement = { id: templates.kind, name: templates.name };
  const appendices = appendixStatuses(c, templates, lang);
  const base = { case: c, lang, bank, appendices, clauses: new Map<string, ClauseText>() };
  const frame = documentFrame(c, templates.name);

  const front = requireFile(templates.files, lang, templates.folder, 'front');
  const general = requireFile(templates.files, lang, templates.folder, 'general');
  const agreementBlocks = assembleParts(
    [
      { file: front, numbered: false, appendixNumber: null },
      { file: general, numbered: true, appendixNumber: null },
    ],
    agreement,
    base,
  );
  const clauses = clauseTexts(agreementBlocks);
  const drafts: DraftDocument[] = [
    {
      doc: {
        id: 'agreement',
        title: front.front.title,
        fileStem: `01 ${templates.name} ${word('agreement', lang)}`,
        lang,
        ...frame,
      },
      blocks: agreementBlocks,
      path: general.path,
    },
  ];
  for (const appendix of appendices.filter((a) => a.ticked)) {
    const file = requireFile(
      templates.files,
      lang,
      templates.folder,
      `appendix-${appendix.number}`,
    );
    const number = String(appendix.number).padStart(2, '0');
    drafts.push({
      doc: {
        id: `appendix-${appendix.number}`,
        title: file.front.title,
        fileStem: `${word('appendix', lang)} ${number} ${file.front.short ?? file.front.title}`,
        lang,
        ...frame,
      },
      blocks: assembleParts(
        [{ file, numbered: true, appendixNumber: appendix.number }],
        agreement,
        { ...base, clauses },
      ),
      path: file.path,
    });
  }
  return finishDocuments(drafts, options);
}
