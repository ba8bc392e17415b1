import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The rules and formatting the documents are written with exist once, in electron/core; the
// renderer imports them. A function of the same name declared in the renderer is a copy, and so
// is one that differs only by a plural (`clauseText` beside the core's `clauseTexts`).
const CORE_RULES = [
  'electron/core/rules',
  'electron/core/i18n',
  'electron/core/preview',
  'electron/core/assembly/clause-texts.ts',
];

const sameRule = (name: string) => name.replace(/s$/, '');

function sourceFiles(path: string): string[] {
  if (path.endsWith('.ts')) return [path];
  return readdirSync(path, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

function exportedNames(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/export (?:function|const) ([A-Za-z_$][\w$]*)/g)].map((m) => m[1]!);
}

describe('one truth for every rule', () => {
  const coreNames = new Set(CORE_RULES.flatMap(sourceFiles).flatMap(exportedNames));
  const coreRules = new Set([...coreNames].map(sameRule));

  it('finds the core rules it guards', () => {
    for (const name of [
      'allowedDowntimeSeconds',
      'priceTotals',
      'formatMoney',
      'isValidOrgNumber',
      'clauseTexts',
    ])
      expect(coreNames.has(name), name).toBe(true);
  });

  it('declares none of the core rules again in the renderer', () => {
    const copies = sourceFiles('renderer/src').flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const declared = [...text.matchAll(/(?:function|const|let) ([A-Za-z_$][\w$]*)/g)].map(
        (m) => m[1]!,
      );
      const functions = [
        ...text.matchAll(/(?:function ([A-Za-z_$][\w$]*)|const ([A-Za-z_$][\w$]*) = \()/g),
      ].map((m) => (m[1] ?? m[2])!);
      return [
        ...declared.filter((name) => coreNames.has(name)),
        ...functions.filter((name) => !coreNames.has(name) && coreRules.has(sameRule(name))),
      ].map((name) => `${file}: ${name}`);
    });
    expect(copies).toEqual([]);
  });
});
