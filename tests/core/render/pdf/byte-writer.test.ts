import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ByteWriter,
  LITERAL_BYTE_MAX,
  literalByte,
} from '../../../../electron/core/render/pdf/byte-writer';

describe('a byte writer', () => {
  it('keeps every byte written as it grows, and starts again after a reset', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3000 }), { maxLength: 30 }), (texts) => {
        const out = new ByteWriter();
        out.ascii('stale');
        out.reset();
        const ascii = texts.map((t) => t.replace(/[^\x20-\x7e]/g, ''));
        for (const t of ascii) {
          out.ascii(t);
          out.byte(0x0a);
        }
        expect(String.fromCharCode(...out.bytes())).toBe(ascii.map((t) => `${t}\n`).join(''));
      }),
    );
  });
});

describe('a byte in a literal string', () => {
  it('is written so that a reader reads the byte back, in ASCII, with no bare delimiter or CR', () => {
    for (let value = 0; value < 256; value++) {
      const buffer = new Uint8Array(LITERAL_BYTE_MAX);
      const written = String.fromCharCode(...buffer.subarray(0, literalByte(buffer, 0, value)));
      expect(Array.from(buffer).every((b) => b < 0x80)).toBe(true);
      if (written.length === 1) {
        expect(written.charCodeAt(0)).toBe(value);
        expect('()\\\r').not.toContain(written);
      } else if (/^\\[0-7]{3}$/.test(written)) expect(parseInt(written.slice(1), 8)).toBe(value);
      else expect(written).toBe(value === 0x0d ? '\\r' : `\\${String.fromCharCode(value)}`);
    }
  });
});
