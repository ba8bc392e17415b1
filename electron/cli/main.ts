import { writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_VERSION } from '../node/app-info';

const args = process.argv.slice(2);
// A bare `--version` answers before the commands and the API, most of a cold start, are loaded;
// with other arguments the program's own option answers it. It writes straight to the file, as
// process.stdout would first load Node's streams.
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  writeSync(1, `${APP_VERSION}\n`);
} else {
  // The commands are a bundle of their own beside this one (build/build.mjs).
  const bundle = join(dirname(fileURLToPath(import.meta.url)), 'command-line.cjs');
  void import('./start-up').then(({ runCommand }) => runCommand(args, bundle));
}
