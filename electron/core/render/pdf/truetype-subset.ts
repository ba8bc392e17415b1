import type { Font, Subset, SubsetStream } from '@pdf-lib/fontkit';
import { fontFile, tableOf, u16 } from './font-file';

/** The part of a fontkit subset this works on: the font's glyph numbers, in the subset's order. */
interface SubsetState {
  glyphs: number[];
}

function putU16(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = (value >> 8) & 0xff;
  bytes[at + 1] = value & 0xff;
}

function putU32(bytes: Uint8Array, at: number, value: number): void {
  putU16(bytes, at, value >>> 16);
  putU16(bytes, at + 2, value & 0xffff);
}

// The flags of a composite glyph's component records.
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;
/** A glyph's header: its number of contours and its bounding box. */
const GLYPH_HEADER = 10;

/** Where the glyph numbers of a composite glyph's components are, from the glyph's start. */
function componentPositions(glyph: Uint8Array): number[] {
  const positions: number[] = [];
  let at = GLYPH_HEADER;
  let flags = MORE_COMPONENTS;
  while (flags & MORE_COMPONENTS) {
    flags = u16(glyph, at);
    positions.push(at + 2);
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) at += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
  }
  return positions;
}

/** The tables of a font that its subsets copy, found once per font. */
interface Source {
  head: Uint8Array;
  hhea: Uint8Array;
  maxp: Uint8Array;
  glyf: Uint8Array;
  hmtx: Uint8Array;
  /** The instruction tables, which a subset takes whole: null where the font has none. */
  cvt: Uint8Array | null;
  prep: Uint8Array | null;
  fpgm: Uint8Array | null;
  offsets: number[];
  metricCount: number;
}

// The lengths of the tables a subset writes anew from the font's: their fields, no more.
const HEAD_LENGTH = 54;
const HHEA_LENGTH = 36;
const MAXP_LENGTH = 32;

function sourceOf(font: Font): Source {
  const required = (tag: string, length = 0): Uint8Array => {
    const bytes = tableOf(font, tag);
    if (!bytes || bytes.length < length) throw new Error(`the font has no TrueType ${tag} table`);
    return bytes;
  };
  const hhea = required('hhea', HHEA_LENGTH);
  return {
    head: required('head', HEAD_LENGTH),
    hhea,
    maxp: required('maxp', MAXP_LENGTH),
    glyf: required('glyf'),
    hmtx: required('hmtx'),
    cvt: tableOf(font, 'cvt '),
    prep: tableOf(font, 'prep'),
    fpgm: tableOf(font, 'fpgm'),
    offsets: fontFile(font).loca.offsets,
    metricCount: u16(hhea, 34),
  };
}

/** A glyph's advance and left side bearing as `hmtx` has them, its last advance repeating. */
function copyMetrics(out: Uint8Array, at: number, source: Source, id: number): void {
  const { hmtx, metricCount } = source;
  if (id < metricCount) {
    out.set(hmtx.subarray(4 * id, 4 * id + 4), at);
    return;
  }
  const last = 4 * (metricCount - 1);
  const bearing = 4 * metricCount + 2 * (id - metricCount);
  out.set(metricCount > 0 ? hmtx.subarray(last, last + 2) : [0, 0], at);
  out.set(bearing + 2 <= hmtx.length ? hmtx.subarray(bearing, bearing + 2) : [0, 0], at + 2);
}

/** The glyphs of a subset, from its list of the font's glyph numbers, which composites extend. */
function glyphsOf(source: Source, subset: Subset): { ids: number[]; data: Uint8Array[] } {
  const ids = (subset as unknown as SubsetState).glyphs;
  const { glyf, offsets } = source;
  const data: Uint8Array[] = [];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as number;
    const start = offsets[id] ?? 0;
    let glyph = glyf.subarray(start, offsets[id + 1] ?? start);
    // A negative number of contours: a glyph made of others, numbered anew in the subset.
    if (glyph.length > 0 && ((glyph[0] ?? 0) & 0x80) !== 0) {
      // A copy: the font file is fontkit's Buffer, whose `slice` is a view, as Node's is.
      glyph = new Uint8Array(glyph);
      for (const at of componentPositions(glyph))
        putU16(glyph, at, subset.includeGlyph(u16(glyph, at)));
    }
    data.push(glyph);
  }
  return { ids, data };
}

const padded = (length: number): number => length + (length % 2);

