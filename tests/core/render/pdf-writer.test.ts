import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../../electron/core/document/model';
import { readPdfStamp } from '../../../electron/core/render/pdf/pdf-stamp';
import { renderPdf, type PdfOptions } from '../../../electron/core/render/pdf/pdf-writer';
import { tempDir } from '../../fixtures/cli';
import { sampleDocument } from '../../fixtures/documents';
import { FONTS, layoutOf } from '../../fixtures/fonts';

const draft: PdfOptions = {
  date: new Date('2026-11-24T10:00:00Z'),
  status: 'draft',
  docxSha256: null,
  caseVersion: null,
  attachment: { name: 'sak.json', bytes: new TextEncoder().encode('{"title":"Testsak"}') },
};

// Text extraction reads the slanted watermark into the lines it crosses; layout tests go without.
const unmarked: PdfOptions = { ...draft, status: 'final' };

const pdfOf = (
  doc: Document = sampleDocument(),
  options: PdfOptions = draft,
): Promise<Uint8Array> => renderPdf(doc, layoutOf(doc), FONTS, options);

function pagesText(bytes: Uint8Array): string[] {
  const file = join(tempDir(), 'doc.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
  }).split('\f');
}

describe('the PDF writer', () => {
  it('puts the contents after the front page, each title dotted to the page its heading is on', async () => {
    const pages = pagesText(await pdfOf(sampleDocument(), unmarked));
    const contents = pages.findIndex((p) => p.includes('Innhold'));
    expect(pages[0]).toContain('Avtalens parter');
    expect(contents).toBe(1);
    for (const chapter of [1, 4, 6]) {
      const line = pages[contents]!.split('\n').find((l) => l.includes(`Kapittel ${chapter} –`))!;
      // Dots lead from the title to its page, as the dotted tab of the DOCX contents.
      const page = Number(/– æøå ÆØÅ \.{10,} (\d+)\s*$/.exec(line)![1]);
      expect(pages[page - 1]).toMatch(new RegExp(`${chapter}\\s+Kapittel ${chapter} – æøå ÆØÅ`));
    }
  });

  it('numbers every page «Side X av Y» and repeats table headers on every page the table spans', async () => {
    const pages = pagesText(await pdfOf(sampleDocument(), unmarked)).filter((p) => p.trim());
    pages.forEach((page, i) => {
      expect(page).toContain(`Side ${i + 1} av ${pages.length}`);
    });
    const tablePages = pages.filter((p) => p.includes('Krav ') && p.includes('☐ Ja'));
    expect(tablePages.length).toBeGreaterThan(1);
    for (const page of tablePages) expect(page).toMatch(/Krav\s+Svar/);
  });

  it('starts a page rather than part the signatures from their heading and last lines', async () => {
    // One-line paragraphs move the signature section down the page in small steps, past the foot.
    for (let lines = 20; lines <= 50; lines += 3) {
      const doc = sampleDocument({
        blocks: [
          ...Array.from({ length: lines }, () => ({
            kind: 'paragraph' as const,
            content: [{ kind: 'text' as const, text: 'Én linje.' }],
          })),
          {
            kind: 'heading',
            level: 1,
            number: null,
            id: 'signatures',
            text: 'Signaturer',
            keepWithNext: true,
          },
          {
            kind: 'paragraph',
            content: [{ kind: 'text', text: 'Siste linje før signaturene.' }],
            keepWithNext: true,
          },
          {
            kind: 'signatures',
            parties: [
              {
                role: 'Kunde',
                name: 'Bærum kommune',
                signatories: [{ name: 'Åse Bråthen', title: null }],
              },
              {
                role: 'Leverandør',
                name: 'Fjordsky AS',
                signatories: [{ name: 'Siri Hægeland', title: null }],
              },
            ],
          },
        ],
      });
      const pages = pagesText(await renderPdf(doc, layoutOf(doc), FONTS, draft));
      const page = pages.find((p) => p.includes('Signaturer'));
      expect(page, `${lines} lines`).toContain('Siste linje før signaturene.');
      expect(page, `${lines} lines`).toContain('Åse Bråthen');
      expect(page, `${lines} lines`).toContain('Siri Hægeland');
    }
  });

  it('never leaves a heading at a page foot when the table under it starts with a tall row', async () => {
    // One-line paragraphs move the heading down the page in small steps, past the foot.
    for (let lines = 30; lines <= 60; lines += 2) {
      const doc = sampleDocument({
        blocks: [
          ...Array.from({ length: lines }, () => ({
            kind: 'paragraph' as const,
            content: [{ kind: 'text' as const, text: 'Én linje.' }],
          })),
          { kind: 'heading', level: 1, number: '1', id: 'checks', text: 'Kontrollpunkter' },
          {
            kind: 'table',
            header: ['Nr.', 'Krav'],
            rows: [['1', 'Et langt krav som bryter over mange linjer i cellen. '.repeat(12)]],
            widths: [1, 9],
          },
        ],
      });
      const pages = pagesText(await pdfOf(doc, unmarked));
      const withHeading = pages.find(
        (p) => /1\s+Kontrollpunkter/.test(p) && !p.includes('Innhold'),
      );
      expect(withHeading, `after ${lines} lines`).toMatch(/Nr\.\s+Krav/);
    }
  }, 60_000);

  it('has an outline, links for cross-references, a signature field per signatory and the case attached', async () => {
    const pdf = await PDFDocument.load(await pdfOf());
    expect(pdf.catalog.get(PDFName.of('Outlines'))).toBeDefined();
    const fields = pdf
      .getForm()
      .getFields()
      .map((f) => f.getName());
    expect(fields).toEqual(['Signatur Kunde 1', 'Signatur Leverandør 1']);
    const names = pdf.catalog
      .lookup(PDFName.of('Names'), PDFDict)
      .lookup(PDFName.of('EmbeddedFiles'), PDFDict);
    expect(names.lookup(PDFName.of('Names'), PDFArray).size()).toBe(2);
    const links = pdf.getPages().flatMap((page) => {
      const annots = page.node.Annots();
      return annots
        ? annots
            .asArray()
            .map((ref) => pdf.context.lookup(ref, PDFDict).get(PDFName.of('Subtype'))?.toString())
        : [];
    });
    expect(links.filter((s) => s === '/Link').length).toBeGreaterThan(18);
    expect(pdf.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(nb-NO)');
  });

  it('marks drafts with a watermark and final exports with FINAL and the DOCX fingerprint', async () => {
    const draftPdf = await pdfOf();
    const finalOptions = {
      ...draft,
      status: 'final' as const,
      docxSha256: 'ab'.repeat(32),
      caseVersion: 4,
    };
    const finalPdf = await pdfOf(sampleDocument(), finalOptions);
    expect(await readPdfStamp(draftPdf)).toEqual({
      status: 'DRAFT',
      docxSha256: null,
      caseVersion: null,
    });
    expect(await readPdfStamp(finalPdf)).toEqual({
      status: 'FINAL',
      docxSha256: 'ab'.repeat(32),
      caseVersion: '4',
    });
    // The watermark is set at an angle, so text extraction returns its letters out of order.
    const letters = (bytes: Uint8Array) =>
      Array.from((pagesText(bytes)[0] ?? '').replace(/\s/g, '')).sort();
    const extra = letters(draftPdf);
    for (const letter of letters(finalPdf)) extra.splice(extra.indexOf(letter), 1);
    expect(extra.join('')).toBe(Array.from('UTKAST').sort().join(''));
    const loaded = await PDFDocument.load(finalPdf);
    expect(loaded.getKeywords()).toContain('FINAL');
  });

  it('gives the same bytes for the same document, dated by the case and not the clock', async () => {
    const first = await pdfOf();
    await pdfOf(sampleDocument({ title: 'Annen' }));
    expect(Buffer.from(await pdfOf()).equals(Buffer.from(first))).toBe(true);
    const loaded = await PDFDocument.load(first, { updateMetadata: false });
    expect(loaded.getCreationDate()?.toISOString()).toBe('2026-11-24T10:00:00.000Z');
    const undated = await PDFDocument.load(
      await pdfOf(sampleDocument(), { ...draft, date: null }),
      {
        updateMetadata: false,
      },
    );
    expect(undated.getCreationDate()).toBeUndefined();
  });

  it('embeds its fonts as subsets', async () => {
    const bytes = await pdfOf();
    const file = join(tempDir(), 'f.pdf');
    writeFileSync(file, bytes);
    expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toMatch(
      /Arimo-Regular\S*\s+CID TrueType\s+Identity-H\s+yes/,
    );
    // The full faces weigh over 2 MB; subsets keep a seven-page contract small.
    const full = Object.values(FONTS).reduce((n, font) => n + font.byteLength, 0);
    expect(full).toBeGreaterThan(2_000_000);
    expect(bytes.byteLength).toBeLessThan(250_000);
  });

  it('draws every glyph from the subset it embeds, in every face, whatever its number there', async () => {
    // Enough distinct characters that the subset numbers glyphs as the bytes a literal string
    // escapes (CR, parentheses, backslash) and above ASCII.
    const chars = [
      ...Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i)),
      ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(161 + i)).filter(
        (c) => c !== '\u00ad',
      ),
      ...Array.from('æøåÆØÅ§«»–'),
    ];
    const words = Array.from({ length: Math.ceil(chars.length / 8) }, (_, i) =>
      chars.slice(8 * i, 8 * i + 8).join(''),
    );
    // Then backwards, so that a glyph coded «)» comes before the one coded «(».
    const text = [...words, ...words.map((w) => Array.from(w).reverse().join('')).reverse()].join(
      ' ',
    );
    const faces = [{}, { bold: true }, { italic: true }, { bold: true, italic: true }];
    const doc = sampleDocument({
      blocks: [
        ...faces.map((style) => ({
          kind: 'paragraph' as const,
          content: [{ kind: 'text' as const, text, ...style }],
        })),
        { kind: 'paragraph', content: [{ kind: 'text', text: '☐ Ja ☐ Nei' }] },
      ],
    });
    const bytes = await pdfOf(doc, unmarked);
    const extracted = pagesText(bytes).join('').replace(/\s/g, '');
    const expected = text.replace(/\s/g, '');
    expect(extracted.split(expected).length - 1).toBe(faces.length);
    expect(extracted).toContain('☐Ja☐Nei');
    const file = join(tempDir(), 'faces.pdf');
    writeFileSync(file, bytes);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    for (const face of [
      'Arimo-Regular',
      'Arimo-Bold',
      'Arimo-Italic',
      'Arimo-BoldItalic',
      'DejaVuSans',
    ])
      expect(fonts).toMatch(new RegExp(`\\n${face}-\\d+\\s+CID TrueType\\s+Identity-H\\s+yes`));
  });

  it('embeds only the faces a document is drawn in', async () => {
    const file = join(tempDir(), 'plain.pdf');
    writeFileSync(file, await pdfOf(sampleDocument(), unmarked));
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toMatch(/Arimo-Regular/);
    expect(fonts).not.toMatch(/Italic/);
  });
});
