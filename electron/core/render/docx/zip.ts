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

// CRC-32 sliced by four: table k gives a byte's remainder k bytes further on, so the loop takes
// four bytes a step, in two thirds of the time a byte a step takes.
const CRC_TABLES = new Int32Array(4 * 256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  CRC_TABLES[n] = c;
}
for (let n = 256; n < CRC_TABLES.length; n++) {
  const c = CRC_TABLES[n - 256] ?? 0;
  CRC_TABLES[n] = (CRC_TABLES[c & 0xff] ?? 0) ^ (c >>> 8);
}

function crc32(data: Uint8Array): number {
  const t = CRC_TABLES;
  let crc = -1;
  let i = 0;
  for (const whole = data.length - (data.length % 4); i < whole; i += 4) {
    crc ^=
      (data[i] as number) |
      ((data[i + 1] as number) << 8) |
      ((data[i + 2] as number) << 16) |
      ((data[i + 3] as number) << 24);
    crc =
      (t[768 + (crc & 0xff)] as number) ^
      (t[512 + ((crc >>> 8) & 0xff)] as number) ^
      (t[256 + ((crc >>> 16) & 0xff)] as number) ^
      (t[crc >>> 24] as number);
  }
  for (; i < data.length; i++)
    crc = (t[(crc ^ (data[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return ~crc >>> 0;
}

export function zipEntry(
  path: string,
  content: Uint8Array,
  level: pako.DeflateOptions['level'],
): ZipEntry {
  return {
    path,
    deflated: pako.deflateRaw(content, { level }),
    crc: crc32(content),
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
