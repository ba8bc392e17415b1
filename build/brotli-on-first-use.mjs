import { readFileSync } from 'node:fs';

// fontkit unpacks the Brotli dictionary (120 kB) when it loads, a tenth of a cold start, and only
// WOFF2 fonts need it; every font here is TrueType. The dictionary now unpacks on first use.
const eagerBrotliDictionary = 'dictionary.init(BrotliDecompressBuffer);\n';
export const brotliOnFirstUse = {
  name: 'brotli-on-first-use',
  setup(plugin) {
    plugin.onLoad({ filter: /@pdf-lib[\\/]fontkit[\\/]dist[\\/]fontkit\.es\.js$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      const decompress = 'var decompress = decode.BrotliDecompressBuffer;';
      if (!source.includes(eagerBrotliDictionary) || !source.includes(decompress))
        throw new Error(`${path}: fontkit has changed; review the brotli-on-first-use plugin`);
      return {
        contents: source.replace(eagerBrotliDictionary, '').replace(
          decompress,
          `var decompress = function (buffer, size) {
  if (!dictionary.dictionary) ${eagerBrotliDictionary.trim()}
  return decode.BrotliDecompressBuffer(buffer, size);
};`,
        ),
        loader: 'js',
      };
    });
  },
};
