import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateCase } from '../../../electron/core/case/validate-case';
import { buildDocuments, catalogOf, renderDocuments } from '../../../electron/core/generate';
import { loadLibrary } from '../../../electron/node/templates/load-library';
import { loadExample } from '../../fixtures/cases';
import { tempDir } from '../../fixtures/cli';
import { FONTS } from '../../fixtures/fonts';

const library = loadLibrary();
const catalog = catalogOf(library);

// The characters the issue found harmful, among ordinary text and Markdown punctuation.
const HOSTILE = ['\ufffe', '\uffff', '\u0000', '\u0007', '\u001b', '\u202e', '\u2066', '\ud800'];
const PLAIN = Array.from('abcXYZ019 æøåÆØÅ«»–§€.,;:?!-*_#>[]()`\\|=+<&{}~\'"/@%$^');
const char = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PLAIN) },
  { weight: 1, arbitrary: fc.constantFrom('\n', '\r\n', '\t', ...HOSTILE) },
);
const text = fc.string({ unit: char, maxLength: 40 });
// Appendix text is Markdown by design; what it prints is checked with Markdown-free words.
const prose = fc.string({
  unit: fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...Array.from('abcæøå ,;:?')) },
    { weight: 1, arbitrary: fc.constantFrom('\n', ...HOSTILE) },
  ),
  maxLength: 60,
});

/** One-line and free-text fields of the SSA-L example that its documents print. */
const PRINTED_FIELDS = [
  'title',
  'reference',
  'customer.name',
  'supplier.name',
  'customer.address.street',
  'customer.address.city',
  'customer.representative.name',
  'customer.representative.title',
  'supplier.signatories.0.name',
  'supplier.signatories.0.title',
  'service.name',
  'service.description',
  'service.dataLocation',
  'sla.serviceHours',
  'prices.lines.0.description',
  'prices.lines.0.unit',
  'dpa.subjectMatter',
  'dpa.nature',
  'dpa.purpose',
  'dpa.dataTypes.0',
];
const PROSE_FIELDS = ['appendices.1.text', 'appendices.2.text'];

type Json = Record<string, unknown>;

function set(root: Json, path: string, value: string): void {
  const keys = path.split('.');
  const last = keys.pop()!;
  const parent = keys.reduce<Json>((node, key) => node[key] as Json, root);
  parent[last] = value;
}

const HARMFUL = new RegExp(`[${HOSTILE.join('')}]`);

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(strings);
}

/** Every string in the example case, by path, so every text field gets hostile input. */
function stringPaths(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string') return [path.join('.')];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
}

/** What a reader sees of a value: the removed characters gone, whitespace left aside. */
function visible(value: string): string {
  return value.replace(new RegExp(HARMFUL, 'g'), '').replace(/\s+/g, '');
}

function pdfText(bytes: Uint8Array, dir: string): string {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
  }).replace(/\s+/g, '');
}

describe('arbitrary text in every field', () => {
  it('never makes validate throw, and what it accepts has no harmful character left', () => {
    const paths = stringPaths(loadExample());
    fc.assert(
      fc.property(fc.constantFrom(...paths), text, (path, value) => {
        const input = loadExample();
        set(input, path, value);
        const result = validateCase(input, catalog, 'nb');
        for (const accepted of strings(result.case)) expect(accepted).not.toMatch(HARMFUL);
      }),
      { numRuns: 400 },
    );
  });

  it('renders what validate accepts, each field literally in the PDF, and DOCX that LibreOffice opens', async () => {
    const dir = tempDir('skyavtale-fuzz-');
    let libreOfficeRuns = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(text, { minLength: PRINTED_FIELDS.length, maxLength: PRINTED_FIELDS.length }),
        fc.array(prose, { minLength: PROSE_FIELDS.length, maxLength: PROSE_FIELDS.length }),
        async (values, proseValues) => {
          const input = loadExample();
          const fields = [...PRINTED_FIELDS, ...PROSE_FIELDS];
          const chosen = [...values, ...proseValues];
          // A distinct start makes each field findable, and never empty (the fields require text).
          const typed = chosen.map((value, i) => `F${i}q${value}`);
          fields.forEach((path, i) => {
            set(input, path, typed[i] ?? '');
          });
          const result = validateCase(input, catalog, 'nb');
          expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
          if (!result.case) return;
          const documents = buildDocuments(result.case, library, { lang: 'nb', guidance: false });
          const render = (format: 'docx' | 'pdf') =>
            renderDocuments(documents, FONTS, {
              formats: [format],
              status: 'draft',
              caseVersion: null,
              caseReference: null,
              date: new Date('2026-12-01T10:00:00Z'),
              attachCase: null,
            });
          const printed = (await render('pdf')).map((f) => pdfText(f.bytes, dir)).join('');
          fields.forEach((path, i) => {
            expect(printed, `${path} = ${JSON.stringify(typed[i])}`).toContain(
              visible(typed[i] ?? ''),
            );
          });
          // LibreOffice takes seconds to start: only the first case is opened with it.
          if (libreOfficeRuns > 0) return;
          libreOfficeRuns++;
          const run = tempDir('skyavtale-fuzz-docx-');
          const docx = await render('docx');
          for (const f of docx) writeFileSync(join(run, f.name), f.bytes);
          execFileSync(
            'soffice',
            [
              '--headless',
              '--norestore',
              `-env:UserInstallation=file://${run}/profile`,
              '--convert-to',
              'pdf',
              '--outdir',
              join(run, 'pdf'),
              ...docx.map((f) => join(run, f.name)),
            ],
            { stdio: 'pipe', timeout: 120_000 },
          );
          expect(readdirSync(join(run, 'pdf')).sort()).toEqual(
            docx.map((f) => f.name.replace(/\.docx$/, '.pdf')).sort(),
          );
        },
      ),
      { numRuns: 3 },
    );
    expect(libreOfficeRuns).toBe(1);
  }, 300_000);
});
