import fontkit, { type Font } from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { postHeaderOnly, type PostHeader } from '../../../../electron/core/render/pdf/post-header';
import { FONTS } from '../../../fixtures/fonts';

/** The tags of the tables fontkit decodes from now on. */
function decodedTables(font: Font): string[] {
  const internals = font as unknown as { _decodeTable: (table: { tag: string }) => unknown };
  const decode = internals._decodeTable.bind(font);
  const tags: string[] = [];
  internals._decodeTable = (table) => {
    tags.push(table.tag);
    return decode(table);
  };
  return tags;
}

describe('the head of the post table', () => {
  it('reads as fontkit decodes it, for every face, without decoding the table', () => {
    for (const [face, bytes] of Object.entries(FONTS)) {
      // As the PDF writer hands fontkit a font: the file's ArrayBuffer.
      const quick = fontkit.create(bytes.buffer as unknown as Uint8Array);
      const decoded = decodedTables(quick);
      postHeaderOnly(quick);
      const { italicAngle, underlinePosition, underlineThickness, isFixedPitch } = fontkit.create(
        bytes,
      ).post as unknown as PostHeader;
      expect(quick.post, face).toEqual({
        version: 3,
        italicAngle,
        underlinePosition,
        underlineThickness,
        isFixedPitch,
      });
      expect(quick.italicAngle, face).toBe(italicAngle);
      expect(decoded, face).not.toContain('post');
    }
  });

  it('reads an italic angle below zero, and none upright', () => {
    const angle = (bytes: Uint8Array) => {
      const font = fontkit.create(bytes);
      postHeaderOnly(font);
      return font.italicAngle;
    };
    expect(angle(FONTS.regular)).toBe(0);
    expect(angle(FONTS.boldItalic)).toBeLessThan(-10);
  });
});
