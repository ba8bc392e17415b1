import { execFileSync } from 'node:child_process';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../../electron/core/document/model';
import { bookmarkName, renderDocx } from '../../../electron/core/render/docx-writer';
import { sampleDocument } from '../../fixtures/documents';
import { layoutOf } from '../../fixtures/fonts';

async function parts(lang: 'nb' | 'nn' | 'en' = 'nb') {
  const doc = sampleDocument({ lang });
  const bytes = await renderDocx(doc, layoutOf(doc), {
    status: 'final',
    caseReference: '2026/4711',
    caseVersion: 3,
    date: new Date('2026-11-24T10:00:00Z'),
  });
  const zip = unzipSync(bytes);
  return Object.fromEntries(
    Object.entries(zip).map(([name, data]) => [name, strFromU8(data)]),
  ) as Record<string, string>;
}

/** The body of a final, undated DOCX of the document. */
async function documentXml(doc: Document): Promise<string> {
  const bytes = await renderDocx(doc, layoutOf(doc), {
    status: 'final',
    caseReference: null,
    caseVersion: null,
    date: null,
  });
  return strFromU8(unzipSync(bytes)['word/document.xml']!);
}

/** The parts of a DOCX by path, as text. */
async function partsOf(doc: Document): Promise<Record<string, string>> {
  const bytes = await renderDocx(doc, layoutOf(doc), {
    status: 'draft',
    caseReference: '<sak> & "ref"',
    caseVersion: 1,
    date: null,
  });
  return Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]),
  );
}

interface Parsed {
  /** The text of every `w:t`, in order. */
  text: string[];
  /** Every field code: `w:instrText` and `w:fldSimple`'s. */
  fields: string[];
  bookmarkStarts: { id: string; name: string }[];
  bookmarkEnds: string[];
  anchors: string[];
}

// A real, strict XML parser (Python's expat): it refuses what is not well-formed XML 1.0,
// forbidden characters included.
const PARSE = `
import sys, json, xml.parsers.expat
out = {'text': [], 'fields': [], 'bookmarkStarts': [], 'bookmarkEnds': [], 'anchors': []}
stack = []
def start(name, attrs):
    stack.append([name, ''])
    if name == 'w:bookmarkStart': out['bookmarkStarts'].append({'id': attrs['w:id'], 'name': attrs['w:name']})
    if name == 'w:bookmarkEnd': out['bookmarkEnds'].append(attrs['w:id'])
    if name == 'w:fldSimple': out['fields'].append(attrs['w:instr'])
    if name == 'w:hyperlink' and 'w:anchor' in attrs: out['anchors'].append(attrs['w:anchor'])
def end(name):
    el, text = stack.pop()
    if el == 'w:t': out['text'].append(text)
    if el == 'w:instrText': out['fields'].append(text)
def data(d):
    stack[-1][1] += d
p = xml.parsers.expat.ParserCreate()
p.StartElementHandler, p.EndElementHandler, p.CharacterDataHandler = start, end, data
p.Parse(sys.stdin.buffer.read(), True)
print(json.dumps(out))
`;

/** Parses a part, throwing when it is not well-formed. */
function parse(xml: string): Parsed {
  return JSON.parse(
    execFileSync('python3', ['-c', PARSE], { input: xml, encoding: 'utf8' }),
  ) as Parsed;
}

const HOSTILE =
  'a < b && c > d "q" ]]> <w:t>x</w:t> \u0000\u0007\u001b\ufffe\uffff\ud800 { REF c_ch1 \\h }';
const HOSTILE_PRINTED = 'a < b && c > d "q" ]]> <w:t>x</w:t>  { REF c_ch1 \\h }';

