import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

// Runs in a worker thread with a read-only connection of its own, so a check that reads every
// page of a large library (seconds) never holds up the process that serves the user.
const CHECK_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
let answer;
try {
  const db = new Database(workerData.file, {
    readonly: true,
    fileMustExist: true,
    ...(workerData.binding ? { nativeBinding: workerData.binding } : {}),
  });
  try {
    answer = { result: String(db.pragma('quick_check', { simple: true })) };
  } finally {
    db.close();
  }
} catch (error) {
  answer = { result: String((error && error.code) || error) };
}
parentPort.postMessage(answer);
`;

/** SQLite's page-by-page check of a database file, off the main thread: 'ok' or what is wrong. */
export function checkPagesInBackground(file: string): Promise<string> {
  const worker = new Worker(CHECK_SOURCE, {
    eval: true,
    workerData: {
      file,
      module: createRequire(import.meta.url).resolve('better-sqlite3'),
      binding: process.env.SKYAVTALE_SQLITE_BINDING ?? null,
    },
  });
  // A command that finishes first does not wait for the check.
  worker.unref();
  return new Promise((done) => {
    worker.once('message', (answer: { result: string }) => {
      done(answer.result);
    });
    worker.once('error', (error) => {
      done(String(error));
    });
  });
}
