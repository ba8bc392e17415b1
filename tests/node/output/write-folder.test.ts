import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { SkyError } from '../../../electron/core/errors';
import {
  recoverInterruptedSets,
  writeFolderAtomically,
} from '../../../electron/node/output/write-folder';

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

describe('replacing a set in an existing folder', () => {
  const manifest = (names: string[]) =>
    JSON.stringify({ files: names.map((name) => ({ name, sha256: 'x' })) });
  /** The folder as a map of name → text, hidden folders included. */
  const contents = (folder: string) =>
    Object.fromEntries(
      readdirSync(folder)
        .sort()
        .map((name) => [name, readFileSync(join(folder, name), 'utf8')]),
    );
  const oldSet = () => {
    writeFileSync(join(root, 'a.docx'), 'old a');
    writeFileSync(join(root, 'b.pdf'), 'old b');
    writeFileSync(join(root, 'c.pdf'), 'old appendix');
    writeFileSync(join(root, 'manifest.json'), manifest(['a.docx', 'b.pdf', 'c.pdf']));
    writeFileSync(join(root, 'notes.txt'), 'the user’s own');
    return contents(root);
  };
  const newSet = [
    { name: 'a.docx', bytes: bytes('new a') },
    { name: 'b.pdf', bytes: bytes('new b') },
    { name: 'manifest.json', bytes: bytes(manifest(['a.docx', 'b.pdf'])) },
  ];
  const failingOn = (file: string, code: string) => (from: string, to: string) => {
    if (from.endsWith(file) || to.endsWith(file)) {
      throw Object.assign(new Error(`${code}: rename`), { code });
    }
    renameSync(from, to);
  };

  it('replaces the whole set: an appendix left out goes, the user’s own files stay', async () => {
    oldSet();
    await writeFolderAtomically(root, newSet);
    expect(contents(root)).toEqual({
      'a.docx': 'new a',
      'b.pdf': 'new b',
      'manifest.json': manifest(['a.docx', 'b.pdf']),
      'notes.txt': 'the user’s own',
    });
  });

  it('leaves the previous set whole when a file open in Word cannot be moved, and says so', async () => {
    const before = oldSet();
    const error = (await writeFolderAtomically(
      root,
      newSet,
      undefined,
      failingOn('b.pdf', 'EBUSY'),
    ).catch((e: unknown) => e)) as SkyError;
    expect(error.code).toBe('output.file-open');
    expect(error.where).toBe(join(root, 'b.pdf'));
    expect(error.describe('nb')).toContain('lukk filen i Word og prøv igjen');
    expect(error.describe('nb')).toContain('forrige utgaven av filene ligger urørt');
    expect(error.describe('nb')).not.toContain('Ingenting er skrevet');
    expect(contents(root)).toEqual(before);
  });

  it('undoes every move when a new file fails to move in half-way', async () => {
    const before = oldSet();
    const error = (await writeFolderAtomically(root, newSet, undefined, (from, to) => {
      if (from.includes('.skyavtale-staging-') && to.endsWith('b.pdf')) {
        throw Object.assign(new Error('EPERM'), { code: 'EPERM' });
      }
      renameSync(from, to);
    }).catch((e: unknown) => e)) as SkyError;
    expect(error.code).toBe('output.file-open');
    expect(contents(root)).toEqual(before);
  });

  it('puts back the previous set a process that died half-way through a replacement left', () => {
    const before = oldSet();
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    const staging = join(root, `.skyavtale-staging-${gone}-abc`);
    const previous = join(root, `.skyavtale-previous-${gone}-abc`);
    mkdirSync(staging);
    mkdirSync(previous);
    // It had moved the old manifest and a.docx aside, and the new a.docx in.
    renameSync(join(root, 'manifest.json'), join(previous, 'manifest.json'));
    renameSync(join(root, 'a.docx'), join(previous, 'a.docx'));
    writeFileSync(join(root, 'a.docx'), 'new a');
    writeFileSync(join(staging, 'b.pdf'), 'new b');
    writeFileSync(join(staging, 'manifest.json'), manifest(['a.docx', 'b.pdf']));

    recoverInterruptedSets(root);
    expect(contents(root)).toEqual(before);
  });
});