describe('the DOCX writer', () => {
  it('numbers clauses with one Word multilevel list, never typed numbers', async () => {
    const { 'word/document.xml': xml, 'word/numbering.xml': numbering } = await parts();
    expect(numbering).toContain('w:lvlText w:val="%1.%2"');
    expect(xml?.match(/<w:numPr>/g)?.length).toBe(18);
    expect(xml).not.toMatch(/>2\.1\t/);
  });

  it('keeps the last lines and every signature line with the next, the final name ending it', async () => {
    const doc = sampleDocument();
    doc.blocks.splice(doc.blocks.length - 1, 0, {
      kind: 'paragraph',
      content: [{ kind: 'text', text: 'Siste linje før signaturene.' }],
      keepWithNext: true,
    });
    const xml = await documentXml(doc);
    const paragraphs = xml.split('<w:p>').slice(1);
    const from = paragraphs.findIndex((p) => p.includes('Siste linje før signaturene.'));
    const kept = paragraphs.slice(from).map((p) => p.includes('<w:keepNext/>'));
    expect(kept.at(-1)).toBe(false);
    expect(kept.slice(0, -1).every(Boolean)).toBe(true);
    expect(paragraphs.at(-1)).toContain('Siri Hægeland');
  });

  it('writes a lettered clause number (a DPA appendix) as text, outside the decimal list', async () => {
    const doc = sampleDocument();
    doc.blocks.push({
      kind: 'heading',
      level: 2,
      number: 'A.1',
      id: 'dpa-a-purpose',
      text: 'Formålet',
    });
    const xml = await documentXml(doc);
    const heading = xml.split('<w:p>').find((p) => p.includes('Formålet'));
    expect(heading).toContain('A.1');
    expect(heading).not.toContain('<w:numPr>');
  });

  it('bookmarks clauses and writes cross-references as REF fields with the current number', async () => {
    const { 'word/document.xml': xml } = await parts();
    expect(xml).toContain(`w:name="${bookmarkName('ch2-1')}"`);
    expect(xml).toMatch(new RegExp(`REF ${bookmarkName('ch2-1')}[^<]*\\\\h`));
  });

  it('writes a cross-reference into another document of the set as its number, not a broken field', async () => {
    const doc = sampleDocument();
    doc.blocks.push({
      kind: 'paragraph',
      content: [
        { kind: 'text', text: 'Prisene står i punkt ' },
        { kind: 'ref', target: 'price-changes', label: '6.4' },
        { kind: 'text', text: ' i avtalen.' },
      ],
    });
    const zip = unzipSync(
      await renderDocx(doc, layoutOf(doc), {
        status: 'draft',
        caseReference: null,
        caseVersion: null,
        date: null,
      }),
    );
    const xml = strFromU8(zip['word/document.xml']!);
    expect(xml).not.toContain(bookmarkName('price-changes'));
    expect(xml).toMatch(/Prisene står i punkt <\/w:t>.*?6\.4/s);
  });

  it('keeps the front page headings out of the contents', async () => {
    const { 'word/document.xml': xml } = await parts();
    expect(xml).toMatch(/<w:pStyle w:val="FrontHeading"\/>.*?Avtalens parter/s);
    const contents = xml!.slice(xml!.indexOf('TOC \\h'), xml!.indexOf('Kapittel 1 – æøå'));
    expect(contents).not.toContain('Avtalens parter');
  });

  it('writes a table of contents with entries and page numbers', async () => {
    const { 'word/document.xml': xml } = await parts();
    expect(xml).toContain('TOC \\h \\o &quot;1-2&quot;');
    expect(xml).toMatch(
      /PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">\d+</,
    );
    expect(xml).toMatch(/Kapittel 3 – æøå ÆØÅ/);
  });

  it('tags the language for spell checking and repeats table headers', async () => {
    expect((await parts('nn'))['word/styles.xml']).toContain('w:lang w:val="nn-NO"');
    const { 'word/document.xml': xml } = await parts('en');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('<w:cantSplit/>');
  });

  it("keeps every table's columns at the page layout's widths, never fitted to their text", async () => {
    const { 'word/document.xml': xml } = await parts();
    const tables = xml!.split('<w:tbl>').slice(1);
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) expect(table).toContain('<w:tblLayout w:type="fixed"/>');
  });

  it('records title, organisation, case reference, version and status as document properties', async () => {
    const files = await parts();
    expect(files['docProps/core.xml']).toContain(
      '<dc:title>Avtale om løpende tjenestekjøp</dc:title>',
    );
    const custom = files['docProps/custom.xml'];
    for (const value of ['Bærum kommune', '2026/4711', '>3<', 'FINAL'])
      expect(custom).toContain(value);
  });

  it('takes the contents page numbers and the page count from the page layout, for Word to refresh', async () => {
    const doc = sampleDocument();
    const layout = layoutOf(doc);
    const files = unzipSync(
      await renderDocx(doc, layout, {
        status: 'draft',
        caseReference: null,
        caseVersion: null,
        date: null,
      }),
    );
    const xml = strFromU8(files['word/document.xml']!);
    const pages = [...xml.matchAll(/PAGEREF _Toc\d+ \\h<\/w:instrText>.*?<w:t[^>]*>(\d+)</g)].map(
      (m) => Number(m[1]),
    );
    expect(pages).toEqual(layout.contents.map((entry) => entry.page + 1));
    expect(new Set(pages).size).toBeGreaterThan(1);
    expect(strFromU8(files['word/footer1.xml']!)).toMatch(
      new RegExp(`NUMPAGES.*?>${layout.pageCount}<`, 's'),
    );
    expect(strFromU8(files['word/settings.xml']!)).toContain('<w:updateFields/>');
  });

  it('gives the same bytes for the same document, dated by the case and not the clock', async () => {
    const doc = sampleDocument();
    const options = {
      status: 'final' as const,
      caseReference: null,
      caseVersion: 2,
      date: new Date('2026-03-12T12:00:00Z'),
    };
    const first = await renderDocx(doc, layoutOf(doc), options);
    // Another document in between moves docx's process-wide bookmark counter.
    await renderDocx(sampleDocument({ title: 'Annen' }), layoutOf(doc), options);
    const second = await renderDocx(doc, layoutOf(doc), options);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const core = strFromU8(unzipSync(first)['docProps/core.xml']!);
    expect(core).toContain('>2026-03-12T12:00:00Z</dcterms:created>');
    const undated = await renderDocx(doc, layoutOf(doc), { ...options, date: null });
    expect(strFromU8(unzipSync(undated)['docProps/core.xml']!)).not.toContain('dcterms:created');
  });

  it('makes bookmark names Word accepts', () => {
    expect(bookmarkName('liquidated-damages')).toBe('c_liquidated_damages');
    expect(bookmarkName('x'.repeat(60))).toHaveLength(40);
  });

  it('writes hostile user text as text: escaped, without the characters XML forbids, never a field', async () => {
    const doc = sampleDocument({ title: HOSTILE, header: HOSTILE });
    doc.meta = { subject: HOSTILE, author: HOSTILE, keywords: [HOSTILE] };
    doc.blocks.push(
      { kind: 'heading', level: 2, number: '6.3', id: 'hostile', text: HOSTILE },
      { kind: 'paragraph', content: [{ kind: 'text', text: HOSTILE, bold: true }] },
      { kind: 'list', ordered: false, items: [[{ kind: 'text', text: HOSTILE }]] },
      { kind: 'table', header: [HOSTILE], rows: [[HOSTILE]] },
    );
    const files = await partsOf(doc);
    for (const [name, xml] of Object.entries(files))
      if (name.endsWith('.xml') || name.endsWith('.rels'))
        expect(() => parse(xml), name).not.toThrow();
    const body = parse(files['word/document.xml']!);
    // The title, the heading, its contents entry, the paragraph, the list item, the two cells.
    expect(body.text.filter((t) => t === HOSTILE_PRINTED)).toHaveLength(7);
    expect(body.fields.some((code) => code.includes('REF c_ch1 \\h }'))).toBe(false);
    expect(parse(files['word/header1.xml']!).text).toEqual([HOSTILE_PRINTED]);
    expect(files['docProps/core.xml']).toContain(
      '<dc:title>a &lt; b &amp;&amp; c &gt; d &quot;q&quot; ]]&gt; &lt;w:t&gt;x&lt;/w:t&gt;  {',
    );
    expect(files['docProps/custom.xml']).toContain('&lt;sak&gt; &amp; &quot;ref&quot;');
  });

  it('closes every bookmark it opens, with ids and names unique, and links only to bookmarks', async () => {
    const doc = sampleDocument();
    const body = parse((await partsOf(doc))['word/document.xml']!);
    const ids = body.bookmarkStarts.map((b) => b.id);
    const names = body.bookmarkStarts.map((b) => b.name);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(names).size).toBe(names.length);
    expect([...body.bookmarkEnds].sort()).toEqual([...ids].sort());
    expect(names.filter((n) => n.startsWith('_Toc'))).toHaveLength(layoutOf(doc).contents.length);
    const targets = [
      ...body.anchors,
      ...body.fields.flatMap((code) => /^(?:PAGEREF|REF) (\S+)/.exec(code)?.[1] ?? []),
    ];
    expect(targets.length).toBeGreaterThan(layoutOf(doc).contents.length * 2);
    for (const target of targets) expect(names).toContain(target);
  });

  it('numbers each clause list that starts again from 1 as a list instance of its own', async () => {
    const doc = sampleDocument();
    doc.blocks.push(
      { kind: 'heading', level: 1, number: '1', id: 'dpa-1', text: 'Databehandleravtalens formål' },
      { kind: 'heading', level: 2, number: '1.1', id: 'dpa-1-1', text: 'Omfang' },
    );
    const { 'word/document.xml': xml, 'word/numbering.xml': numbering } = await partsOf(doc);
    const numIds = [...xml!.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
    const [first, second] = [...new Set(numIds)];
    expect(second).toBeDefined();
    expect(numIds.slice(-2)).toEqual([second, second]);
    for (const id of [first, second]) expect(numbering).toContain(`<w:num w:numId="${id}">`);
  });

  it('puts clauses numbered before any 1 in the first list, one that numbering.xml has', async () => {
    const doc = sampleDocument();
    doc.blocks = doc.blocks.filter((b) => !(b.kind === 'heading' && b.number === '1'));
    const { 'word/document.xml': xml, 'word/numbering.xml': numbering } = await partsOf(doc);
    const numIds = new Set([...xml!.matchAll(/<w:numId w:val="([^"]*)"\/>/g)].map((m) => m[1]));
    expect(numIds.size).toBe(1);
    for (const id of numIds) expect(numbering).toContain(`<w:num w:numId="${id}">`);
  });
});
