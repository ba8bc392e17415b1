import { createRequire } from 'node:module';
import { APP_VERSION } from '../node/app-info';

const args = process.argv.slice(2);
// A bare `--version` answers before the commands and the API, most of a cold start, are loaded;
// with other arguments the program's own option answers it.
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  // Straight to the file: process.stdout, and importing node:fs as an ES module, would first load
  // Node's streams, which the answer does not need.
  const { writeSync } = createRequire(import.meta.url)('node:fs') as typeof import('node:fs');
  writeSync(1, `${APP_VERSION}\n`);
} else {
  (await import('./start-up')).prepareCommand();
  const { runCommandLine } = await import('./command-line');
  await runCommandLine(args);
}
