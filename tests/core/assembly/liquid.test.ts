import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../../electron/core/assembly/liquid';
import { markdownToBlocks } from '../../../electron/core/assembly/markdown';
import type { TemplateFile } from '../../../electron/core/assembly/template-set';
import { plainText } from '../../../electron/core/document/model';

const file: TemplateFile = {
  path: 'test/front.md',
  front: { title: 'Test' },
  body: '{{ name }}\n\nAvtale med **{{ name }}** om tjenesten.\n',
  bodyLine: 1,
};

function blocksFor(name: string) {
  return markdownToBlocks(renderTemplate(file, { name }, 'nb'), { directive: () => [] });
}

describe('values filled into templates', () => {
  it.each([
    ['a page break', 'Bygg\n\n---\n\nAS'],
    ['a list', '1. Bygg AS'],
    ['a bullet', '- Bygg AS'],
    ['a setext heading', 'Bygg AS\n===='],
    ['an ATX heading', '# Bygg AS {#scope}'],
    ['a quotation', '> Bygg AS'],
    ['a link', '[Bygg](#scope) AS'],
    ['a table', '| Bygg | AS |\n| --- | --- |'],
  ])('print %s as the literal text', (_, name) => {
    const blocks = blocksFor(name);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
    const literal = name.replace(/\n/g, ' ');
    const [first, second] = blocks;
    expect(first?.kind === 'paragraph' && plainText(first.content)).toBe(literal);
    expect(second?.kind === 'paragraph' && plainText(second.content)).toBe(
      `Avtale med ${literal} om tjenesten.`,
    );
  });

  it('print any one-line text as itself', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(...Array.from('ab 1.-*_#>[]()`\\|=+!<&;{}~:')),
          minLength: 1,
        }),
        (raw) => {
          const name = raw.trim();
          fc.pre(name !== '');
          const [first] = blocksFor(name);
          expect(first?.kind === 'paragraph' && plainText(first.content)).toBe(name);
        },
      ),
      { numRuns: 300 },
    );
  });
});
