import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, examplePath, loadExample } from '../fixtures/cases';
import { cli, tempDir } from '../fixtures/cli';

const NOTE = 'Leverandøren tilbød 12 måneder; vi kunne ha godtatt 18.';
const REASON = 'Tjenesten behandler fødselsnummer for hele kommunen.';

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
}

function docxText(path: string): string {
  const xml = new TextDecoder().decode(
    unzipSync(new Uint8Array(readFileSync(path)))['word/document.xml'],
  );
  return xml.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
}

function embedded(path: string): string {
  return execFileSync('pdfdetach', ['-list', path], { encoding: 'utf8' });
}

/** The SSA-L example with a change to the liability cap, its agreed reason and an internal note. */
function caseWithNote(): string {
  const c = loadExample(EXAMPLES.ssaL);
  c.appendices = { ...c.appendices, '7': { included: true } };
  c.edits = [
    {
      clause: 'liability-cap',
      action: 'replace',
      text: 'Samlet erstatning er begrenset til vederlaget for 24 måneder.',
      reason: REASON,
      note: NOTE,
    },
  ];
  const file = join(tempDir(), 'sak-med-notat.json');
  writeFileSync(file, JSON.stringify(c));
  return file;
}

async function generate(caseFile: string, ...options: string[]): Promise<string> {
  const out = tempDir();
  const result = await cli('generate', caseFile, '--out', out, ...options);
  expect(result.code, result.stderr).toBe(0);
  return out;
}

describe('what is sent out holds nothing internal', () => {
  it('prints the agreed reason of a change but never its internal note, in DOCX or PDF', async () => {
    const out = await generate(caseWithNote());
    const files = readdirSync(out).filter((n) => n.endsWith('.pdf') || n.endsWith('.docx'));
    expect(files).toContain('Bilag 07 Endringer i avtaleteksten.pdf');
    for (const name of files) {
      const text = name.endsWith('.pdf') ? pdfText(join(out, name)) : docxText(join(out, name));
      expect(text, name).not.toContain('godtatt 18');
    }
    expect(pdfText(join(out, 'Bilag 07 Endringer i avtaleteksten.pdf'))).toContain(REASON);
    expect(docxText(join(out, 'Bilag 07 Endringer i avtaleteksten.docx'))).toContain(REASON);
  }, 120_000);

  it('embeds no case file in any PDF of a default export, and prints each price adjustment', async () => {
    const adjustments: Record<string, [string, string] | undefined> = {
      [EXAMPLES.ssaL]: ['Bilag 06 Pris.pdf', 'med endringen i SSBs konsumprisindeks'],
      [EXAMPLES.ssaSky]: ['Bilag 07 Pris.pdf', 'omregnet etter Norges Banks kurs på fakturadagen'],
    };
    for (const example of Object.values(EXAMPLES)) {
      const out = await generate(examplePath(example), '--format', 'pdf');
      for (const name of readdirSync(out).filter((n) => n.endsWith('.pdf')))
        expect(embedded(join(out, name)), `${example}: ${name}`).toMatch(/^0 embedded files/);
      const adjustment = adjustments[example];
      if (!adjustment) continue;
      // The price appendix prints the case's adjustment rule under its price provisions.
      const text = pdfText(join(out, adjustment[0]));
      expect(text, example).toContain(adjustment[1]);
      expect(text.indexOf(adjustment[1])).toBeGreaterThan(text.indexOf('Prisbestemmelser'));
    }
  }, 180_000);

  it('embeds the case in every PDF when asked with --attach-case', async () => {
    const out = await generate(caseWithNote(), '--format', 'pdf', '--attach-case');
    for (const name of readdirSync(out).filter((n) => n.endsWith('.pdf')))
      expect(embedded(join(out, name)), name).toMatch(/^1 embedded files\n1: sak\.json/);
    const attached = join(tempDir(), 'sak.json');
    execFileSync('pdfdetach', ['-save', '1', '-o', attached, join(out, '01 SSA-L avtale.pdf')]);
    expect(readFileSync(attached, 'utf8')).toContain(NOTE);
  }, 120_000);
});
