import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zip, zipEntry } from '../../../../electron/core/render/docx/zip';
import { tempDir } from '../../../fixtures/cli';

describe('the DOCX zip', () => {
  it('holds each part, deflated once or per file, with a CRC that unzip checks', () => {
    const constant = zipEntry('word/styles.xml', strToU8('<w:styles/>'.repeat(200)), 9);
    const parts = [
      constant,
      zipEntry('word/document.xml', strToU8('<w:document>æøå ÆØÅ ☐</w:document>'), 1),
      constant,
    ].map((entry, i) => (i === 2 ? { ...entry, path: 'word/copy.xml' } : entry));
    const bytes = zip(parts, new Date('2026-11-24T10:00:00Z'));
    const file = join(tempDir('skyavtale-zip-'), 'parts.zip');
    writeFileSync(file, bytes);
    expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toMatch(/No errors detected/);
    const listing = execFileSync('unzip', ['-l', file], { encoding: 'utf8', env: { TZ: 'UTC' } });
    expect(listing).toMatch(/2026-11-24 10:00 +word\/styles\.xml/);
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(['word/styles.xml', 'word/document.xml', 'word/copy.xml']);
    expect(strFromU8(files['word/document.xml']!)).toBe('<w:document>æøå ÆØÅ ☐</w:document>');
    expect(strFromU8(files['word/copy.xml']!)).toBe('<w:styles/>'.repeat(200));
  });

  it('records the CRC-32 of what each part holds, whatever its length', () => {
    // The standard check value, and the same bytes one to three longer and shorter.
    const crc = (text: string) => zipEntry('a.txt', strToU8(text), 1).crc;
    expect(crc('123456789')).toBe(0xcbf43926);
    expect(crc('')).toBe(0);
    expect(crc('a')).toBe(0xe8b7be43);
    expect(crc('12345678')).toBe(0x9ae0daaf);
    expect(crc('1234567890')).toBe(0x261daee5);
    expect(crc('12345678901')).toBe(0x539ae4ee);
    expect(crc('æøå☐'.repeat(333))).toBe(0x661ba58e);
  });

  it("dates the parts in UTC, whatever the machine's time zone", () => {
    const at = new Date('2026-03-12T23:30:00Z');
    const bytes = zip([zipEntry('a.xml', strToU8('<a/>'), 1)], at);
    // The local header's time and date fields, in MS-DOS form.
    const view = new DataView(bytes.buffer);
    expect(view.getUint16(10, true)).toBe((23 << 11) | (30 << 5));
    expect(view.getUint16(12, true)).toBe(((2026 - 1980) << 9) | (3 << 5) | 12);
  });
});
