import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../fixtures/cli';

// The build's scripts are plain JavaScript, without types.
const script: string = '../../build/ascii-source.mjs';
const { asciiSource, checkAscii } = (await import(script)) as {
  asciiSource: Plugin;
  checkAscii: (file: string) => void;
};

describe('ASCII sources', () => {
  it('escapes liquidjs as it loads, and its patterns still match what they did', async () => {
    const result = await build({
      stdin: {
        contents: "export { Liquid } from 'liquidjs';",
        resolveDir: process.cwd(),
        loader: 'js',
      },
      bundle: true,
      platform: 'node',
      // As build/build.mjs resolves it: the ES module build, liquid.node.mjs.
      mainFields: ['module', 'main'],
      format: 'esm',
      write: false,
      plugins: [asciiSource],
      logLevel: 'silent',
    });
    const text = result.outputFiles[0]!.text;
    expect(text).not.toMatch(/[\u0080-\uffff]/);
    expect(text).toContain('[\\u00e0\\u00e1\\u00e2\\u00e3\\u00e4\\u00e5]');
    // The same filter, from the escaped source.
    const file = join(tempDir('skyavtale-ascii-'), 'liquid.mjs');
    writeFileSync(file, text);
    const { Liquid } = (await import(file)) as typeof import('liquidjs');
    expect(await new Liquid().parseAndRender('{{ "Blåbær ẞ" | slugify: "latin" }}')).toBe(
      'blabaer-ss',
    );
  });

  it('stops the build at a character outside ASCII, naming it and where it is', () => {
    const dir = tempDir('skyavtale-ascii-');
    writeFileSync(join(dir, 'plain.js'), 'const a = "\\u00e5";\n');
    writeFileSync(join(dir, 'other.js'), 'const a = /[å]/;\n');
    expect(() => {
      checkAscii(join(dir, 'plain.js'));
    }).not.toThrow();
    expect(() => {
      checkAscii(join(dir, 'other.js'));
    }).toThrow(/other\.js: U\+00E5 at «const a = \/\[å/);
  });
});
