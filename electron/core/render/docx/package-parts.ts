import {
  AlignmentType,
  BorderStyle,
  Document as DocxDocument,
  Footer,
  Header,
  LevelFormat,
  LineRuleType,
  Packer,
  Paragraph,
  type IParagraphStylePropertiesOptions,
  type ISpacingProperties,
} from 'docx';
import { strFromU8, strToU8 } from 'fflate';
import type { Language } from '../../case/case-schema';
import { LANGUAGE_TAG } from '../../i18n/document-words';
import {
  AFTER_TABLE,
  BODY,
  COLORS,
  CONTENTS_ENTRY,
  CONTENTS_HEADING,
  FONT_FAMILY,
  GUIDANCE,
  HEADING,
  LIST,
  PAGE,
  RUNNING,
  SIGNATURE,
  TABLE,
  TITLE,
  halfPoints,
  twips,
  type ParagraphLook,
} from '../typography';
import type { DocumentFrame } from './document-xml';
import { headOf } from './xml';
import { CONSTANT_LEVEL, zipEntry, type ZipEntry } from './zip';

const CLAUSES = 'clauses';

/** The custom document properties, in their order; their values are each document's. */
export const CUSTOM_PROPERTIES = [
  'Organisasjon',
  'Saksreferanse',
  'Saksversjon',
  'Status',
] as const;

/** A look's spacing as Word stores it: an exact line height and space before, none after. */
function spacing(look: ParagraphLook): ISpacingProperties {
  return {
    before: twips(look.before),
    after: 0,
    line: twips(look.line),
    lineRule: LineRuleType.EXACT,
  };
}

// Two lines at least at either end of a split paragraph, as the page layout keeps them. docx
// writes this from a style, though its types offer it on single paragraphs only.
const WIDOW_CONTROL = { widowControl: true } as unknown as IParagraphStylePropertiesOptions;

// Chapters and the front page's headings look alike; only chapters are in the contents.
const CHAPTER_LOOK = {
  run: { font: FONT_FAMILY, size: halfPoints(HEADING[1].size), bold: true, color: COLORS.accent },
  paragraph: { spacing: spacing(HEADING[1]), keepNext: true },
};

const clauseLevel = (level: number, text: string, indent: number) => ({
  level,
  format: LevelFormat.DECIMAL,
  text,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left: indent, hanging: indent } } },
});

/**
 * A Word file with the document's styles and clause list and an empty body: docx writes the
 * parts whose form is intricate and the same for every document of a language. One paragraph
 * per instance of the clause list makes docx write a `w:num` for each.
 */
