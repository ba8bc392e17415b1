import {
  PDFArray,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFPage,
  PDFRef,
  PDFString,
  type PDFObject,
} from 'pdf-lib';

/** A place in the document: a page and a height on it. */
export interface Destination {
  page: PDFPage;
  y: number;
}

export interface OutlineEntry extends Destination {
  title: string;
  level: number;
}

function destinationArray(pdf: PDFDocument, dest: Destination): PDFArray {
  return pdf.context.obj([dest.page.ref, PDFName.of('XYZ'), null, PDFNumber.of(dest.y + 14), null]);
}

/** Writes the PDF outline (bookmarks), nested by heading level. */
export function addOutline(pdf: PDFDocument, entries: OutlineEntry[]): void {
  if (entries.length === 0) return;
  const root = pdf.context.nextRef();
  const refs = entries.map(() => pdf.context.nextRef());
  const ref = (index: number): PDFRef => refs[index] ?? root;
  // Each entry's parent is the nearest earlier entry of a lower level, or the root (-1).
  const parents: number[] = [];
  const kids = new Map<number, number[]>([[-1, []]]);
  const open: number[] = [];
  entries.forEach((entry, i) => {
    while (open.length > 0 && (entries[open[open.length - 1] ?? 0]?.level ?? 0) >= entry.level)
      open.pop();
    const parent = open[open.length - 1] ?? -1;
    parents.push(parent);
    kids.get(parent)?.push(i);
    kids.set(i, []);
    open.push(i);
  });
  const children = (parent: number): number[] => kids.get(parent) ?? [];
  const descendants = (index: number): number =>
    children(index).reduce((n, c) => n + 1 + descendants(c), 0);

  entries.forEach((entry, i) => {
    const siblings = children(parents[i] ?? -1);
    const position = siblings.indexOf(i);
    const own = children(i);
    const dict: Record<string, PDFObject> = {
      Title: PDFHexString.fromText(entry.title),
      Parent: parents[i] === -1 ? root : ref(parents[i] ?? 0),
      Dest: destinationArray(pdf, entry),
    };
    if (position > 0) dict.Prev = ref(siblings[position - 1] ?? 0);
    if (position < siblings.length - 1) dict.Next = ref(siblings[position + 1] ?? 0);
    if (own.length > 0) {
      dict.First = ref(own[0] ?? 0);
      dict.Last = ref(own[own.length - 1] ?? 0);
      // Negative: closed in the viewer's bookmark panel, so long outlines stay readable.
      dict.Count = PDFNumber.of(-descendants(i));
    }
    pdf.context.assign(ref(i), pdf.context.obj(dict));
  });
  const top = children(-1);
  pdf.context.assign(
    root,
    pdf.context.obj({
      Type: 'Outlines',
      First: ref(top[0] ?? 0),
      Last: ref(top[top.length - 1] ?? 0),
      Count: top.length,
    }),
  );
  pdf.catalog.set(PDFName.of('Outlines'), root);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** A clickable area that jumps to a destination (a cross-reference or a table of contents line). */
export function addInternalLink(
  pdf: PDFDocument,
  page: PDFPage,
  rect: [number, number, number, number],
  dest: Destination,
): void {
  const link = pdf.context.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: rect,
    Border: [0, 0, 0],
    Dest: destinationArray(pdf, dest),
  });
  page.node.addAnnot(pdf.context.register(link));
}

/** An empty signature field, so that e-signing tools can sign in place. */
export function addSignatureField(
  pdf: PDFDocument,
  page: PDFPage,
  name: string,
  rect: [number, number, number, number],
): void {
  const form = pdf.getForm();
  const field = pdf.context.obj({
    Type: 'Annot',
    Subtype: 'Widget',
    FT: 'Sig',
    T: PDFString.of(name),
    Rect: rect,
    F: 4,
    P: page.ref,
  });
  const ref = pdf.context.register(field);
  page.node.addAnnot(ref);
  form.acroForm.addField(ref);
}
