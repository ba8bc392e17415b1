import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
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

const runs = Object.values(EXAMPLES).flatMap((example) =>
  (['nb', 'nn', 'en'] as const).map((lang) => ({
    example,
    lang,
    out: tempDir('skyavtale-harness-'),
    // Each run's files reach LibreOffice under a name of their own, so one start converts all.
    prefix: `${basename(example, '.json')}-${lang}`,
  })),
);
const converted = tempDir('skyavtale-harness-lo-');

beforeAll(async () => {
  const inbox = tempDir('skyavtale-harness-docx-');
  for (const run of runs) {
    const result = await cli(
      'generate',
      run.example,
      '--out',
      run.out,
      '--lang',
      run.lang,
      '--final',
    );
    if (result.code !== 0) throw new Error(`${run.example} (${run.lang}): ${result.stderr}`);
    for (const name of readdirSync(run.out).filter((n) => n.endsWith('.docx')))
      copyFileSync(join(run.out, name), join(inbox, `${run.prefix} ${name}`));
  }
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
      ...readdirSync(inbox).map((n) => join(inbox, n)),
    ],
    { stdio: 'pipe', timeout: 600_000 },
  );
}, 900_000);

describe('generated files open and read correctly in other software', () => {
  for (const { example, lang, out, prefix } of runs) {
    it(`${example} in ${lang}`, async () => {
      const c = CaseSchema.parse(JSON.parse(readFileSync(examplePath(example), 'utf8')));
      const documents = buildDocuments(c, library, { lang, guidance: false, final: true });
      for (const doc of documents) {
        const ours = join(out, `${doc.fileStem}.pdf`);
        const theirs = join(converted, `${prefix} ${doc.fileStem}.pdf`);
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
    });
  }
});
