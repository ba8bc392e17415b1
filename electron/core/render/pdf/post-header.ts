import type { Font } from '@pdf-lib/fontkit';

/** The parts of a fontkit font this works on: its file, its table directory, its decoded tables. */
interface FontFile {
  stream: { buffer: Uint8Array };
  directory: { tables: Record<string, { offset: number } | undefined> };
  _tables: Record<string, unknown>;
}

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
  const { stream, directory, _tables: decoded } = font as unknown as FontFile;
  const entry = directory.tables.post;
  if (!entry) return;
  const bytes = stream.buffer;
  const at = entry.offset;
  // Big-endian, as fontkit reads them; a 16.16 fixed-point angle.
  const u16 = (i: number) => ((bytes[at + i] ?? 0) << 8) | (bytes[at + i + 1] ?? 0);
  const i32 = (i: number) => (u16(i) << 16) | u16(i + 2);
  const header: PostHeader = {
    version: 3,
    italicAngle: i32(4) / 65536,
    underlinePosition: (u16(8) << 16) >> 16,
    underlineThickness: (u16(10) << 16) >> 16,
    isFixedPitch: i32(12) >>> 0,
  };
  // fontkit decodes a table on first use unless it holds it decoded already.
  decoded.post = header;
}
