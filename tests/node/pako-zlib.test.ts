import { deflateRawSync, deflateSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import pakoZlib from '../../electron/node/pako-zlib';

const text = new TextEncoder().encode(
  'Databehandleravtale – bilag 3, bilag 3, bilag 3. '.repeat(50),
);

describe('pako by the platform’s zlib', () => {
  it('deflates with a zlib header and inflates it back', () => {
    const packed = pakoZlib.deflate(text);
    expect(packed[0]).toBe(0x78);
    expect(packed.length).toBeLessThan(text.length / 4);
    expect(pakoZlib.inflate(packed)).toEqual(text);
    expect(pakoZlib.inflate(new Uint8Array(deflateSync(text)))).toEqual(text);
  });

  it('inflates raw streams, as fontkit’s Unicode tables are', () => {
    expect(pakoZlib.inflateRaw(new Uint8Array(deflateRawSync(text)))).toEqual(text);
    expect(() => pakoZlib.inflateRaw(pakoZlib.deflate(text))).toThrow();
  });

  it('writes gzip members at the level asked, with a header of ten bytes, as the DOCX zip takes them', () => {
    const member = pakoZlib.gzip(text, { level: 3 });
    expect([...member.subarray(0, 4)]).toEqual([0x1f, 0x8b, 8, 0]);
    expect(pakoZlib.inflateRaw(member.subarray(10, member.length - 8))).toEqual(text);
    expect(new Uint8Array(gunzipSync(member))).toEqual(text);
    expect(member.subarray(10, -8)).toEqual(new Uint8Array(deflateRawSync(text, { level: 3 })));
  });
});
