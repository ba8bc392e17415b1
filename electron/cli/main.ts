import { APP_VERSION } from '../node/app-info';

const args = process.argv.slice(2);
// A bare `--version` answers before the commands and the API, most of a cold start, are loaded;
// with other arguments the program's own option answers it.
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  process.stdout.write(`${APP_VERSION}\n`);
} else {
  // Before the commands load, so that Node keeps them compiled for the next command.
  (await import('./compile-cache')).enableCompileCache();
  const { runCommandLine } = await import('./command-line');
  await runCommandLine(args);
}
