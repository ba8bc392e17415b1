import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { CaseSchema } from '../../electron/core/case/case-schema';
import { buildDocuments } from '../../electron/core/generate';
import { loadLibrary } from '../../electron/node/templates/load-library';
import { EXAMPLES, examplePath } from '../fixtures/cases';
import { cli, tempDir } from '../fixtures/cli';

// Every example in every language, opened by independent tools as the recipient's software
// would: LibreOffice converts each DOCX, poppler reads each PDF, pdf-lib parses it back.
const library = loadLibrary();

function pdftotext(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

function pageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

describe('generated files open and read correctly in other software', () => {
  for (const example of Object.values(EXAMPLES)) {
    for (const lang of ['nb', 'nn', 'en'] as const) {
      it(`${example} in ${lang}`, async () => {
        const out = tempDir('skyavtale-harness-');
        const result = await cli('generate', example, '--out', out, '--lang', lang, '--final');
        expect(result.code, result.stderr).toBe(0);
        const docx = readdirSync(out).filter((n) => n.endsWith('.docx'));
        const converted = tempDir('skyavtale-harness-lo-');
        execFileSync(
          'soffice',
          [
            '--headless',
            '--norestore',
            `-env:UserInstallation=file://${converted}/profile`,
            '--convert-to',
            'pdf',
            '--outdir',
            converted,
            ...docx.map((n) => join(out, n)),
          ],
          { stdio: 'pipe', timeout: 240_000 },
        );

        const c = CaseSchema.parse(JSON.parse(readFileSync(examplePath(example), 'utf8')));
        const documents = buildDocuments(c, library, { lang, guidance: false, final: true });
        for (const doc of documents) {
          const ours = join(out, `${doc.fileStem}.pdf`);
          const theirs = join(converted, `${doc.fileStem}.pdf`);
          // LibreOffice converted the Word file, and its pages agree with ours within a margin
          // (Word's fonts are not ours, so long documents may differ by a page or two).
          const [a, b] = [pageCount(ours), pageCount(theirs)];
          // Every field resolves: no cross-reference points at a bookmark the file lacks.
          expect(pdftotext(theirs), doc.fileStem).not.toMatch(/Reference source not found/i);
          expect(Math.abs(a - b), `${doc.fileStem}: ${a} vs ${b} pages`).toBeLessThanOrEqual(
            Math.max(1, Math.ceil(Math.max(a, b) * 0.25)),
          );
          // Every heading is in our PDF's text, in order.
          const text = squash(pdftotext(ours));
          let from = 0;
          for (const block of doc.blocks) {
            if (block.kind !== 'heading') continue;
            const at = text.indexOf(squash(block.text), from);
            expect(at, `${doc.fileStem}: «${block.text}»`).toBeGreaterThanOrEqual(0);
            from = at;
          }
          // It parses back with its outline and metadata, and without the case file attached.
          const pdf = await PDFDocument.load(readFileSync(ours));
          expect(pdf.getTitle()).toBe(doc.title);
          expect(pdf.catalog.has(PDFName.of('Outlines'))).toBe(true);
          expect(pdf.catalog.has(PDFName.of('Names'))).toBe(false);
          if (doc.blocks.some((b) => b.kind === 'signatures'))
            expect(pdf.getForm().getFields().length).toBeGreaterThanOrEqual(2);
        }
      }, 300_000);
    }
  }
});
