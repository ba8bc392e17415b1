import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importZones } from './build/import-zones.mjs';

// The layers of the design, arrows pointing down: what each runtime may import. Packages are
// sorted into the runtimes that load them; Node's built-ins only where Node runs.
const CORE_PACKAGES = [
  '@pdf-lib/fontkit',
  'docx',
  'fflate',
  'jsonc-parser',
  'liquidjs',
  'marked',
  'pako',
  'pdf-lib',
  'yaml',
  'zod',
];
const ZONES = [
  {
    name: 'core',
    folder: 'electron/core',
    runtime: 'pure TypeScript',
    layers: [],
    packages: CORE_PACKAGES,
    builtins: [],
  },
  {
    name: 'shared',
    folder: 'electron/shared',
    runtime: 'the API contract, pure TypeScript',
    layers: ['core'],
    packages: ['zod'],
    builtins: [],
  },
  {
    name: 'node',
    folder: 'electron/node',
    runtime: 'Node, without Electron',
    layers: ['shared', 'core'],
    packages: ['better-sqlite3', 'zod'],
    builtins: 'all',
  },
  {
    name: 'cli',
    folder: 'electron/cli',
    runtime: 'Node',
    layers: ['node', 'shared', 'core'],
    packages: ['commander', 'zod'],
    builtins: 'all',
  },
  {
    name: 'web',
    folder: 'electron/web',
    runtime: 'Node, without Electron',
    layers: ['node', 'shared', 'core'],
    packages: ['zod'],
    builtins: 'all',
  },
  {
    name: 'main',
    folder: 'electron/main',
    runtime: "Electron's main process",
    layers: ['node', 'shared', 'core'],
    packages: ['electron', 'zod'],
    builtins: 'all',
  },
  {
    name: 'preload',
    folder: 'electron/preload',
    runtime: 'the sandboxed preload, without Node',
    layers: ['shared'],
    packages: ['electron'],
    builtins: [],
  },
  {
    name: 'renderer',
    folder: 'renderer',
    runtime: 'the browser',
    layers: ['core', 'shared'],
    packages: ['diff', 'react', 'react-dom', 'zod', 'zustand'],
    builtins: [],
  },
];
// Node's globals, which only the Node zones have (dependency typings declare them everywhere).
const NODE_GLOBALS = [
  'process',
  'Buffer',
  'global',
  '__dirname',
  '__filename',
  'require',
  'module',
  'exports',
  'setImmediate',
  'clearImmediate',
].map((name) => ({ name, message: `${name} is Node's; this layer runs without Node.` }));
const WITHOUT_NODE = ZONES.filter((zone) => zone.builtins !== 'all').map(
  (zone) => `${zone.folder}/**/*.{ts,tsx}`,
);

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'coverage/**', 'bin/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/explicit-module-boundary-types': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  {
    plugins: { layers: importZones(ZONES) },
    rules: { 'layers/zones': 'error' },
  },
  {
    files: WITHOUT_NODE,
    rules: { 'no-restricted-globals': ['error', ...NODE_GLOBALS] },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Tools find their configuration through its default export.
    files: ['eslint.config.js', 'vitest.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['build/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly' } },
  },
);
