import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../electron/cli/code-cache';
import { tempDir } from '../fixtures/cli';

interface Exports {
  twice: (n: number) => number;
  where: () => { file: string; dir: string; found: string };
  fail: () => never;
}

// A bundle as esbuild writes one for Node: CommonJS, with a require relative to its own file.
const SOURCE = [
  "const { join } = require('node:path');",
  'exports.twice = (n) => n * 2;',
  "exports.where = () => ({ file: __filename, dir: __dirname, found: require.resolve('./beside.cjs') });",
  'exports.fail = () => {',
  "  throw new Error('at line five');",
  '};',
  '',
].join('\n');

let copies = 0;
/**
 * Writes the bundle to a file of a new name. V8 keeps what it compiles in this process by source
 * and file name, and would take the same file again from there without reading the cache, as a
 * process of the command line never does.
 */
function bundleIn(dir: string, source = SOURCE): string {
  writeFileSync(join(dir, 'beside.cjs'), '');
  const file = join(dir, `bundle-${++copies}.cjs`);
  writeFileSync(file, source);
  return file;
}

/** Loads the bundle from a new file, calls into it, and keeps its code, as a command does. */
function run(dir: string, cacheFile: string | null, source = SOURCE) {
  const bundle = loadBundle<Exports>(bundleIn(dir, source), cacheFile);
  expect(bundle.exports.twice(21)).toBe(42);
  bundle.keep();
  return bundle;
}

describe("a bundle run with V8's code cache", () => {
  it('runs as Node runs a CommonJS file: its exports, require, __filename and __dirname', () => {
    const dir = tempDir();
    const file = bundleIn(dir);
    const { exports } = loadBundle<Exports>(file, null);
    expect(exports.where()).toEqual({ file, dir, found: join(dir, 'beside.cjs') });
  });

  it("keeps the bundle's own line numbers in a stack trace", () => {
    const file = bundleIn(tempDir());
    const { exports } = loadBundle<Exports>(file, null);
    expect(() => exports.fail()).toThrow(
      expect.objectContaining({ stack: expect.stringContaining(`${file}:5:`) as string }),
    );
  });

  it('keeps the compiled code after the run, and the next run starts from it without writing', () => {
    const dir = tempDir();
    const cacheFile = join(dir, 'cache', 'bundle.bin');
    expect(run(dir, cacheFile).fromCache).toBe(false);
    expect(statSync(cacheFile).size).toBeGreaterThan(64);
    const cached = readFileSync(cacheFile);

    expect(run(dir, cacheFile).fromCache).toBe(true);
    expect(readFileSync(cacheFile).equals(cached)).toBe(true);
    expect(readdirSync(join(dir, 'cache'))).toEqual(['bundle.bin']);
  });

  it('takes nothing from a cache made for other source of the same length, and replaces it', () => {
    const dir = tempDir();
    const cacheFile = join(dir, 'bundle.bin');
    run(dir, cacheFile);
    const other = SOURCE.replace('n * 2', 'n + n');
    expect(other.length).toBe(SOURCE.length);
    expect(run(dir, cacheFile, other).fromCache).toBe(false);
    expect(run(dir, cacheFile, other).fromCache).toBe(true);
  });

  it('takes nothing from damaged data, which V8 itself would read unchecked', () => {
    const dir = tempDir();
    const cacheFile = join(dir, 'bundle.bin');
    run(dir, cacheFile);
    const damaged = readFileSync(cacheFile);
    damaged[damaged.length - 1]! ^= 0xff;
    writeFileSync(cacheFile, damaged);
    expect(run(dir, cacheFile).fromCache).toBe(false);

    writeFileSync(cacheFile, damaged.subarray(0, 40));
    expect(run(dir, cacheFile).fromCache).toBe(false);
    expect(run(dir, cacheFile).fromCache).toBe(true);
  });

  it('replaces intact data that V8 turns down (another V8 or other flags)', () => {
    const dir = tempDir();
    const cacheFile = join(dir, 'bundle.bin');
    run(dir, cacheFile);
    const sourceDigest = readFileSync(cacheFile).subarray(0, 32);
    const notV8s = Buffer.alloc(1000, 7);
    const digest = createHash('sha256').update(notV8s).digest();
    writeFileSync(cacheFile, Buffer.concat([sourceDigest, digest, notV8s]));
    expect(run(dir, cacheFile).fromCache).toBe(false);
    expect(run(dir, cacheFile).fromCache).toBe(true);
  });

  it('runs all the same where the cache cannot be written', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), '');
    expect(run(dir, join(dir, 'file', 'bundle.bin')).fromCache).toBe(false);
  });
});
