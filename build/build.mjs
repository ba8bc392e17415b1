// Bundles the command line into one ES module: a cold start then loads one file instead of
// hundreds, and needs no TypeScript at run time.
import { build } from 'esbuild';

await build({
  entryPoints: { cli: 'electron/cli/main.ts', bench: 'bench/run.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  // Prefer ES module builds: some packages' UMD builds hide their requires from the bundler.
  mainFields: ['module', 'main'],
  target: 'node20',
  format: 'esm',
  // Native and font packages stay in node_modules; everything else is bundled.
  external: ['better-sqlite3', 'dejavu-fonts-ttf'],
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  sourcemap: true,
  legalComments: 'linked',
  logLevel: 'warning',
});
