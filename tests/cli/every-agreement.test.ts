import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CaseSchema } from '../../electron/core/case/case-schema';
import { buildDocuments } from '../../electron/core/generate';
import { plainText, type Document } from '../../electron/core/document/model';
import { loadLibrary } from '../../electron/node/templates/load-library';
import { EXAMPLES, examplePath, loadExample } from '../fixtures/cases';
import { cli, tempDir } from '../fixtures/cli';

const library = loadLibrary();

function documentText(doc: Document): string[] {
  return doc.blocks.flatMap((b) => {
    switch (b.kind) {
      case 'heading':
        return [b.text];
      case 'paragraph':
      case 'guidance':
        return [plainText(b.content)];
      case 'list':
        return b.items.map(plainText);
      case 'table':
        return [...b.header, ...b.rows.flat()];
      default:
        return [];
    }
  });
}

describe('every agreement in every language', () => {
  for (const example of Object.values(EXAMPLES)) {
    const c = CaseSchema.parse(JSON.parse(readFileSync(examplePath(example), 'utf8')));
    for (const lang of ['nb', 'nn', 'en'] as const) {
      it(`${example} in ${lang} reads as a contract: no template syntax, undefined, NaN or empty heading`, () => {
        const documents = buildDocuments(c, library, { lang, guidance: false });
        expect(documents.length).toBeGreaterThan(1);
        for (const doc of documents) {
          for (const text of documentText(doc)) {
            expect(text, `${doc.fileStem}: ${text}`).not.toMatch(
              /\{\{|\}\}|\{%|%\}|undefined|NaN|\[object Object\]/,
            );
          }
          doc.blocks.forEach((block, i) => {
            if (block.kind !== 'heading') return;
            expect(block.text.trim(), doc.fileStem).not.toBe('');
            // A heading has something under it: no empty sections left by a condition.
            const next = doc.blocks.slice(i + 1).find((b) => b.kind !== 'page-break');
            expect(
              next && !(next.kind === 'heading' && next.level <= block.level),
              `${doc.fileStem}: «${block.text}» is empty`,
            ).toBe(true);
          });
          expect(doc.blocks.some((b) => b.kind === 'guidance')).toBe(false);
        }
      });
    }
  }

  it('gives the art. 28 review checklist instead of our DPA when the supplier keeps its own', () => {
    const c = CaseSchema.parse({
      ...JSON.parse(readFileSync(examplePath(EXAMPLES.ssaL), 'utf8')),
      dpa: { ...loadExample(EXAMPLES.ssaL).dpa, form: 'supplier' },
    });
    for (const [lang, stem, row] of [
      [
        'nb',
        'Arbeidsdokument – Sjekkliste for leverandørens databehandleravtale',
        'Sletting og tilbakelevering',
      ],
      [
        'nn',
        'Arbeidsdokument – Sjekkliste for databehandlaravtalen til leverandøren',
        'Sletting og tilbakelevering',
      ],
      [
        'en',
        "Working paper – Checklist for the supplier's data processing agreement",
        'Deletion and return',
      ],
    ] as const) {
      const documents = buildDocuments(c, library, { lang, guidance: false });
      expect(documents.some((d) => d.id === 'dpa')).toBe(false);
      const checklist = documents.find((d) => d.id === 'dpa-checklist');
      expect(checklist?.fileStem).toBe(stem);
      const table = checklist?.blocks.find((b) => b.kind === 'table' && b.rows.length >= 14);
      expect(table?.kind === 'table' && table.rows.some((r) => r[1]?.includes(row))).toBe(true);
      expect(documentText(checklist!).join(' ')).toContain('24');
    }
  });

  it('generates the SSA-Sky example in nynorsk and English from the command line', async () => {
    for (const lang of ['nn', 'en']) {
      const out = tempDir();
      const result = await cli(
        'generate',
        EXAMPLES.ssaSky,
        '--out',
        out,
        '--lang',
        lang,
        '--format',
        'pdf',
      );
      expect(result.code, result.stderr).toBe(0);
    }
  });
});
