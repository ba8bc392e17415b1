import { readFileSync } from 'node:fs';

// V8 keeps a script's source at one byte a character only when all of it is ASCII, and the
// command line's start-up snapshot holds its bundle's source: at two bytes a character the snapshot
// was 3.3 MB larger and each command started 15 ms later. esbuild escapes what lies outside ASCII
// in strings but not in regular expressions, which liquidjs has («[àáâãäå]»); such modules are
// escaped as they load, and the build checks that the bundle came out ASCII.
const ESCAPED_MODULES = /liquidjs[\\/]dist[\\/]liquid\.node\.mjs$/;

/** Escapes every UTF-16 unit outside ASCII, as JavaScript reads it in strings, patterns and names. */
const escapeNonAscii = (text) =>
  text.replace(
    /[\u0080-\uffff]/g,
    (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

export const asciiSource = {
  name: 'ascii-source',
  setup(plugin) {
    plugin.onLoad({ filter: ESCAPED_MODULES }, ({ path }) => ({
      contents: escapeNonAscii(readFileSync(path, 'utf8')),
      loader: 'js',
    }));
  },
};

/** Stops the build when a bundle has a character outside ASCII, naming it and where it is. */
export function checkAscii(file) {
  const text = readFileSync(file, 'utf8');
  const at = text.search(/[\u0080-\uffff]/);
  if (at < 0) return;
  const code = text.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0');
  throw new Error(
    `${file}: U+${code} at «${text.slice(Math.max(0, at - 30), at + 10)}» is not ASCII; ` +
      `escape its module in build/ascii-source.mjs`,
  );
}
