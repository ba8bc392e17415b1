import { createHandlers } from '../node/api-handlers';
import { APP_VERSION } from '../node/app-info';
import { loadPdfFonts } from '../node/fonts';
import { createLocalClient } from '../node/local-client';
import { loadLibrary } from '../node/templates/load-library';
import { runCli } from './run-cli';

const handlers = createHandlers({
  library: () => loadLibrary(),
  fonts: loadPdfFonts,
  now: () => new Date(),
});
const code = await runCli(
  process.argv.slice(2),
  createLocalClient(handlers),
  {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
  },
  APP_VERSION,
);
process.exitCode = code;
