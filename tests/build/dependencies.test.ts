import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Manifest {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}
interface Lock {
  packages: Record<string, { version?: string; bin?: Record<string, string> }>;
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest;
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lock;
const declared = { ...pkg.dependencies, ...pkg.devDependencies };

const CODE_FOLDERS = ['electron', 'renderer', 'bench', 'build', 'tests', 'bin'];
const codeFiles = [
  ...CODE_FOLDERS.flatMap((folder) =>
    readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((file) => join(folder, file)),
  ),
  ...readdirSync('.').filter((file) => /\.config\.[cm]?[jt]s$/.test(file)),
].filter((file) => /\.(ts|tsx|js|mjs)$/.test(file) && !file.includes('screenshots'));

const PACKAGE_SPECIFIER = /^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(?:\/[\w./-]+)?$/;

/** The package a module specifier names, or null for paths, Node's built-ins and other text. */
function packageOf(specifier: string): string | null {
  if (!PACKAGE_SPECIFIER.test(specifier)) return null;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? '');
  return builtinModules.includes(name) ? null : name;
}

const SPECIFIER =
  /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*|\bvi\.mock\s*\(\s*)['"]([^'"\n]+)['"]/g;
const QUOTED = /['"]((?:@[\w.-]+\/)?[\w.-]+)(?:\/[^'"\n]*)?['"]/g;

const imported = new Map<string, string>();
const quoted = new Set<string>();
for (const file of codeFiles) {
  const text = readFileSync(file, 'utf8');
  for (const [, specifier = ''] of text.matchAll(SPECIFIER)) {
    const name = packageOf(specifier);
    if (name && !imported.has(name)) imported.set(name, file);
  }
  for (const [, name = ''] of text.matchAll(QUOTED)) quoted.add(name);
}

const scriptWords = new Set(Object.values(pkg.scripts).flatMap((script) => script.split(/\s+/)));
/** A package run by name from a script, as `tsc` runs TypeScript. */
const runByScript = (name: string) =>
  Object.keys(lock.packages[`node_modules/${name}`]?.bin ?? {}).some((bin) => scriptWords.has(bin));
/** `@types/x` is there for package x (or for Node's own modules). */
const typesUsed = (name: string) => {
  const typed = name.replace(/^@types\//, '');
  return typed === 'node' || imported.has(typed) || typed in declared;
};

/** The lowest version a range allows, and the versions it allows. */
function floorOf(range: string): string {
  return range.replace(/^[\^~=]/, '');
}
function allows(range: string, version: string): boolean {
  const [floorMajor = 0, floorMinor = 0, floorPatch = 0] = floorOf(range).split('.').map(Number);
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
  const atLeast =
    major !== floorMajor
      ? major > floorMajor
      : minor !== floorMinor
        ? minor > floorMinor
        : patch >= floorPatch;
  if (range.startsWith('^')) {
    return atLeast && major === floorMajor && (major > 0 || minor === floorMinor);
  }
  if (range.startsWith('~')) return atLeast && major === floorMajor && minor === floorMinor;
  return version === floorOf(range);
}

describe('the dependencies in package.json', () => {
  it('list every package the code imports', () => {
    const missing = [...imported].filter(([name]) => !(name in declared));
    expect(missing.map(([name, file]) => `${name} (imported by ${file})`)).toEqual([]);
  });

  it('list no package that nothing imports, loads by name or runs', () => {
    const unused = Object.keys(declared).filter(
      (name) =>
        !imported.has(name) &&
        !quoted.has(name) &&
        !runByScript(name) &&
        !(name.startsWith('@types/') && typesUsed(name)),
    );
    expect(unused).toEqual([]);
  });

  it('allow the installed version, from a floor no older than the minor release tested', () => {
    // CI installs what package-lock.json pins; a lower floor would promise versions never tested,
    // as «docx ^9.5.1» once did for an export that came later.
    const wrong = Object.entries(declared).flatMap(([name, range]) => {
      const version = lock.packages[`node_modules/${name}`]?.version;
      if (!version) return [`${name} ${range}: not in package-lock.json`];
      const [floorMajor, floorMinor] = floorOf(range).split('.');
      const [major, minor] = version.split('.');
      return allows(range, version) && floorMajor === major && floorMinor === minor
        ? []
        : [`${name} ${range}: ${version} installed`];
    });
    expect(wrong).toEqual([]);
  });

  it('are checked by a range rule that tells an allowed version from one it rules out', () => {
    expect(allows('^9.15.2', '9.15.2')).toBe(true);
    expect(allows('^9.15.2', '9.20.0')).toBe(true);
    expect(allows('^9.15.2', '9.5.1')).toBe(false);
    expect(allows('^9.15.2', '10.0.0')).toBe(false);
    expect(allows('^0.25.0', '0.25.12')).toBe(true);
    expect(allows('^0.25.0', '0.26.0')).toBe(false);
    expect(allows('~5.9.3', '5.9.4')).toBe(true);
    expect(allows('~5.9.3', '5.10.0')).toBe(false);
    expect(allows('45.5.0', '45.5.0')).toBe(true);
    expect(allows('45.5.0', '45.5.1')).toBe(false);
  });
});
