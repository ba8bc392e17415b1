import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BODY, HEADING, TABLE, TITLE } from '../../../electron/core/render/typography';
import { DOCUMENT_TYPE_STYLE } from '../../../renderer/src/editor/document-type';

describe("the preview's typography", () => {
  it('sets the sizes and heading scale of the documents, in points', () => {
    expect(DOCUMENT_TYPE_STYLE).toMatchObject({
      '--doc-body-size': `${BODY.size}pt`,
      '--doc-body-line': `${BODY.line}pt`,
      '--doc-title-size': `${TITLE.size}pt`,
      '--doc-h1-size': `${HEADING[1].size}pt`,
      '--doc-h2-size': `${HEADING[2].size}pt`,
      '--doc-h3-size': `${HEADING[3].size}pt`,
      '--doc-h1-before': `${HEADING[1].before}pt`,
      '--doc-table-size': `${TABLE.size}pt`,
    });
  });

  it('gives every size the stylesheet reads', () => {
    const css = readFileSync('renderer/src/styles.css', 'utf8');
    const read = new Set([...css.matchAll(/var\((--doc-[\w-]+)\)/g)].map((m) => m[1]));
    expect(read.size).toBeGreaterThan(0);
    for (const name of read) expect(Object.keys(DOCUMENT_TYPE_STYLE), name).toContain(name);
  });

  it("sets the page in Arimo, the documents' metric twin of Arial, from the local package", () => {
    const css = readFileSync('renderer/src/styles.css', 'utf8');
    const page = /\n\.document \{[^}]*font-family: ([^;]+);/.exec(css)?.[1];
    expect(page?.split(',')[0]).toBe('Arimo');
    const sources = [...css.matchAll(/src: url\('([^']+)'\)/g)].map((m) => m[1]);
    expect(sources).toHaveLength(4);
    for (const source of sources) expect(source).toMatch(/^@expo-google-fonts\/arimo\/.+\.ttf$/);
  });
});
