import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_VERSION } from '../node/app-info';
import { createBackend } from '../node/backend';
import { createLocalClient } from '../node/local-client';
import { forgetLoadedLibraries } from '../node/templates/load-library';
import { DATA_OPTION } from './global-options';
import { terminalProgress } from './progress';
import { EXIT, runCli, type CliIo } from './run-cli';

export { loadWriters } from '../core/generate';

/**
 * How a command uses the back end: it names itself to another process that finds the library
 * locked, leaves the background page check to the app, and renders on its own thread.
 */
export const COMMAND_BACKEND = {
  program: 'skyavtale-kommandoen',
  backgroundCheck: false,
  renderInWorkers: false,
} as const;

/** Runs one command; returns its exit code and the name of the program's command that ran. */
async function runWith(
  args: string[],
  io: CliIo,
  onProgress?: (text: string) => void,
): Promise<{ code: number; ran: string | undefined }> {
  let close = (): Promise<void> => Promise.resolve();
  let ran: string | undefined;
  const code = await runCli(
    args,
    (dataDir) => {
      const backend = createBackend({
        dataDir,
        ...COMMAND_BACKEND,
        onProgress: onProgress && terminalProgress(onProgress),
      });
      close = backend.close;
      return createLocalClient(backend.handlers);
    },
    io,
    APP_VERSION,
    (command) => (ran = command),
  );
  await close();
  return { code, ran };
}

/**
 * Runs one command of this process's command line and sets its exit code. Returns the name of the
 * program's command that ran, if one did.
 */
export async function runCommandLine(args: string[]): Promise<string | undefined> {
  // Output piped into `head` and the like closes early: that ends the command, it is not a crash.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
  const write = (stream: NodeJS.WriteStream) => (text: string) => stream.write(text);
  const { code, ran } = await runWith(
    args,
    { stdout: write(process.stdout), stderr: write(process.stderr), cwd: process.cwd() },
    process.stderr.isTTY ? write(process.stderr) : undefined,
  );
  process.exitCode = code;
  return ran;
}

/**
 * Generates each case in `cases` as a command would, into a folder in `scratch` that is then
 * removed, so that this process holds what a command leaves behind: the writers loaded, the fonts
 * parsed, the words measured. What came from the templates is forgotten, for a later command may
 * find other templates, and the process's own streams are never touched.
 */
export async function warmUp(cases: readonly string[], scratch = tmpdir()): Promise<void> {
  const dir = mkdtempSync(join(scratch, 'skyavtale-warm-up-'));
  try {
    for (const file of cases) {
      let output = '';
      const collect = (text: string): void => void (output += text);
      const { code } = await runWith(
        [
          DATA_OPTION.long,
          join(dir, 'data'),
          'generate',
          file,
          '--out',
          join(dir, 'out'),
          '--force',
        ],
        { stdout: collect, stderr: collect, cwd: process.cwd() },
      );
      if (code !== EXIT.ok) throw new Error(`${file}: generate failed (exit ${code})\n${output}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    forgetLoadedLibraries();
  }
}
