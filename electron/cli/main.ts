import { APP_VERSION } from '../node/app-info';
import { createBackend } from '../node/backend';
import { createLocalClient } from '../node/local-client';
import { runCli } from './run-cli';

let close = (): Promise<void> => Promise.resolve();
const code = await runCli(
  process.argv.slice(2),
  (dataDir) => {
    const backend = createBackend({ dataDir });
    close = backend.close;
    return createLocalClient(backend.handlers);
  },
  {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
  },
  APP_VERSION,
);
await close();
process.exitCode = code;
