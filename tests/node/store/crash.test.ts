import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { needsFullCheck } from '../../../electron/node/store/database';
import { DATABASE_NAME, LibraryFolder } from '../../../electron/node/store/library';
import { EXAMPLES, examplePath } from '../../fixtures/cases';
import { tempDir } from '../../fixtures/cli';

/** Bundles the writer inside the project, so the native module resolves from node_modules. */
async function bundleWriter(): Promise<string> {
  const outDir = join(process.cwd(), 'node_modules', '.cache', 'skyavtale-tests');
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, `store-writer-${process.pid}.mjs`);
  await build({
    entryPoints: [join(process.cwd(), 'tests', 'fixtures', 'store-writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    external: ['better-sqlite3'],
    logLevel: 'silent',
  });
  return outfile;
}

describe('a writing process killed mid-way', () => {
  it('leaves a database that opens and holds every committed version', async () => {
    const writer = await bundleWriter();
    const dataDir = tempDir('skyavtale-crash-');
    const child = spawn(process.execPath, [writer, dataDir, examplePath(EXAMPLES.ssaSky)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let caseId = 0;
    let committed = 0;
    await new Promise<void>((resolve, reject) => {
      let buffer = '';
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        for (const line of buffer.split('\n').slice(0, -1)) {
          const [word, value] = line.split(' ');
          if (word === 'case') caseId = Number(value);
          if (word === 'saved') committed = Number(value);
        }
        buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
        if (committed >= 200 && child.exitCode === null) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', (code, signal) => {
        if (signal !== 'SIGKILL') reject(new Error(`writer stopped by itself (${code})`));
      });
    });
    await new Promise((resolve) => child.once('close', resolve));

    // The killed session left its mark: the next open reads every page, however large the file.
    const file = join(dataDir, DATABASE_NAME);
    expect(existsSync(`${file}.open-${child.pid}-1`)).toBe(true);
    expect(needsFullCheck(file, 0)).toBe(true);
    const folder = LibraryFolder.open(dataDir, { now: () => new Date(), author: () => 'test' });
    expect(existsSync(`${file}.open-${child.pid}-1`)).toBe(false);
    expect(folder.store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const numbers = folder.store.history(caseId).versions.map((v) => v.number);
    expect(numbers.length).toBeGreaterThanOrEqual(committed);
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => numbers.length - i));
    folder.close();
  }, 60_000);
});
