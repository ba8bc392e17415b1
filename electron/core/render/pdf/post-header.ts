import type { Font } from '@pdf-lib/fontkit';
import { fontFile, tableOf, u16 } from './font-file';

/** The head of a `post` table, which every version has. */
export interface PostHeader {
  version: number;
  italicAngle: number;
  underlinePosition: number;
  underlineThickness: number;
  isFixedPitch: number;
}

/**
 * Gives a font the head of its `post` table alone: pdf-lib reads the italic angle and whether the
 * font is monospaced from it for every font descriptor, and fontkit decoded the whole table for
 * that, a name for each of the font's glyphs: about 50 ms of a cold command for the five faces.
 * Nothing here reads glyph names, so the table reads as one that has none (version 3).
 */
export function postHeaderOnly(font: Font): void {
  const post = tableOf(font, 'post');
  if (!post) return;
  // Big-endian, as fontkit reads them; a 16.16 fixed-point angle.
  const i32 = (at: number) => (u16(post, at) << 16) | u16(post, at + 2);
  const header: PostHeader = {
    version: 3,
    italicAngle: i32(4) / 65536,
    underlinePosition: (u16(post, 8) << 16) >> 16,
    underlineThickness: (u16(post, 10) << 16) >> 16,
    isFixedPitch: i32(12) >>> 0,
  };
  // fontkit decodes a table on first use unless it holds it decoded already.
  fontFile(font)._tables.post = header;
}