/**
 * The TrueType file of a subset, byte for byte what fontkit writes for it: a table directory
 * tagged «true» with zero checksums, then head, hhea, loca, maxp, cvt, prep, glyf, hmtx and fpgm,
 * each right after the last. fontkit decoded every table and glyph to write them again; here the
 * font's bytes are copied, and only the glyph count, the `loca` form and composite glyphs'
 * components change. Each glyph is padded to an even length, as the short `loca` form (offsets
 * halved) needs: Arimo has glyphs of odd length, and fontkit drew every glyph after one from the
 * wrong bytes.
 */
function encodeSubset(source: Source, subset: Subset): Uint8Array {
  const { ids, data } = glyphsOf(source, subset);
  const glyfLength = data.reduce((sum, glyph) => sum + padded(glyph.length), 0);
  const longOffsets = glyfLength > 0xffff;
  const count = ids.length;
  const writers: [string, number, (out: Uint8Array, at: number) => void][] = [
    [
      'head',
      HEAD_LENGTH,
      (out, at) => {
        out.set(source.head.subarray(0, HEAD_LENGTH), at);
        putU16(out, at + 50, longOffsets ? 1 : 0);
      },
    ],
    [
      'hhea',
      HHEA_LENGTH,
      (out, at) => {
        out.set(source.hhea.subarray(0, HHEA_LENGTH), at);
        putU16(out, at + 34, count);
      },
    ],
    [
      'loca',
      (count + 1) * (longOffsets ? 4 : 2),
      (out, at) => {
        let offset = 0;
        for (let i = 0; i <= count; i++) {
          if (longOffsets) putU32(out, at + 4 * i, offset);
          else putU16(out, at + 2 * i, offset >>> 1);
          offset += padded(data[i]?.length ?? 0);
        }
      },
    ],
    [
      'maxp',
      MAXP_LENGTH,
      (out, at) => {
        out.set(source.maxp.subarray(0, MAXP_LENGTH), at);
        putU16(out, at + 4, count);
      },
    ],
    ...instructions('cvt ', source.cvt),
    ...instructions('prep', source.prep),
    [
      'glyf',
      glyfLength,
      (out, at) => {
        let offset = at;
        for (const glyph of data) {
          out.set(glyph, offset);
          offset += padded(glyph.length);
        }
      },
    ],
    [
      'hmtx',
      4 * count,
      (out, at) => {
        ids.forEach((id, i) => {
          copyMetrics(out, at + 4 * i, source, id);
        });
      },
    ],
    ...instructions('fpgm', source.fpgm),
  ];
  const directoryLength = 12 + 16 * writers.length;
  const out = new Uint8Array(writers.reduce((sum, [, length]) => sum + length, directoryLength));
  const power = 2 ** Math.floor(Math.log2(writers.length));
  out.set([0x74, 0x72, 0x75, 0x65]);
  putU16(out, 4, writers.length);
  putU16(out, 6, power * 16);
  putU16(out, 8, Math.log2(power));
  putU16(out, 10, writers.length * 16 - power * 16);
  let at = directoryLength;
  writers.forEach(([tag, length, write], i) => {
    const entry = 12 + 16 * i;
    for (let k = 0; k < 4; k++) out[entry + k] = tag.charCodeAt(k);
    putU32(out, entry + 8, at);
    putU32(out, entry + 12, length);
    write(out, at);
    at += length;
  });
  return out;
}

/** An instruction table, copied whole, or nothing where the font has none. */
function instructions(
  tag: string,
  bytes: Uint8Array | null,
): [string, number, (out: Uint8Array, at: number) => void][] {
  return bytes
    ? [
        [
          tag,
          bytes.length,
          (out, at) => {
            out.set(bytes, at);
          },
        ],
      ]
    : [];
}

/**
 * Makes a TrueType font's subsets write their file from the font's own bytes (encodeSubset), at
 * once when pdf-lib asks: fontkit's writer took a twentieth of a cold command, and its stream
 * waited for a timer before it wrote.
 */
export function copyingSubsets(font: Font): void {
  const source = sourceOf(font);
  const createSubset = font.createSubset.bind(font);
  font.createSubset = () => {
    const subset = createSubset();
    subset.encodeStream = () => {
      const listeners = new Map<string, (value: unknown) => unknown>();
      const stream: SubsetStream = {
        on: (event, listener) => {
          listeners.set(event, listener as (value: unknown) => unknown);
          return stream;
        },
      };
      // pdf-lib listens once the stream is returned.
      queueMicrotask(() => {
        let bytes: Uint8Array;
        try {
          bytes = encodeSubset(source, subset);
        } catch (error) {
          listeners.get('error')?.(error);
          return;
        }
        listeners.get('data')?.(bytes);
        listeners.get('end')?.(bytes);
      });
      return stream;
    };
    return subset;
  };
}
