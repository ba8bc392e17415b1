// Makes the command line's start-up snapshot (electron/cli/snapshot.ts) in a built dist folder,
// dist/ unless the command line names another: `node build/snapshot.mjs [DIST]`.
import { spawnSync } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A snapshot holds the heap of the Node that made it, so its name says which Node that was:
 * bin/skyavtale starts another Node from the bundle. It is written beside its place and renamed
 * there, as Node would crash on a part of one. Without a snapshot the command line still works.
 */
export function makeSnapshot(dist = 'dist') {
  const snapshot = join(dist, `command-line-${process.version}.blob`);
  // Made under Node's own V8 flags, the only ones bin/skyavtale starts it with.
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const made = spawnSync(
    process.execPath,
    // Node warns that some of its modules are not yet verified in a snapshot; tests/cli verify
    // the commands started from it.
    [
      '--no-warnings',
      '--snapshot-blob',
      `${snapshot}.partial`,
      '--build-snapshot',
      join(dist, 'snapshot.cjs'),
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env },
  );
  if (made.status === 0) renameSync(`${snapshot}.partial`, snapshot);
  else {
    rmSync(`${snapshot}.partial`, { force: true });
    process.stderr.write(
      `No start-up snapshot for the command line:\n${made.stderr || made.signal}\n`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) makeSnapshot(process.argv[2]);