function skeletonFile(lang: Language, listInstances: number): DocxDocument {
  const language = { value: LANGUAGE_TAG[lang] };
  return new DocxDocument({
    creator: 'Skyavtale',
    customProperties: CUSTOM_PROPERTIES.map((name) => ({ name, value: '' })),
    features: { updateFields: true },
    numbering: {
      config: [
        {
          reference: CLAUSES,
          levels: [
            clauseLevel(0, '%1', twips(HEADING[1].indent)),
            clauseLevel(1, '%1.%2', twips(HEADING[2].indent)),
            clauseLevel(2, '%1.%2.%3', twips(HEADING[3].indent)),
          ],
        },
      ],
    },
    styles: {
      default: {
        document: {
          run: { font: FONT_FAMILY, size: halfPoints(BODY.size), language },
          paragraph: { spacing: spacing(BODY), ...WIDOW_CONTROL },
        },
        title: {
          run: {
            font: FONT_FAMILY,
            size: halfPoints(TITLE.size),
            bold: true,
            color: COLORS.accent,
          },
          paragraph: { spacing: spacing(TITLE) },
        },
        heading1: CHAPTER_LOOK,
        heading2: {
          run: {
            font: FONT_FAMILY,
            size: halfPoints(HEADING[2].size),
            bold: true,
            color: COLORS.accent,
          },
          paragraph: { spacing: spacing(HEADING[2]), keepNext: true },
        },
        heading3: {
          run: {
            font: FONT_FAMILY,
            size: halfPoints(HEADING[3].size),
            bold: true,
            italics: true,
            color: COLORS.accent,
          },
          paragraph: { spacing: spacing(HEADING[3]), keepNext: true },
        },
      },
      paragraphStyles: [
        {
          id: 'FrontHeading',
          name: 'Front Heading',
          basedOn: 'Normal',
          next: 'Normal',
          run: CHAPTER_LOOK.run,
          paragraph: CHAPTER_LOOK.paragraph,
        },
        {
          id: 'Guidance',
          name: 'Guidance',
          basedOn: 'Normal',
          run: { italics: true, color: COLORS.guidance },
          paragraph: {
            indent: { left: twips(GUIDANCE.indent) },
            border: {
              left: { style: BorderStyle.SINGLE, size: 12, color: COLORS.guidance, space: 4 },
            },
          },
        },
        {
          id: 'ListItem',
          name: 'List Item',
          basedOn: 'Normal',
          paragraph: {
            indent: { left: twips(LIST.indent), hanging: twips(LIST.indent - LIST.marker) },
            spacing: spacing(LIST),
          },
        },
        {
          id: 'TableText',
          name: 'Table Text',
          basedOn: 'Normal',
          run: { size: halfPoints(TABLE.size) },
          paragraph: { spacing: spacing({ size: TABLE.size, line: TABLE.line, before: 0 }) },
        },
        {
          id: 'AfterTable',
          name: 'After Table',
          basedOn: 'Normal',
          paragraph: { spacing: spacing(AFTER_TABLE) },
        },
        {
          id: 'Signature',
          name: 'Signature',
          basedOn: 'Normal',
          paragraph: { spacing: spacing(SIGNATURE) },
        },
        {
          id: 'ContentsHeading',
          name: 'Contents Heading',
          basedOn: 'Normal',
          run: { size: halfPoints(CONTENTS_HEADING.size), bold: true, color: COLORS.accent },
          paragraph: { spacing: spacing(CONTENTS_HEADING) },
        },
        // Word's contents entries, found by these names.
        ...([1, 2] as const).map((level) => ({
          id: `TOC${level}`,
          name: `toc ${level}`,
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: halfPoints(CONTENTS_ENTRY.size), bold: level === 1 },
          paragraph: {
            spacing: spacing(CONTENTS_ENTRY),
            indent: { left: twips((level - 1) * CONTENTS_ENTRY.levelIndent) },
          },
        })),
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(PAGE.width), height: twips(PAGE.height) },
            margin: {
              top: twips(PAGE.margin),
              bottom: twips(PAGE.margin),
              left: twips(PAGE.margin),
              right: twips(PAGE.margin),
              header: twips(RUNNING.edge),
              footer: twips(RUNNING.edge),
            },
          },
        },
        // Their paragraphs are each document's, written in place of these.
        headers: { default: new Header({ children: [new Paragraph({})] }) },
        footers: { default: new Footer({ children: [new Paragraph({})] }) },
        children: Array.from(
          { length: listInstances },
          (_, i) => new Paragraph({ numbering: { reference: CLAUSES, level: 0, instance: i + 1 } }),
        ),
      },
    ],
  });
}

/** The parts of a Word file by path, in their order in the package, as docx writes them. */
type PackageParts = Map<string, string | Uint8Array>;

/**
 * docx's own compiler, which `Packer` zips the parts of: taking the parts from it saves zipping
 * them only to unzip them. `Packer` keeps it private; the DOCX writer's tests open every file.
 */
const compiler = (
  Packer as unknown as {
    compiler: { compile: (file: DocxDocument, prettify: undefined, overrides: []) => PackageParts };
  }
).compiler;

/** A Word package's parts: docx's, the same for many documents, and the frames of the others. */
export interface Skeleton {
  /** Every part in package order, deflated; those written per document are replaced. */
  parts: readonly ZipEntry[];
  document: DocumentFrame;
  /** Each part's XML declaration and root start tag, for the parts written per document. */
  headerHead: string;
  footerHead: string;
  coreHead: string;
  customHead: string;
}

const skeletons = new Map<string, Skeleton>();

/** The parts docx writes for a language and a number of clause lists, made once per process. */
export function skeletonOf(lang: Language, listInstances: number): Skeleton {
  const key = `${lang}/${listInstances}`;
  const cached = skeletons.get(key);
  if (cached) return cached;
  const compiled = compiler.compile(skeletonFile(lang, listInstances), undefined, []);
  const text = (path: string): string => {
    const data = compiled.get(path);
    if (data === undefined) throw new Error(`docx wrote no ${path}`);
    return typeof data === 'string' ? data : strFromU8(data);
  };
  const documentXml = text('word/document.xml');
  const skeleton: Skeleton = {
    parts: [...compiled].map(([path, data]) =>
      zipEntry(path, typeof data === 'string' ? strToU8(data) : data, CONSTANT_LEVEL),
    ),
    document: {
      head: headOf(documentXml, 'w:body'),
      sectPr: documentXml.slice(
        documentXml.lastIndexOf('<w:sectPr'),
        documentXml.lastIndexOf('</w:body>'),
      ),
      numIds: [...documentXml.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => Number(m[1])),
    },
    headerHead: headOf(text('word/header1.xml'), 'w:hdr'),
    footerHead: headOf(text('word/footer1.xml'), 'w:ftr'),
    coreHead: headOf(text('docProps/core.xml'), 'cp:coreProperties'),
    customHead: headOf(text('docProps/custom.xml'), 'Properties'),
  };
  skeletons.set(key, skeleton);
  return skeleton;
}
