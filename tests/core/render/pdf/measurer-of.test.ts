import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { CaseSchema } from '../../../../electron/core/case/case-schema';
import { buildDocuments } from '../../../../electron/core/generate';
import { layoutItems } from '../../../../electron/core/render/layout/page-layout';
import { measurerOf } from '../../../../electron/core/render/pdf/pdf-writer';
import { loadLibrary } from '../../../../electron/node/templates/load-library';
import { EXAMPLES, loadExample } from '../../../fixtures/cases';
import { FONTS } from '../../../fixtures/fonts';

describe('measuring text in the PDF faces', () => {
  it('gives every word and line of the examples the width of its shaped glyphs', () => {
    const measure = measurerOf(FONTS);
    const texts = new Map<keyof typeof FONTS, Set<string>>();
    const library = loadLibrary();
    for (const example of Object.values(EXAMPLES)) {
      const c = CaseSchema.parse(loadExample(example));
      for (const doc of buildDocuments(c, library, { lang: 'nb', guidance: true }))
        for (const item of layoutItems(doc, measure)) {
          const lines =
            item.kind === 'table'
              ? [item.header, ...item.rows].flatMap((row) => row?.cells.flat() ?? [])
              : item.lines;
          for (const segment of lines.flatMap((line) => line.segments)) {
            const set = texts.get(segment.style.face) ?? new Set<string>();
            for (const text of [segment.text, ...segment.text.split(' ')]) set.add(text);
            texts.set(segment.style.face, set);
          }
        }
    }
    const measured: string[] = [];
    const shaped: string[] = [];
    for (const [face, set] of texts) {
      // A font of its own, shaping whole texts as fontkit does unless told otherwise.
      const font = fontkit.create(FONTS[face]);
      for (const text of set) {
        measured.push(`${text}: ${measure({ face }).width(text)}`);
        const units = font.layout(text).glyphs.reduce((sum, g) => sum + g.advanceWidth, 0);
        shaped.push(`${text}: ${units / font.unitsPerEm}`);
      }
    }
    expect(measured.length).toBeGreaterThan(2000);
    expect(measured).toEqual(shaped);
  }, 120_000);
});
