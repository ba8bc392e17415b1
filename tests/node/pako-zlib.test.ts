import { deflateRawSync, deflateSync } from 'node:zlib';
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

  it('deflates and inflates raw streams, as fontkit’s Unicode tables and the DOCX zip are', () => {
    expect(pakoZlib.inflateRaw(pakoZlib.deflateRaw(text, { level: 3 }))).toEqual(text);
    expect(pakoZlib.inflateRaw(new Uint8Array(deflateRawSync(text)))).toEqual(text);
    expect(() => pakoZlib.inflateRaw(pakoZlib.deflate(text))).toThrow();
  });
});
