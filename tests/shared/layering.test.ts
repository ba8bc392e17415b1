import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The layers' import rules live in eslint.config.js and their type environments in one tsconfig
// per runtime; these probes prove that both bite. The import rules need no type information, so
// the probes are linted as text; the compiler needs a real file, so each type probe is written,
// checked and removed.
const eslint = new ESLint({ overrideConfig: tseslint.configs.disableTypeChecked });

async function withProbe<T>(file: string, code: string, check: (path: string) => T): Promise<T> {
  const path = file.replace(/probe\.(tsx?)$/, `layering-probe-${process.pid}.$1`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, code);
  try {
    return await check(path);
  } finally {
    rmSync(path);
  }
}

/** The layer rule's and the Node-globals rule's messages for a probe file. */
async function layerProblems(file: string, lines: string[]): Promise<string[]> {
  const results = await eslint.lintText(`${lines.join('\n')}\n`, { filePath: file });
  const messages = results[0]?.messages ?? [];
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(fatal.message);
  return messages
    .filter((m) => m.ruleId === 'layers/zones' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

/** The type errors a probe gets under its folder's tsconfig, checked alone. */
function typeErrors(file: string, code: string): Promise<string[]> {
  return withProbe(file, code, (path) => {
    const config = ts.getParsedCommandLineOfConfigFile(
      ts.findConfigFile(dirname(path), (f) => ts.sys.fileExists(f)) ?? '',
      {},
      { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
    );
    if (!config) throw new Error(`no tsconfig for ${path}`);
    const program = ts.createProgram([path], {
      ...config.options,
      composite: false,
      emitDeclarationOnly: false,
      noEmit: true,
    });
    return ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  });
}

const ZONE_NAMES = ['core', 'shared', 'node', 'cli', 'web', 'main', 'preload', 'renderer'];

describe('layering', () => {
  it('keeps electron/core free of Node, Electron, the database, other packages and the layers above it', async () => {
    const messages = await layerProblems('electron/core/probe.ts', [
      "import { readFileSync } from 'node:fs';",
      "import { join } from 'path';",
      "import { performance } from 'perf_hooks';",
      "import { createInterface } from 'readline';",
      "import { pipeline } from 'stream/promises';",
      "import { setTimeout as wait } from 'timers/promises';",
      "import { lookup } from 'dns';",
      "import { app } from 'electron';",
      "import Database from 'better-sqlite3';",
      "import { Command } from 'commander';",
      "import { createHandlers } from '../node/api-handlers';",
      "import { procedures } from '../shared/api';",
      "import { App } from '../../renderer/src/app';",
      "export { openDatabase } from '../node/store/database';",
      "export * from '../web/server';",
      "export const later = async () => import('node:fs');",
      'export const computed = async (name: string) => import(name);',
      "export const required = () => require('node:os') as unknown;",
      'export const probe = [readFileSync, join, performance, createInterface, pipeline, wait, lookup, app, Database, Command, createHandlers, procedures, App];',
    ]);
    expect(messages).toHaveLength(19);
    expect(messages.filter((m) => m.includes('may not import the package'))).toHaveLength(3);
    expect(messages.filter((m) => m.includes("runs without Node's"))).toHaveLength(9);
    expect(messages.some((m) => m.includes('may not import renderer/'))).toBe(true);
    expect(messages.some((m) => m.includes('computed module name'))).toBe(true);
    expect(messages.some((m) => m.includes("require is Node's"))).toBe(true);
  });

  it('lets electron/core import its own packages and modules', async () => {
    const messages = await layerProblems('electron/core/probe.ts', [
      "import { z } from 'zod';",
      "import { Paragraph } from 'docx';",
      "import { CaseSchema } from './case/case-schema';",
      "export { sha256Hex } from './render/sha256';",
      'export const probe = [z, Paragraph, CaseSchema];',
    ]);
    expect(messages).toEqual([]);
  });

  it('lets electron/shared import core but nothing that needs Node', async () => {
    const messages = await layerProblems('electron/shared/probe.ts', [
      "import { CaseSchema } from '../core/case/case-schema';",
      "import { createHandlers } from '../node/api-handlers';",
      'export const probe = [CaseSchema, createHandlers, process.env];',
    ]);
    expect(messages).toHaveLength(2);
  });

  it('keeps Electron out of electron/node', async () => {
    const messages = await layerProblems('electron/node/probe.ts', [
      "import { app } from 'electron';",
      "import { runCli } from '../cli/run-cli';",
      "import { readFileSync } from 'node:fs';",
      'export const probe = [app, runCli, readFileSync];',
    ]);
    expect(messages).toHaveLength(2);
  });

  it('lets the renderer import pure core and shared modules, never Node, Electron or electron/node', async () => {
    const messages = await layerProblems('renderer/src/probe.ts', [
      "import { procedures } from '../../electron/shared/api';",
      "import { CaseSchema } from '../../electron/core/case/case-schema';",
      "import { create } from 'zustand';",
      "import { createHandlers } from '../../electron/node/api-handlers';",
      "import { ipcRenderer } from 'electron';",
      "import { readFile } from 'node:fs/promises';",
      'export const probe = [procedures, CaseSchema, create, createHandlers, ipcRenderer, readFile, Buffer.from(""), process.env];',
    ]);
    expect(messages).toHaveLength(5);
  });

  it('type-checks electron/core without the DOM and the renderer without Node', async () => {
    expect(
      await typeErrors('electron/core/probe.ts', 'export const probe = document.title;\n'),
    ).toEqual([expect.stringContaining("Cannot find name 'document'")]);
    expect(
      await typeErrors(
        'renderer/src/probe.ts',
        "export const probe = [process.env, Buffer.from('')];\n",
      ),
    ).toEqual([
      expect.stringContaining("Cannot find name 'process'"),
      expect.stringContaining("Cannot find name 'Buffer'"),
    ]);
  });

  it('allows each zone what the table of zones in the README says, and no built-in where it says none', async () => {
    const rows = [
      ...readFileSync('README.md', 'utf8').matchAll(
        /^ {2}\| `(\w+)` +\| ([^|]+?) +\| ([^|]+?) +\| (all|none) +\|$/gm,
      ),
    ];
    expect(rows.map((r) => r[1])).toEqual(ZONE_NAMES);
    for (const [, zone = '', layers = '', packages = '', builtins] of rows) {
      const probe = `${zone === 'renderer' ? 'renderer/src' : `electron/${zone}`}/probe.ts`;
      const allowed = [
        ...[...layers.matchAll(/\w+/g)].map(([layer]) => {
          const folder = layer === 'renderer' ? 'renderer/src' : `electron/${layer}`;
          return `${relative(dirname(probe), folder)}/module`;
        }),
        ...[...packages.matchAll(/`([^`]+)`/g)].map(([, name]) => name),
      ];
      const lines = [...allowed, 'node:fs'].map((name, i) => `import * as m${i} from '${name}';`);
      const messages = await layerProblems(probe, [...lines, 'export const probe = 1;']);
      expect(messages, zone).toEqual(
        builtins === 'all' ? [] : [expect.stringContaining("runs without Node's 'fs'")],
      );
    }
  });
});
