import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { Document } from '../../core/document/model';
import { SkyError, type LocalizedText } from '../../core/errors';
import type { DocumentRenderOptions, GeneratedFile, RenderOptions } from '../../core/generate';
import type { PdfFonts } from '../../core/render/pdf/pdf-writer';
import type { RenderAnswer, RenderFailure, RenderTask, RenderWorkerData } from './render-protocol';

const WORKER_FILE = 'render-worker.mjs';

/**
 * Each worker is a V8 isolate of its own. Under its default limit (4 GB) V8 lets the heap grow to
 * up to four times what it holds before it collects again; under 512 MB by less than one and a
 * half times. The young generation is a sixth of its default. Making the packs of the
 * 500-requirement case in three languages peaks at about 200 MB with these limits and 240 MB
 * without, for some 5 % more CPU spent collecting. The largest document measured (500
 * requirements) holds under 100 MB while it is written.
 */
const WORKER_LIMITS: ResourceLimits = {
  maxOldGenerationSizeMb: 512,
  maxYoungGenerationSizeMb: 8,
};

/** How long a worker may wait for work before it ends and gives its memory back. */
const IDLE_MS = 60_000;

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
  /** How long an idle worker is kept before it ends (a minute unless given). */
  idleMs?: number;
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
 * A small pool of worker threads that render documents, started on first use: one per core but
 * one, at least one and at most two. The core left over answers the user; on two cores a second
 * worker made packs no faster but cost a second copy of the renderer and its heap (about 100 MB
 * while a large document is written) and more CPU for its own warm-up and caches. Each worker gets
 * the fonts once and keeps its parsed fonts and glyph caches while it is used, and ends after
 * idling a while; a worker that dies fails the document it had, and the next document gets a new
 * worker.
 */
export function createRenderPool(options: RenderPoolOptions): RenderPool {
  const size = options.size ?? Math.max(1, Math.min(2, availableParallelism() - 1));
  const idleMs = options.idleMs ?? IDLE_MS;
  const workers = new Set<Worker>();
  const idle: Worker[] = [];
  const idleTimers = new Map<Worker, NodeJS.Timeout>();
  const waiting: ((worker: Worker) => void)[] = [];
  // What each busy worker's answer settles.
  const current = new Map<Worker, (outcome: Outcome) => void>();
  let nextId = 1;
  let closed = false;

  /** Takes a worker out of the pool; true if it was in it. */
  const remove = (worker: Worker): boolean => {
    if (!workers.delete(worker)) return false;
    const position = idle.indexOf(worker);
    if (position >= 0) idle.splice(position, 1);
    clearTimeout(idleTimers.get(worker));
    idleTimers.delete(worker);
    return true;
  };

  const died = (worker: Worker, reason: LocalizedText): void => {
    if (!remove(worker)) return;
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
    const worker = new Worker((options.workerFile ?? findRenderWorker)(), {
      workerData,
      resourceLimits: WORKER_LIMITS,
    });
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
      clearTimeout(idleTimers.get(free));
      idleTimers.delete(free);
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
    const timer = setTimeout(() => {
      if (remove(worker)) void worker.terminate();
    }, idleMs);
    timer.unref();
    idleTimers.set(worker, timer);
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
