import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Document } from '../../core/document/model';
import { SkyError, type LocalizedText } from '../../core/errors';
import type { DocumentRenderOptions, GeneratedFile, RenderOptions } from '../../core/generate';
import type { PdfFonts } from '../../core/render/pdf/pdf-writer';
import type { RenderAnswer, RenderFailure, RenderTask, RenderWorkerData } from './render-protocol';

const WORKER_FILE = 'render-worker.mjs';

/**
 * The render worker's bundle: beside the bundle that runs (dist/), or in dist/ above the sources
 * when tests run them. Inside an asar archive the copy unpacked beside it is taken, since a worker
 * starts from a real file.
 */
export function findRenderWorker(from = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    for (const candidate of [join(dir, WORKER_FILE), join(dir, 'dist', WORKER_FILE)]) {
      const unpacked = candidate.replace(/\.asar(?=[\\/])/, '.asar.unpacked');
      if (existsSync(unpacked)) return unpacked;
    }
    if (dirname(dir) === dir) {
      throw new SkyError('render.worker-missing', {
        nb: `fant ikke ${WORKER_FILE}, som lager dokumentene (bygg programmet med «npm run build»)`,
        nn: `fann ikkje ${WORKER_FILE}, som lagar dokumenta (bygg programmet med «npm run build»)`,
        en: `could not find ${WORKER_FILE}, which makes the documents (build with «npm run build»)`,
      });
    }
  }
}

export interface RenderPool {
  /** Renders the documents of a set in parallel; the files come back in the documents' order. */
  render: (documents: Document[], options: RenderOptions) => Promise<GeneratedFile[]>;
  /** Stops every worker; a render after this is refused. */
  close: () => Promise<void>;
}

export interface RenderPoolOptions {
  fonts: () => PdfFonts;
  /** Lower the workers' priority below the thread that answers calls (Linux only). */
  yieldToCalls: boolean;
  /** The worker's script; the built dist/render-worker.mjs unless given. */
  workerFile?: () => string;
  size?: number;
}

function errorOf(failure: RenderFailure, name: string): SkyError {
  if (failure.code && failure.text) {
    return new SkyError(failure.code, failure.text, failure.where ?? name);
  }
  return renderFailed(name, { nb: failure.message, en: failure.message });
}

function renderFailed(name: string, reason: LocalizedText): SkyError {
  return new SkyError(
    'render.failed',
    {
      nb: `dokumentet «${name}» kunne ikke lages: ${reason.nb}`,
      nn: `dokumentet «${name}» kunne ikkje lagast: ${reason.nn ?? reason.nb}`,
      en: `the document «${name}» could not be made: ${reason.en}`,
    },
    name,
  );
}

type Outcome = RenderAnswer | { died: LocalizedText };

/**
 * A small pool of worker threads (at most two, one per core) that render documents, started on
 * first use. Each worker gets the fonts once and keeps its parsed fonts and glyph caches; a worker
 * that dies fails the document it had, and the next document gets a new worker.
 */
export function createRenderPool(options: RenderPoolOptions): RenderPool {
  const size = options.size ?? Math.min(2, availableParallelism());
  const workers = new Set<Worker>();
  const idle: Worker[] = [];
  const waiting: ((worker: Worker) => void)[] = [];
  // What each busy worker's answer settles.
  const current = new Map<Worker, (outcome: Outcome) => void>();
  let nextId = 1;
  let closed = false;

  const died = (worker: Worker, reason: LocalizedText): void => {
    if (!workers.delete(worker)) return;
    const position = idle.indexOf(worker);
    if (position >= 0) idle.splice(position, 1);
    const settle = current.get(worker);
    current.delete(worker);
    void worker.terminate();
    settle?.({ died: reason });
    const next = waiting.shift();
    if (next && !closed) next(spawn());
  };

  const spawn = (): Worker => {
    const workerData: RenderWorkerData = {
      fonts: options.fonts(),
      yieldToCalls: options.yieldToCalls,
    };
    const worker = new Worker((options.workerFile ?? findRenderWorker)(), { workerData });
    workers.add(worker);
    worker.on('message', (answer: RenderAnswer) => current.get(worker)?.(answer));
    worker.on('error', (error) => {
      died(worker, { nb: error.message, en: error.message });
    });
    worker.on('exit', (code) => {
      died(worker, {
        nb: `arbeidstråden stoppet uventet (kode ${code})`,
        nn: `arbeidstråden stoppa uventa (kode ${code})`,
        en: `the worker thread stopped unexpectedly (code ${code})`,
      });
    });
    return worker;
  };

  const acquire = (): Promise<Worker> => {
    const free = idle.pop();
    if (free) {
      free.ref();
      return Promise.resolve(free);
    }
    if (workers.size < size) return Promise.resolve(spawn());
    return new Promise((take) => waiting.push(take));
  };

  const release = (worker: Worker): void => {
    const next = waiting.shift();
    if (next) {
      next(worker);
      return;
    }
    // An idle worker never keeps a command from ending.
    worker.unref();
    idle.push(worker);
  };

  const run = (worker: Worker, document: Document, choices: DocumentRenderOptions) =>
    new Promise<GeneratedFile[]>((resolve, reject) => {
      const task: RenderTask = { id: nextId++, document, options: choices };
      const name = document.fileStem;
      current.set(worker, (outcome) => {
        if ('id' in outcome && outcome.id !== task.id) return;
        current.delete(worker);
        if ('died' in outcome) {
          reject(renderFailed(name, outcome.died));
          return;
        }
        release(worker);
        if ('files' in outcome) resolve(outcome.files);
        else reject(errorOf(outcome.failure, name));
      });
      worker.postMessage(task);
    });

  return {
    render: async (documents, { onProgress, ...choices }) => {
      if (closed) throw new Error('the render pool is closed');
      let done = 0;
      let failed = false;
      onProgress?.(0, documents.length, documents[0]?.fileStem ?? '');
      const perDocument = await Promise.all(
        documents.map(async (document) => {
          const worker = await acquire();
          // After one document fails, the rest of the set is not worth making.
          if (failed) {
            release(worker);
            return [];
          }
          try {
            const files = await run(worker, document, choices);
            done += 1;
            onProgress?.(done, documents.length, document.fileStem);
            return files;
          } catch (error) {
            failed = true;
            throw error;
          }
        }),
      );
      return perDocument.flat();
    },
    close: async () => {
      closed = true;
      // Each worker's exit fails the document it had, if any.
      await Promise.all([...workers].map((worker) => worker.terminate()));
    },
  };
}
