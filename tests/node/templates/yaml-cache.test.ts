import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTemplatesRoot, loadLibrary } from '../../../electron/node/templates/load-library';
import { openYamlCache } from '../../../electron/node/templates/yaml-cache';

const cacheFile = (): string =>
  join(mkdtempSync(join(tmpdir(), 'skyavtale-yaml-cache-')), 'cache', 'y.json');

const entriesOf = (file: string): Record<string, string> =>
  (JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, string> }).entries;

describe('the parsed-YAML cache', () => {
  it('gives a later process the data it parsed, read from the file instead of the YAML', () => {
    const file = cacheFile();
    const first = openYamlCache(file);
    expect(first.read('a: 1\nb: [x, y]\n')).toEqual({ a: 1, b: ['x', 'y'] });
    first.save();
    // Tamper with the stored entry: a hit must return it, which parsing the YAML never would.
    const [key] = Object.keys(entriesOf(file));
    writeFileSync(
      file,
      JSON.stringify({ format: 1, entries: { [key ?? '']: JSON.stringify({ cached: true }) } }),
    );
    expect(openYamlCache(file).read('a: 1\nb: [x, y]\n')).toEqual({ cached: true });
  });

  it('keeps the entries used last first, then the others up to twice as many as it used', () => {
    const file = cacheFile();
    const first = openYamlCache(file);
    first.read('a: 1\n');
    first.read('b: 2\n');
    first.save();
    const second = openYamlCache(file);
    second.read('c: 3\n');
    second.save();
    // An edited file's old version falls out at the back.
    expect(Object.values(entriesOf(file))).toEqual(['{"c":3}', '{"a":1}']);
  });

  it('keeps the entries of two template folders that take turns', () => {
    const file = cacheFile();
    const run = (...sources: string[]) => {
      const cache = openYamlCache(file);
      for (const source of sources) cache.read(source);
      cache.save();
    };
    run('shipped: 1\n', 'bank: 1\n');
    run('scaled: 2\n', 'bank: 2\n');
    const [shipped] = Object.keys(entriesOf(file)).slice(2);
    // A hit returns the stored entry, which parsing the YAML never would.
    const entries = entriesOf(file);
    entries[shipped ?? ''] = JSON.stringify({ cached: true });
    writeFileSync(file, JSON.stringify({ format: 1, entries }));
    expect(openYamlCache(file).read('shipped: 1\n')).toEqual({ cached: true });
  });

  it('leaves the file as it is when a run used what it held, in its order', () => {
    const file = cacheFile();
    const first = openYamlCache(file);
    first.read('a: 1\n');
    first.save();
    const written = readFileSync(file, 'utf8');
    writeFileSync(file, written.replace('{', '{ '));
    const second = openYamlCache(file);
    second.read('a: 1\n');
    second.save();
    expect(readFileSync(file, 'utf8')).toBe(written.replace('{', '{ '));
  });

  it('does not keep what JSON cannot hold, and still returns it', () => {
    const file = cacheFile();
    const cache = openYamlCache(file);
    expect(cache.read('limit: .inf\n')).toEqual({ limit: Infinity });
    cache.save();
    expect(() => readFileSync(file)).toThrow();
  });

  it('parses the YAML as if there were no cache when the file is damaged', () => {
    const file = cacheFile();
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, '{"format":1,"entr');
    expect(openYamlCache(file).read('a: 1\n')).toEqual({ a: 1 });
  });

  it('still reports a YAML fault by throwing', () => {
    expect(() => openYamlCache(cacheFile()).read('a: [1\n')).toThrow();
  });

  it('gives the same library with a cache, filled and read, as without one', () => {
    const file = cacheFile();
    const copy = (): string => {
      const root = mkdtempSync(join(tmpdir(), 'skyavtale-templates-'));
      cpSync(findTemplatesRoot(), root, { recursive: true });
      return root;
    };
    // The libraries differ only in the folder each was read from.
    const load = (cache: string | null) => ({ ...loadLibrary(copy(), cache), root: '' });
    const plain = load(null);
    const filling = load(file);
    const reading = load(file);
    expect(filling).toEqual(plain);
    expect(reading).toEqual(plain);
    expect(Object.keys(entriesOf(file)).length).toBeGreaterThan(10);
  });
});
