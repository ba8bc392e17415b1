import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CaseSchema } from '../../electron/core/case/case-schema';
import { buildDocuments } from '../../electron/core/generate';
import { plainText, type Document } from '../../electron/core/document/model';
import { loadLibrary } from '../../electron/node/templates/load-library';
import { EXAMPLES, examplePath } from '../fixtures/cases';
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
          for (const block of doc.blocks)
            if (block.kind === 'heading') expect(block.text.trim(), doc.fileStem).not.toBe('');
          expect(doc.blocks.some((b) => b.kind === 'guidance')).toBe(false);
        }
      });
    }
  }

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
