import fontkit, { type Font } from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { CaseSchema } from '../../../../electron/core/case/case-schema';
import { buildDocuments } from '../../../../electron/core/generate';
import { layoutItems } from '../../../../electron/core/render/layout/page-layout';
import { measurerOf } from '../../../../electron/core/render/pdf/pdf-writer';
import { shapeByWord } from '../../../../electron/core/render/pdf/word-shaping';
import { loadLibrary } from '../../../../electron/node/templates/load-library';
import { EXAMPLES, loadExample } from '../../../fixtures/cases';
import { FONTS } from '../../../fixtures/fonts';

/** Every drawn line of the examples in every language, by face, as the PDF draws them. */
function drawnLines(): Map<keyof typeof FONTS, Set<string>> {
  const library = loadLibrary();
  const lines = new Map<keyof typeof FONTS, Set<string>>();
  for (const example of Object.values(EXAMPLES)) {
    const c = CaseSchema.parse(loadExample(example));
    for (const lang of ['nb', 'nn', 'en'] as const) {
      for (const doc of buildDocuments(c, library, { lang, guidance: true })) {
        for (const item of layoutItems(doc, measurerOf(FONTS))) {
          const rows = item.kind === 'table' ? [item.header, ...item.rows] : [];
          const all =
            item.kind === 'table' ? rows.flatMap((r) => r?.cells.flat() ?? []) : item.lines;
          for (const line of all)
            for (const segment of line.segments) {
              const set = lines.get(segment.style.face) ?? new Set<string>();
              set.add(segment.text);
              lines.set(segment.style.face, set);
            }
        }
      }
    }
  }
  return lines;
}

describe('finding glyphs a word at a time', () => {
  it('gives the glyphs and advances of shaping whole lines, for every line of the examples', () => {
    const lines = drawnLines();
    const byLine: string[] = [];
    const byWords: string[] = [];
    // The PDF shows glyphs by their IDs and advances; those are what must not change.
    const glyphs = (run: ReturnType<Font['layout']>, text: string): string =>
      `${text}: ${run.glyphs.map((g) => `${g.id}/${g.advanceWidth}`).join(' ')}`;
    for (const [face, texts] of lines) {
      const whole = fontkit.create(FONTS[face]);
      const byWord = fontkit.create(FONTS[face]);
      shapeByWord(byWord);
      for (const text of texts) {
        byLine.push(glyphs(whole.layout(text), text));
        byWords.push(glyphs(byWord.layout(text), text));
      }
    }
    expect(byLine.length).toBeGreaterThan(2000);
    expect(byWords).toEqual(byLine);
  }, 120_000);

  it('looks a repeated word up once', () => {
    const font = fontkit.create(FONTS.regular);
    const calls: string[] = [];
    const lookup = font.glyphsForString.bind(font);
    font.glyphsForString = (text) => {
      calls.push(text);
      return lookup(text);
    };
    shapeByWord(font);
    font.layout('avtalen gjelder avtalen');
    font.layout('avtalen  gjelder');
    expect(calls.sort()).toEqual([' ', '  ', 'avtalen', 'gjelder']);
  });
});
