import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { loadBundle } from './code-cache';
import type * as CommandLine from './command-line';
import { raiseTierUp, runCommand } from './start-up';

/**
 * The command line's start-up snapshot, built by `node --snapshot-blob FILE --build-snapshot
 * dist/snapshot.cjs` (build/snapshot.mjs) and started by bin/skyavtale. It loads the commands,
 * makes the examples once, and leaves the process to V8 to save as it is: a command started from
 * the snapshot begins with its writers loaded and its fonts parsed and measured. V8 keeps the
 * bytecode of what the examples ran, but no optimised code: a command's hot loops start in the
 * interpreter again.
 */
async function prepare(): Promise<void> {
  const dist = realpathSync(dirname(fileURLToPath(import.meta.url)));
  const decoder = globalThis.TextDecoder;
  // fflate, and the copy of it inside docx, keep a TextDecoder from when their modules run (docx's
  // as the writers load). V8 cannot save the native half of one; without one, fflate decodes in
  // JavaScript.
  Reflect.deleteProperty(globalThis, 'TextDecoder');
  const commandLine = loadBundle<typeof CommandLine>(join(dist, 'command-line.cjs'), null).exports;
  await commandLine.loadWriters(true);
  globalThis.TextDecoder = decoder;

  const examples = join(dist, '..', 'examples');
  await commandLine.warmUp(
    existsSync(examples)
      ? readdirSync(examples)
          .filter((name) => name.endsWith('.json'))
          .sort()
          .map((name) => join(examples, name))
      : [],
  );
  v8.startupSnapshot.setDeserializeMainFunction(() => {
    // Node gives a snapshot's process no script: the command's words follow its own options.
    const args = process.argv.slice(1);
    // The snapshot holds the paths of the folder it was made in (of the templates, say). Moved
    // with its folder, it runs the bundle beside it instead. The same folder may be reached
    // through a linked folder.
    const option = process.execArgv.indexOf('--snapshot-blob');
    const file = option < 0 ? undefined : process.execArgv[option + 1];
    const here = file === undefined ? dist : realpathSync(dirname(resolve(file)));
    if (here !== dist) return runCommand(args, join(here, 'command-line.cjs'));
    raiseTierUp();
    return commandLine.runCommandLine(args);
  });
}

void prepare();
