import { readFileSync } from 'node:fs';

// What fontkit does when it loads, a sixth of a cold start, made cheaper. Each edit names the text
// it replaces, and the build stops if fontkit no longer has it.
const EDITS = [
  // The Brotli dictionary (120 kB) is for WOFF2 fonts only, and every font here is TrueType: it is
  // unpacked on first use instead.
  ['dictionary.init(BrotliDecompressBuffer);\n', ''],
  [
    'var decompress = decode.BrotliDecompressBuffer;',
    `var decompress = function (buffer, size) {
  if (!dictionary.dictionary) dictionary.init(BrotliDecompressBuffer);
  return decode.BrotliDecompressBuffer(buffer, size);
};`,
  ],
  // The Unicode property tables are inflated by the platform's zlib (through the pako alias), not
  // by a deflate decoder in JavaScript.
  [
    'inflate = tinyInflate;',
    'inflate = function (source, dest) { dest.set(pako.inflateRaw(source)); return dest; };',
  ],
];

export const lighterFontkitLoad = {
  name: 'lighter-fontkit-load',
  setup(plugin) {
    plugin.onLoad({ filter: /@pdf-lib[\\/]fontkit[\\/]dist[\\/]fontkit\.es\.js$/ }, ({ path }) => {
      let contents = readFileSync(path, 'utf8');
      for (const [text, replacement] of EDITS) {
        if (!contents.includes(text))
          throw new Error(
            `${path}: fontkit no longer has «${text.trim()}»; review ${import.meta.url}`,
          );
        contents = contents.replace(text, replacement);
      }
      return { contents, loader: 'js' };
    });
  },
};
