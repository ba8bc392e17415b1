import { constants, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { SkyError } from '../../core/errors';
import { renderDocument } from '../../core/generate';
import {
  handOver,
  type RenderAnswer,
  type RenderFailure,
  type RenderTask,
  type RenderWorkerData,
} from './render-protocol';

// A thread of the render pool (dist/render-worker.mjs): it renders one document at a time, so the
// thread that answers the user never waits for DOCX or PDF writing.
const { fonts, yieldToCalls } = workerData as RenderWorkerData;
// On Linux the nice value belongs to the thread (setpriority(2)), so rendering gives way to the
// thread that answers the user; elsewhere it would slow the whole program, so it is left alone.
if (yieldToCalls && process.platform === 'linux') {
  setPriority(constants.priority.PRIORITY_BELOW_NORMAL);
}
const port = parentPort;
if (!port) throw new Error('render-worker runs only as a worker thread');

function failureOf(error: unknown): RenderFailure {
  return error instanceof SkyError
    ? { code: error.code, text: error.text, where: error.where ?? null, message: error.message }
    : { code: null, text: null, where: null, message: String(error) };
}

port.on('message', (task: RenderTask) => {
  renderDocument(task.document, fonts, task.options).then(
    (rendered) => {
      // Transferred, not copied: the thread keeps no second copy of a pack's files.
      const { files, transfer } = handOver(rendered);
      const answer: RenderAnswer = { id: task.id, files };
      port.postMessage(answer, transfer);
    },
    (error: unknown) => {
      const answer: RenderAnswer = { id: task.id, failure: failureOf(error) };
      port.postMessage(answer);
    },
  );
});
