import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { tableOf, u16 } from '../../../../electron/core/render/pdf/font-file';
import { FONTS } from '../../../fixtures/fonts';

describe("a font file's tables", () => {
  const font = fontkit.create(FONTS.regular);

  it('are the bytes the directory names, or none', () => {
    const head = tableOf(font, 'head');
    expect(head?.length).toBe(54);
    // The head's magic number, and its units per em as fontkit reads them.
    expect([u16(head!, 12), u16(head!, 14)]).toEqual([0x5f0f, 0x3cf5]);
    expect(u16(head!, 18)).toBe(font.unitsPerEm);
    expect(tableOf(font, 'CFF ')).toBeNull();
  });

  it('read as 0 past their end', () => {
    expect(u16(new Uint8Array([0x12]), 0)).toBe(0x1200);
    expect(u16(new Uint8Array(), 4)).toBe(0);
  });
});
