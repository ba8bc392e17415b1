import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The layers of the design; arrows point down. Each zone lists what it must never import.
const NODE_BUILTINS = [
  'assert',
  'buffer',
  'child_process',
  'crypto',
  'events',
  'fs',
  'fs/promises',
  'http',
  'https',
  'module',
  'net',
  'os',
  'path',
  'process',
  'stream',
  'url',
  'util',
  'worker_threads',
  'zlib',
];
const layer = (name) => `(^|/)${name}(/|$)`;
const forbid = (names, message) => names.map((name) => ({ regex: layer(name), message }));

const pureZone = (message, extra = []) => ({
  '@typescript-eslint/no-restricted-imports': [
    'error',
    {
      paths: [
        { name: 'electron', message },
        { name: 'better-sqlite3', message },
        ...NODE_BUILTINS.map((name) => ({ name, message })),
      ],
      patterns: [{ regex: '^node:', message }, ...extra],
    },
  ],
});

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
    files: ['electron/core/**/*.ts'],
    rules: pureZone(
      'electron/core is pure TypeScript: no Electron, Node built-ins or database.',
      forbid(
        ['node', 'main', 'preload', 'cli', 'web', 'shared'],
        'electron/core imports nothing above it.',
      ),
    ),
  },
  {
    files: ['electron/shared/**/*.ts'],
    rules: pureZone(
      'electron/shared is the API contract: no Electron, Node built-ins or database.',
      forbid(
        ['node', 'main', 'preload', 'cli', 'web'],
        'electron/shared imports only electron/core.',
      ),
    ),
  },
  {
    files: ['electron/node/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'electron/node runs without Electron (CLI, web mode, tests).',
            },
          ],
          patterns: forbid(
            ['main', 'preload', 'cli', 'web'],
            'electron/node imports only shared and core.',
          ),
        },
      ],
    },
  },
  {
    files: ['electron/web/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Web mode runs in plain Node, without Electron.' }],
          patterns: forbid(
            ['main', 'preload', 'cli'],
            'electron/web imports node, shared and core.',
          ),
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: forbid(
            ['preload', 'cli', 'web'],
            'electron/main imports node, shared and core.',
          ),
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['better-sqlite3', ...NODE_BUILTINS].map((name) => ({
            name,
            message: 'The sandboxed preload script has no Node.',
          })),
          patterns: [
            { regex: '^node:', message: 'The sandboxed preload script has no Node.' },
            ...forbid(
              ['node', 'main', 'cli', 'web', 'core'],
              'electron/preload imports only shared.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'The renderer talks to the app only through the API client.',
            },
            ...['better-sqlite3', ...NODE_BUILTINS].map((name) => ({
              name,
              message: 'The renderer runs in the browser: no Node.',
            })),
          ],
          patterns: [
            { regex: '^node:', message: 'The renderer runs in the browser: no Node.' },
            {
              // Pure core rules and the API contract may be shared; nothing that needs Node.
              regex: '(^|/)electron/(?!core/|shared/)',
              allowTypeImports: true,
              message:
                'The renderer may import only pure electron/core and electron/shared modules.',
            },
          ],
        },
      ],
    },
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
