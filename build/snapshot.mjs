// Makes the command line's start-up snapshot (electron/cli/snapshot.ts) in a built dist folder,
// dist/ unless the command line names another: `node build/snapshot.mjs [DIST]`.
import { spawnSync } from 'node:child_process';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The V8 flags the snapshot is made and started under, as Node takes a snapshot under no others.
 * A command starts with the snapshot's 20 MB of heap, and in V8's initial old space its first
 * seconds went to marking the heap over and over: with room for 256 MB it marks it once it has
 * grown that far, if ever, and a cold `generate` of the largest case takes a tenth less CPU time
 * (its peak memory stays about the same, 113 MB).
 */
const SNAPSHOT_FLAGS = ['--initial-old-space-size=256'];

/**
 * A snapshot holds the heap of the Node that made it, so its name says which Node that was:
 * bin/skyavtale starts another Node from the bundle. Its flags are written beside it, for
 * bin/skyavtale to start it with. It is written beside its place and renamed there, as Node would
 * crash on a part of one, and only once its flags are there. Without a snapshot the command line
 * still works.
 */
export function makeSnapshot(dist = 'dist') {
  const name = join(dist, `command-line-${process.version}`);
  const snapshot = `${name}.blob`;
  const flags = `${name}.flags`;
  // Made under Node's own V8 flags and these, the only ones bin/skyavtale starts it with.
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const made = spawnSync(
    process.execPath,
    // Node warns that some of its modules are not yet verified in a snapshot; tests/cli verify
    // the commands started from it.
    [
      ...SNAPSHOT_FLAGS,
      '--no-warnings',
      '--snapshot-blob',
      `${snapshot}.partial`,
      '--build-snapshot',
      join(dist, 'snapshot.cjs'),
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env },
  );
  if (made.status === 0) {
    writeFileSync(flags, `${SNAPSHOT_FLAGS.join(' ')}\n`);
    renameSync(`${snapshot}.partial`, snapshot);
  } else {
    rmSync(`${snapshot}.partial`, { force: true });
    rmSync(flags, { force: true });
    process.stderr.write(
      `No start-up snapshot for the command line:\n${made.stderr || made.signal}\n`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) makeSnapshot(process.argv[2]);
