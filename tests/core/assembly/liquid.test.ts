import fc from 'fast-check';
import { Liquid } from 'liquidjs';
import { describe, expect, it, vi } from 'vitest';
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

describe('parsed templates', () => {
  it('are parsed once per text and language, whichever library loaded them, and again when the text changes', () => {
    const parse = vi.spyOn(Liquid.prototype, 'parse');
    const dated = (body: string): TemplateFile => ({ ...file, path: 'test/dated.md', body });
    const body = 'Signert {{ day | date }}.\n';
    const scope = { day: '2026-12-01' };
    expect(renderTemplate(dated(body), scope, 'nb')).toBe(renderTemplate(dated(body), scope, 'nb'));
    expect(parse).toHaveBeenCalledTimes(1);
    // Each language formats with filters of its own.
    expect(renderTemplate(dated(body), scope, 'en')).not.toBe(
      renderTemplate(dated(body), scope, 'nb'),
    );
    expect(parse).toHaveBeenCalledTimes(2);
    expect(renderTemplate(dated(`Endret. ${body}`), scope, 'nb')).toMatch(/^Endret\. Signert /);
    expect(parse).toHaveBeenCalledTimes(3);
    parse.mockRestore();
  });
});
