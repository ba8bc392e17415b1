import { APP_VERSION } from '../node/app-info';
import { createBackend } from '../node/backend';
import { createLocalClient } from '../node/local-client';
import { terminalProgress } from './progress';
import { runCli } from './run-cli';

/**
 * How a command uses the back end: it names itself to another process that finds the library
 * locked, leaves the background page check to the app, and renders on its own thread.
 */
export const COMMAND_BACKEND = {
  program: 'skyavtale-kommandoen',
  backgroundCheck: false,
  renderInWorkers: false,
} as const;

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

  let close = (): Promise<void> => Promise.resolve();
  let ran: string | undefined;
  const code = await runCli(
    args,
    (dataDir) => {
      const backend = createBackend({
        dataDir,
        ...COMMAND_BACKEND,
        onProgress: process.stderr.isTTY
          ? terminalProgress((text) => process.stderr.write(text))
          : undefined,
      });
      close = backend.close;
      return createLocalClient(backend.handlers);
    },
    {
      stdout: (t) => process.stdout.write(t),
      stderr: (t) => process.stderr.write(t),
      cwd: process.cwd(),
    },
    APP_VERSION,
    (command) => (ran = command),
  );
  await close();
  process.exitCode = code;
  return ran;
}
