import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { SkyError } from '../../../electron/core/errors';
import { writeFolderAtomically } from '../../../electron/node/output/write-folder';

const bytes = (text: string) => new TextEncoder().encode(text);
let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'skyavtale-out-'));
});

describe('writing a set of files atomically', () => {
  it('creates the folder with every file', async () => {
    const target = join(root, 'a', 'b');
    await writeFolderAtomically(target, [
      { name: 'x.txt', bytes: bytes('x') },
      { name: 'y.txt', bytes: bytes('y') },
    ]);
    expect(readdirSync(target).sort()).toEqual(['x.txt', 'y.txt']);
    expect(readdirSync(join(root, 'a'))).toEqual(['b']);
  });

  it('adds to an existing folder, replacing files of the same name and leaving others', async () => {
    writeFileSync(join(root, 'keep.txt'), 'keep');
    writeFileSync(join(root, 'x.txt'), 'old');
    await writeFolderAtomically(root, [{ name: 'x.txt', bytes: bytes('new') }]);
    expect(readFileSync(join(root, 'x.txt'), 'utf8')).toBe('new');
    expect(readFileSync(join(root, 'keep.txt'), 'utf8')).toBe('keep');
    expect(readdirSync(root).sort()).toEqual(['keep.txt', 'x.txt']);
  });

  it('leaves nothing behind when a write fails half-way, in a new folder', async () => {
    const target = join(root, 'new');
    let calls = 0;
    const failing = async (path: string, data: Uint8Array) => {
      if (++calls === 2) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      writeFileSync(path, data);
      return Promise.resolve();
    };
    const error = await writeFolderAtomically(
      target,
      [
        { name: 'x.txt', bytes: bytes('x') },
        { name: 'y.txt', bytes: bytes('y') },
      ],
      failing,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SkyError);
    expect((error as SkyError).describe('nb')).toContain('disken er full');
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(root)).toEqual([]);
  });

  it('leaves an existing folder as it was when a write fails', async () => {
    writeFileSync(join(root, 'x.txt'), 'old');
    const failing = () => Promise.reject(Object.assign(new Error('denied'), { code: 'EACCES' }));
    await expect(
      writeFolderAtomically(root, [{ name: 'x.txt', bytes: bytes('new') }], failing),
    ).rejects.toThrow(/skrivetilgang/);
    expect(readdirSync(root)).toEqual(['x.txt']);
    expect(readFileSync(join(root, 'x.txt'), 'utf8')).toBe('old');
  });

  it('names the folder when part of its path is a file', async () => {
    writeFileSync(join(root, 'file'), '');
    const target = join(root, 'file', 'out');
    const error = (await writeFolderAtomically(target, [
      { name: 'x.txt', bytes: bytes('x') },
    ]).catch((e: unknown) => e)) as SkyError;
    expect(error.code).toBe('output.unwritable');
    expect(error.where).toBe(target);
    expect(error.describe('nb')).toMatch(/en del av (stien|den) er en fil/);
  });

  it('refuses a target that is a file', async () => {
    const file = join(root, 'file.txt');
    writeFileSync(file, 'x');
    await expect(
      writeFolderAtomically(file, [{ name: 'x.txt', bytes: bytes('x') }]),
    ).rejects.toThrow(/er en fil, ikke en mappe/);
  });
});
