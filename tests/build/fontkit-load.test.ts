import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The bundles that carry fontkit, as `npm run build` writes them with build/fontkit-load.mjs.
const bundles = existsSync('dist/chunks')
  ? [
      'dist/render-worker.mjs',
      'dist/command-line.cjs',
      ...readdirSync('dist/chunks')
        .filter((file) => /^pdf-writer-.*\.mjs$/.test(file))
        .map((file) => join('dist/chunks', file)),
    ]
  : [];

describe.skipIf(bundles.length === 0)('fontkit in the bundles', () => {
  it.each(bundles)('%s unpacks the Brotli dictionary in decompress only, not on load', (file) => {
    const source = readFileSync(file, 'utf8');
    const calls = [...source.matchAll(/dictionary\.init\(BrotliDecompressBuffer\)/g)];
    expect(calls).toHaveLength(1);
    const wrapper = source.lastIndexOf('decompress=function(', calls[0]!.index);
    expect(wrapper).toBeGreaterThan(-1);
    expect(calls[0]!.index - wrapper).toBeLessThan(100);
  });

  it.each(bundles)('%s inflates the Unicode tables with zlib, not tiny-inflate', (file) => {
    const source = readFileSync(file, 'utf8');
    expect(source).not.toMatch(/\binflate\s*=\s*tinyInflate\b/);
    expect(source).toMatch(
      /\binflate\s*=\s*function\(source,\s*dest\)\{[^}]*\.inflateRaw\(source\)/,
    );
  });
});
