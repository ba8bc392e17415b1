import type { Font } from '@pdf-lib/fontkit';

/** The parts of a fontkit font read here: its file, its table directory, its decoded tables. */
interface FontFile {
  stream: { buffer: Uint8Array };
  directory: { tables: Record<string, { offset: number; length: number } | undefined> };
  loca: { offsets: number[] };
  _tables: Record<string, unknown>;
}

/** fontkit's own view of a font, for the writers that read and patch its tables themselves. */
export const fontFile = (font: Font): FontFile => font as unknown as FontFile;

/** A table of the font's file as bytes of it, or null where the font has none. */
export function tableOf(font: Font, tag: string): Uint8Array | null {
  const { stream, directory } = fontFile(font);
  const entry = directory.tables[tag];
  return entry ? stream.buffer.subarray(entry.offset, entry.offset + entry.length) : null;
}

/** A big-endian unsigned 16-bit number, as font files hold them; 0 past the end. */
export const u16 = (bytes: Uint8Array, at: number): number =>
  ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
