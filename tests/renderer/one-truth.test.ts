import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendixOutline } from '../../electron/core/contract-set/appendix-outline';
import { loadLibrary } from '../../electron/node/templates/load-library';

// The rules and formatting the documents are written with exist once, in electron/core; the
// renderer imports them. A function of the same name declared in the renderer is a copy, and so
// is one that differs only by a plural (`clauseText` beside the core's `clauseTexts`).
const CORE_RULES = [
  'electron/core/rules',
  'electron/core/i18n',
  'electron/core/preview',
  'electron/core/assembly/clause-texts.ts',
  'electron/core/contract-set',
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
      'tickAppendixFor',
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

// The appendix titles come from the templates through the API. One title in the renderer may be a
// label of its own (the DPA tab is «Databehandleravtale»); titles of two different appendices in
// one file are a table of them.
const appendixOf = new Map<string, Set<string>>();
for (const [agreement, outline] of Object.entries(appendixOutline(loadLibrary().agreements))) {
  for (const appendix of outline.appendices) {
    for (const title of Object.values(appendix.title)) {
      const ids = appendixOf.get(title) ?? new Set<string>();
      ids.add(`${agreement} ${appendix.key}`);
      appendixOf.set(title, ids);
    }
  }
}

/** The appendix titles a source text spells out as string literals, if they name two appendices. */
function appendixTitleTable(text: string): string[] {
  const titles = [...text.matchAll(/(['"`])((?:(?!\1)[^\\\n])+)\1/g)]
    .map((m) => m[2]!)
    .filter((literal) => appendixOf.has(literal));
  const common = titles.reduce<Set<string> | null>((shared, title) => {
    const ids = appendixOf.get(title)!;
    return shared === null ? new Set(ids) : new Set([...shared].filter((id) => ids.has(id)));
  }, null);
  return common === null || common.size > 0 ? [] : titles;
}

describe('one source for the appendix titles', () => {
  it('recognises a table of appendix titles', () => {
    const table = `const SSA_L = {
      '4': { nb: 'Tjenestenivå med standardiserte kompensasjoner', en: 'Service levels' },
      '5': { nb: 'Administrative bestemmelser' },
    };`;
    expect(appendixTitleTable(table)).toEqual([
      'Tjenestenivå med standardiserte kompensasjoner',
      'Service levels',
      'Administrative bestemmelser',
    ]);
    expect(appendixTitleTable("t('Databehandleravtale', 'Data processing agreement')")).toEqual([]);
  });

  it('keeps no table of appendix titles in the renderer', () => {
    const tables = sourceFiles('renderer/src').flatMap((file) =>
      appendixTitleTable(readFileSync(file, 'utf8')).map((title) => `${file}: ${title}`),
    );
    expect(tables).toEqual([]);
  });
});
