import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCacheFile } from '../../electron/node/cache-file';
import { tempDir } from '../fixtures/cli';

describe('a cache file', () => {
  it('is written for this user alone, in a folder made for it, and replaced whole', () => {
    const dir = tempDir();
    const file = join(dir, 'cache', 'x.bin');
    writeCacheFile(file, 'first');
    writeCacheFile(file, Buffer.from('second'));
    expect(readFileSync(file, 'utf8')).toBe('second');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'cache')).mode & 0o777).toBe(0o700);
    expect(readdirSync(join(dir, 'cache'))).toEqual(['x.bin']);
  });

  it('is left out, without an error or a partial file, where it cannot be written', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), '');
    expect(() => {
      writeCacheFile(join(dir, 'file', 'x.bin'), 'data');
    }).not.toThrow();
    // A folder in the file's place: the data is written beside it and cannot be renamed into it.
    mkdirSync(join(dir, 'cache', 'x.bin'), { recursive: true });
    expect(() => {
      writeCacheFile(join(dir, 'cache', 'x.bin'), 'data');
    }).not.toThrow();
    expect(readdirSync(join(dir, 'cache'))).toEqual(['x.bin']);
    expect(readdirSync(dir).sort()).toEqual(['cache', 'file']);
  });
});
