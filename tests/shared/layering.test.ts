import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layers' import rules live in eslint.config.js; these probes prove that they bite. Type-aware
// linting needs real files inside the project, so each probe is written, linted and removed.
const eslint = new ESLint();

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const path = file.replace(/probe\.ts$/, `layering-probe-${process.pid}.ts`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, code);
  try {
    const [result] = await eslint.lintFiles([path]);
    const fatal = result?.messages.find((m) => m.fatal);
    if (fatal) throw new Error(fatal.message);
    return (result?.messages ?? [])
      .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
      .map((m) => m.message);
  } finally {
    rmSync(path);
  }
}

describe('layering', () => {
  it('keeps electron/core free of Node, Electron, the database and the layers above it', async () => {
    const messages = await restrictedImports(
      'electron/core/probe.ts',
      [
        "import { readFileSync } from 'node:fs';",
        "import { join } from 'path';",
        "import { app } from 'electron';",
        "import Database from 'better-sqlite3';",
        "import { createHandlers } from '../node/api-handlers';",
        "import { procedures } from '../shared/api';",
        'export const probe = [readFileSync, join, app, Database, createHandlers, procedures];',
      ].join('\n'),
    );
    expect(messages).toHaveLength(6);
  });

  it('lets electron/shared import core but nothing that needs Node', async () => {
    const messages = await restrictedImports(
      'electron/shared/probe.ts',
      "import { CaseSchema } from '../core/case/case-schema';\nimport { createHandlers } from '../node/api-handlers';\nexport const probe = [CaseSchema, createHandlers];\n",
    );
    expect(messages).toHaveLength(1);
  });

  it('keeps Electron out of electron/node', async () => {
    const messages = await restrictedImports(
      'electron/node/probe.ts',
      "import { app } from 'electron';\nimport { runCli } from '../cli/run-cli';\nexport const probe = [app, runCli];\n",
    );
    expect(messages).toHaveLength(2);
  });

  it('lets the renderer import pure core and shared modules, never Node or electron/node', async () => {
    const messages = await restrictedImports(
      'renderer/src/probe.ts',
      [
        "import { procedures } from '../../electron/shared/api';",
        "import { formatMoney } from '../../electron/core/i18n/format';",
        "import { createHandlers } from '../../electron/node/api-handlers';",
        "import { readFileSync } from 'node:fs';",
        "import { join } from 'path';",
        'export const probe = [procedures, formatMoney, createHandlers, readFileSync, join];',
      ].join('\n'),
    );
    expect(messages).toHaveLength(3);
  });
});
