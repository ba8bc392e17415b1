// Bundles every entry point with esbuild: web mode, the benchmarks and the render worker as ES
// modules for Node, the command line as CommonJS for Node (so it can run with V8's code cache,
// electron/cli/code-cache.ts), the desktop shell and its preload script for Electron, and the
// user interface for the browser. No TypeScript is compiled at run time. Then, except on Windows,
// it makes the command line's start-up snapshot for the Node that runs it
// (electron/cli/snapshot.ts).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { asciiSource, checkAscii } from './ascii-source.mjs';
import { lighterFontkitLoad } from './fontkit-load.mjs';
import { makeSnapshot } from './snapshot.mjs';

const shared = {
  bundle: true,
  sourcemap: true,
  legalComments: 'linked',
  logLevel: 'warning',
};
// Native and font packages stay in node_modules; everything else is bundled.
const nodeExternal = ['better-sqlite3', 'dejavu-fonts-ttf', '@expo-google-fonts/arimo'];
const nodeModule = {
  platform: 'node',
  // Prefer ES module builds: some packages' UMD builds hide their requires from the bundler.
  mainFields: ['module', 'main'],
  target: 'node20',
  // pdf-lib's and the DOCX zip's compression by the platform's zlib instead of pako, several
  // times faster.
  alias: { pako: './electron/node/pako-zlib.ts' },
  plugins: [lighterFontkitLoad, asciiSource],
  // Without comments and white space: a quarter smaller, less to parse.
  minifyWhitespace: true,
  minifySyntax: true,
};
const nodeEsm = {
  ...nodeModule,
  format: 'esm',
  outExtension: { '.js': '.mjs' },
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
};

// A clean folder each time, so that no chunk of an earlier build is packed into the app.
rmSync('dist', { recursive: true, force: true });
await Promise.all([
  build({
    ...shared,
    entryPoints: {
      web: 'electron/web/main.ts',
      // Electron's main process loads ES modules too; only the sandboxed preload must be CommonJS.
      main: 'electron/main/main.ts',
      bench: 'bench/run.ts',
    },
    outdir: 'dist',
    // The document writers load only when they are needed, as a chunk of their own.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    ...nodeEsm,
    external: ['electron', ...nodeExternal],
  }),
  // The command line: a small start that answers `--version` itself, and the commands in one
  // file, which the start runs with the compiled code of the command's last run. In one file the
  // writers' modules still run only when a command makes documents.
  build({
    ...shared,
    entryPoints: {
      cli: 'electron/cli/main.ts',
      'command-line': 'electron/cli/command-line.ts',
      snapshot: 'electron/cli/snapshot.ts',
    },
    outdir: 'dist',
    ...nodeModule,
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
    define: { 'import.meta.url': 'importMetaUrl' },
    inject: ['build/import-meta-url.mjs'],
    external: nodeExternal,
  }),
  // The render pool's worker thread, in one file of its own: it gets the fonts from the thread
  // that starts it and needs nothing else, so it runs unpacked from the desktop app's archive.
  build({
    ...shared,
    entryPoints: { 'render-worker': 'electron/node/render/render-worker.ts' },
    outdir: 'dist',
    // Each worker holds its own copy of this source: ASCII, as the build checks below.
    ...nodeEsm,
  }),
  build({
    ...shared,
    entryPoints: { preload: 'electron/preload/preload.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    external: ['electron'],
  }),
  build({
    ...shared,
    entryPoints: { app: 'renderer/src/main.tsx' },
    outdir: 'dist/renderer',
    platform: 'browser',
    target: 'chrome120',
    format: 'esm',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    // The preview's document fonts ship beside the page: no font comes from the network.
    loader: { '.ttf': 'file' },
    assetNames: 'fonts/[name]-[hash]',
    minify: true,
  }),
]);

// The page itself: no inline script or style, so the strict CSP holds.
mkdirSync('dist/renderer', { recursive: true });
writeFileSync(
  'dist/renderer/index.html',
  `<!doctype html>
<html lang="nb">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Skyavtale</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="app.css" />
    <script type="module" src="app.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`,
);

// The sources a snapshot or every worker holds (build/ascii-source.mjs).
checkAscii('dist/command-line.cjs');
checkAscii('dist/render-worker.mjs');

// Windows has no `sh` for bin/skyavtale, the snapshot's only starter.
if (process.platform !== 'win32') makeSnapshot();
