import { strToU8 } from 'fflate';
import pako from 'pako';

/**
 * A Word file is a zip of its parts. Most parts are the same in every document of a language,
 * so each is deflated once and its entry kept: fflate's `zipSync` would deflate every part of
 * every file again, and its streaming `Zip` dates entries in the machine's local time. The zip
 * around them is the plain form `zipSync` writes: no data descriptors, no extra fields.
 */

/** A part as the zip stores it: deflated, with the CRC and size of what it holds. */
export interface ZipEntry {
  path: string;
  deflated: Uint8Array;
  crc: number;
  size: number;
}

/**
 * The deflate level of the parts written per document. The Node bundles and the tests deflate
 * with the platform's zlib (`pako` resolves to electron/node/pako-zlib.ts, as for pdf-lib): on the
 * largest case's DOCX set, warm, level 3 takes 7 ms and gives smaller files than fflate's level 1
 * in 31 ms; level 6 takes twice as long for files 10 % smaller. The parts deflated once per
 * process take the smallest form, level 9.
 */
export const DOCUMENT_LEVEL = 3;
export const CONSTANT_LEVEL = 9;

// A gzip member is a raw deflate stream between a header of ten bytes (no name, no comment) and
// a trailer of the content's CRC-32 and length: one native pass gives the zip both the deflated
// part and its CRC, which JavaScript took a fiftieth of a cold command to compute.
const GZIP_HEADER = 10;
const GZIP_TRAILER = 8;
const GZIP_FLAGS = 3;

export function zipEntry(
  path: string,
  content: Uint8Array,
  level: pako.DeflateOptions['level'],
): ZipEntry {
  const member = pako.gzip(content, { level });
  if (member[GZIP_FLAGS] !== 0) throw new Error(`${path}: the gzip header has optional fields`);
  const end = member.length - GZIP_TRAILER;
  return {
    path,
    deflated: member.subarray(GZIP_HEADER, end),
    crc: new DataView(member.buffer, member.byteOffset).getUint32(end, true),
    size: content.length,
  };
}

/** A date as a zip stores it, in MS-DOS form; UTC, so the bytes do not depend on the machine. */
function dosDateTime(date: Date): { time: number; day: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    day:
      ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

const LOCAL_HEADER = 30;
const CENTRAL_HEADER = 46;
const END_RECORD = 22;

/** The zip of the entries in their order, each dated `date`. */
export function zip(entries: readonly ZipEntry[], date: Date): Uint8Array {
  const { time, day } = dosDateTime(date);
  const names = entries.map((entry) => strToU8(entry.path));
  const dataLength = entries.reduce(
    (sum, entry, i) => sum + LOCAL_HEADER + (names[i]?.length ?? 0) + entry.deflated.length,
    0,
  );
  const directoryLength = names.reduce((sum, name) => sum + CENTRAL_HEADER + name.length, 0);
  const out = new Uint8Array(dataLength + directoryLength + END_RECORD);
  const view = new DataView(out.buffer);
  // The fields both headers share, from «version needed» to the name's length.
  const common = (at: number, entry: ZipEntry, name: Uint8Array): void => {
    view.setUint16(at, 20, true);
    view.setUint16(at + 2, 0, true);
    view.setUint16(at + 4, 8, true);
    view.setUint16(at + 6, time, true);
    view.setUint16(at + 8, day, true);
    view.setUint32(at + 10, entry.crc, true);
    view.setUint32(at + 14, entry.deflated.length, true);
    view.setUint32(at + 18, entry.size, true);
    view.setUint16(at + 22, name.length, true);
  };
  let at = 0;
  let directory = dataLength;
  entries.forEach((entry, i) => {
    const name = names[i] ?? new Uint8Array();
    view.setUint32(at, 0x04034b50, true);
    common(at + 4, entry, name);
    out.set(name, at + LOCAL_HEADER);
    out.set(entry.deflated, at + LOCAL_HEADER + name.length);
    view.setUint32(directory, 0x02014b50, true);
    view.setUint16(directory + 4, 20, true);
    common(directory + 6, entry, name);
    view.setUint32(directory + 42, at, true);
    out.set(name, directory + CENTRAL_HEADER);
    at += LOCAL_HEADER + name.length + entry.deflated.length;
    directory += CENTRAL_HEADER + name.length;
  });
  view.setUint32(directory, 0x06054b50, true);
  view.setUint16(directory + 8, entries.length, true);
  view.setUint16(directory + 10, entries.length, true);
  view.setUint32(directory + 12, directoryLength, true);
  view.setUint32(directory + 16, dataLength, true);
  return out;
}
