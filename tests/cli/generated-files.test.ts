import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../fixtures/cases';
import { cli, tempDir } from '../fixtures/cli';

// These checks open our files with independent tools (LibreOffice, poppler), as a user's
// software would. .ci/run installs both.
let out: string;

beforeAll(async () => {
  out = tempDir('skyavtale-files-');
  const result = await cli('generate', EXAMPLES.ssaL, '--out', out);
  expect(result.code).toBe(0);
}, 60_000);

function pdftotext(file: string): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

describe('generated SSA-L files', () => {
  it('are PDFs whose text holds the parties, org numbers and Norwegian letters', () => {
    const text = pdftotext(join(out, '01 SSA-L avtale.pdf'));
    for (const expected of [
      'Bærum kommune',
      '935 478 715',
      'Fjordsky Saksbehandling AS',
      '987 654 325',
      'Åse Bråthen',
      'Siri Hægeland',
      'Kari Østby',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Side 1 av \d+/);
    expect(text).not.toMatch(/\{\{|\{%|undefined|NaN/);
  });

  it('are PDFs with their metadata and every page numbered', async () => {
    const pdf = await PDFDocument.load(readFileSync(join(out, '01 SSA-L avtale.pdf')));
    expect(pdf.getTitle()).toBe('Avtale om løpende tjenestekjøp over internett');
    expect(pdf.getAuthor()).toBe('Bærum kommune');
    const pages = pdf.getPageCount();
    expect(pages).toBeGreaterThan(3);
    const text = pdftotext(join(out, '01 SSA-L avtale.pdf'));
    expect(text).toContain(`Side ${pages} av ${pages}`);
  });

  it('print the SLA table and the prices with Norwegian number formats', () => {
    const sla = pdftotext(join(out, 'Bilag 04 Tjenestenivå.pdf'));
    expect(sla).toMatch(/8\s?t 45\s?min 36\s?s/);
    const prices = pdftotext(join(out, 'Bilag 06 Pris.pdf'));
    expect(prices).toMatch(/185\s000,00\skr/);
  });

  it('are DOCX files that LibreOffice opens and converts', () => {
    const convertedDir = tempDir('skyavtale-lo-');
    execFileSync(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${convertedDir}/profile`,
        '--convert-to',
        'pdf',
        '--outdir',
        convertedDir,
        join(out, '01 SSA-L avtale.docx'),
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const converted = join(convertedDir, '01 SSA-L avtale.pdf');
    expect(existsSync(converted)).toBe(true);
    const text = pdftotext(converted);
    for (const expected of [
      'Bærum kommune',
      '935 478 715',
      'Åse Bråthen',
      'Alminnelige bestemmelser',
    ])
      expect(text).toContain(expected);
    expect(readdirSync(convertedDir)).toContain('01 SSA-L avtale.pdf');
  }, 180_000);
});
