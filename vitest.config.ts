import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  // As in the Node bundles (build/build.mjs): pdf-lib, run from its ES module build, and the DOCX
  // zip compress with the platform's zlib, so a file made in a test has the bytes the program
  // makes.
  resolve: {
    alias: {
      'pdf-lib': here('node_modules/pdf-lib/es/index.js'),
      pako: here('electron/node/pako-zlib.ts'),
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    server: { deps: { inline: ['pdf-lib'] } },
    // Vitest's default of one worker fewer than the cores runs one file at a time on two cores;
    // its own process mostly waits.
    maxWorkers: availableParallelism(),
  },
});
