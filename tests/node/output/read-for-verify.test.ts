import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprintFile, MAX_MANIFEST_BYTES } from '../../../electron/node/output/read-for-verify';
import { cli, tempDir } from '../../fixtures/cli';

describe('verify reads only what it should', () => {
  it('fingerprints a regular file by streaming it', async () => {
    const file = join(tempDir(), 'avtale.pdf');
    const bytes = Buffer.alloc(3 * 1024 * 1024 + 7, 0x41);
    writeFileSync(file, bytes);
    expect(await fingerprintFile(file)).toEqual({
      sha256: createHash('sha256').update(bytes).digest('hex'),
      size: bytes.length,
    });
  });

  it('refuses a device or a folder at once, naming it', async () => {
    for (const path of ['/dev/zero', tempDir()]) {
      const result = await cli('verify', path);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(path);
      expect(result.stderr).toContain('ikke en vanlig fil');
    }
  });

  it('says in words that a damaged or oversized manifest is not one, without a stack trace', async () => {
    const dir = tempDir();
    const file = join(dir, 'avtale.pdf');
    writeFileSync(file, 'innhold');
    writeFileSync(join(dir, 'manifest.json'), '{ "files": [ ');
    const damaged = await cli('verify', file);
    expect(damaged.code).toBe(1);
    expect(damaged.stderr).toContain('ikke gyldig JSON');
    expect(damaged.stderr).not.toMatch(/\n\s+at /);

    const large = join(dir, 'stor.json');
    writeFileSync(large, `{"files":[],"pad":"${'x'.repeat(MAX_MANIFEST_BYTES)}"}`);
    const oversized = await cli('verify', file, '--manifest', large);
    expect(oversized.code).toBe(1);
    expect(oversized.stderr).toContain('for stor');
  });
});
