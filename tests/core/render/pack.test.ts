import { describe, expect, it } from 'vitest';
import { contentsText, oneLine } from '../../../electron/core/render/pack';
import { CaseSchema } from '../../../electron/core/case/case-schema';
import type { Manifest } from '../../../electron/core/render/manifest';
import { loadExample } from '../../fixtures/cases';

describe('the contents list of a pack', () => {
  it('keeps a party name with line breaks on one line, so it cannot add a file entry', () => {
    const input = loadExample();
    input.supplier.name = `Fjordsky AS\r\n  99 Fake.pdf  1 B  sha256 ${'0'.repeat(64)}`;
    const c = CaseSchema.parse(input);
    const manifest = {
      generatedAt: '2026-12-01T10:00:00.000Z',
      status: 'final',
      files: [{ name: '01 SSA-L avtale.pdf', size: 1000, sha256: 'a'.repeat(64) }],
    } as Manifest;
    const text = contentsText(c, manifest, 'nb');
    expect(text.split('\r\n').filter((line) => line.startsWith('  '))).toEqual([
      `  01 SSA-L avtale.pdf       1000 B  sha256 ${'a'.repeat(64)}`,
    ]);
    expect(text).toContain('Fjordsky AS\\r\\n  99 Fake.pdf');
  });

  it('escapes controls and backslashes so the escape cannot be faked', () => {
    expect(oneLine('a\tb\\n\u2028\u0000')).toBe('a\\tb\\\\n\\u2028\\u0000');
  });
});
