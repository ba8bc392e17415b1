import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The test folders whose files mock modules or stub the environment. */
const MOCKING = [
  'tests/renderer/**/*.test.ts',
  'tests/main/**/*.test.ts',
  'tests/preload/**/*.test.ts',
];

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
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    server: { deps: { inline: ['pdf-lib'] } },
    // Vitest's default of one worker fewer than the cores runs one file at a time on two cores;
    // its own process mostly waits.
    maxWorkers: availableParallelism(),
    projects: [
      // Files that mock modules (vi.mock) or stub the environment get a module registry of their
      // own, so nothing they replace reaches another file.
      { extends: true, test: { name: 'isolated', include: MOCKING, isolate: true } },
      // The rest share each worker's modules: loading pdf-lib, docx and the templates once per
      // worker rather than once per file saves most of the time spent importing.
      {
        extends: true,
        test: { name: 'shared', include: ['tests/**/*.test.ts'], exclude: MOCKING, isolate: false },
      },
    ],
  },
});
