import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CaseSchema } from '../../../electron/core/case/case-schema';
import type { Document } from '../../../electron/core/document/model';
import { SkyError } from '../../../electron/core/errors';
import {
  buildDocuments,
  documentDate,
  renderDocuments,
  type GeneratedFile,
  type RenderOptions,
} from '../../../electron/core/generate';
import { sha256Hex } from '../../../electron/core/render/sha256';
import { createRenderPool, findRenderWorker } from '../../../electron/node/render/render-pool';
import { loadLibrary } from '../../../electron/node/templates/load-library';
import { EXAMPLES, loadExample } from '../../fixtures/cases';
import { tempDir } from '../../fixtures/cli';
import { FONTS } from '../../fixtures/fonts';

const library = loadLibrary();
const ssaSky = CaseSchema.parse(loadExample(EXAMPLES.ssaSky));
const documents = buildDocuments(ssaSky, library, { lang: 'nb', guidance: false, final: true });
const options: RenderOptions = {
  formats: ['docx', 'pdf'],
  status: 'final',
  caseVersion: 4,
  caseReference: ssaSky.reference,
  date: documentDate(ssaSky, '2026-03-12T09:30:00.000Z'),
  attachCase: new TextEncoder().encode('{"sak": true}'),
};

const fingerprints = (files: GeneratedFile[]) =>
  Promise.all(files.map(async (f) => `${f.name} ${f.format} ${await sha256Hex(f.bytes)}`));

const pool = createRenderPool({ fonts: () => FONTS, yieldToCalls: false });
afterAll(async () => {
  await pool.close();
});

describe('the render pool', () => {
  it('makes the same bytes in its worker threads as rendering in this thread', async () => {
    const [inThread, inWorkers] = await Promise.all([
      renderDocuments(documents, FONTS, options),
      pool.render(documents, options),
    ]);
    expect(inWorkers.length).toBe(documents.length * 2);
    expect(await fingerprints(inWorkers)).toEqual(await fingerprints(inThread));
  }, 180_000);

  it('tells as each document is rendered, and that all are done at the end', async () => {
    const told: [number, number, string][] = [];
    const few = documents.slice(0, 3);
    await pool.render(few, {
      ...options,
      formats: ['pdf'],
      onProgress: (done, total, name) => told.push([done, total, name]),
    });
    expect(told[0]).toEqual([0, 3, few[0]?.fileStem]);
    expect(told.slice(1).map(([done]) => done)).toEqual([1, 2, 3]);
    expect(
      told
        .slice(1)
        .map(([, , name]) => name)
        .sort(),
    ).toEqual(few.map((d) => d.fileStem).sort());
  }, 60_000);
});

describe('a worker that dies', () => {
  // A stand-in worker that crashes on one document and answers the others with no files.
  const folder = tempDir('skyavtale-render-worker-');
  const crashing = join(folder, 'crashing-worker.mjs');
  writeFileSync(
    crashing,
    `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (task) => {
  if (task.document.id === 'krasj') throw new Error('simulert krasj');
  parentPort.postMessage({ id: task.id, files: [] });
});
`,
  );
  const doc = (id: string): Document => ({ ...documents[0]!, id, fileStem: `Dokument ${id}` });

  it('fails that export naming the document, and the next export gets a new worker', async () => {
    const single = createRenderPool({
      fonts: () => FONTS,
      yieldToCalls: false,
      workerFile: () => crashing,
      size: 1,
    });
    try {
      const failure = await single.render([doc('a'), doc('krasj'), doc('b')], options).then(
        () => null,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(SkyError);
      expect((failure as SkyError).code).toBe('render.failed');
      expect((failure as SkyError).text.nb).toContain('«Dokument krasj» kunne ikke lages');
      expect((failure as SkyError).text.nb).toContain('simulert krasj');
      await expect(single.render([doc('c'), doc('d')], options)).resolves.toEqual([]);
    } finally {
      await single.close();
    }
  });
});

describe('an idle worker', () => {
  // A stand-in worker that answers each document with a file named after its thread.
  const folder = tempDir('skyavtale-render-worker-');
  const naming = join(folder, 'naming-worker.mjs');
  writeFileSync(
    naming,
    `import { parentPort, threadId } from 'node:worker_threads';
parentPort.on('message', (task) => {
  parentPort.postMessage({ id: task.id, files: [{ name: String(threadId), format: 'pdf', documentId: task.document.id, bytes: new Uint8Array() }] });
});
`,
  );
  const threadOf = async (pool: ReturnType<typeof createRenderPool>) =>
    (await pool.render([documents[0]!], options))[0]?.name;

  it('is kept for the next export while it is needed, and ends after idling', async () => {
    const single = createRenderPool({
      fonts: () => FONTS,
      yieldToCalls: false,
      workerFile: () => naming,
      size: 1,
      idleMs: 300,
    });
    try {
      const first = await threadOf(single);
      expect(await threadOf(single)).toBe(first);
      await new Promise((resolve) => setTimeout(resolve, 800));
      const later = await threadOf(single);
      expect(later).toBeDefined();
      expect(later).not.toBe(first);
    } finally {
      await single.close();
    }
  });
});

describe('finding the worker', () => {
  it('takes dist/render-worker.mjs above the sources, as the tests run them', () => {
    expect(findRenderWorker()).toMatch(/[\\/]dist[\\/]render-worker\.mjs$/);
  });

  it('starts the copy unpacked beside a desktop app archive', () => {
    const root = tempDir('skyavtale-asar-');
    mkdirSync(join(root, 'app.asar.unpacked', 'dist'), { recursive: true });
    writeFileSync(join(root, 'app.asar.unpacked', 'dist', 'render-worker.mjs'), '');
    expect(findRenderWorker(join(root, 'app.asar', 'dist', 'chunks'))).toBe(
      join(root, 'app.asar.unpacked', 'dist', 'render-worker.mjs'),
    );
  });

  it('says what to do when the worker was never built', () => {
    expect(() => findRenderWorker(tempDir('skyavtale-no-dist-'))).toThrow(/npm run build/);
  });
});
