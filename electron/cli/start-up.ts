import module from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';

/** This user's own folder for files that may be thrown away, where the platform keeps them. */
export function userCacheDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (platform === 'win32')
    return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'Skyavtale', 'Cache');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'Skyavtale');
  return join(env.XDG_CACHE_HOME ?? join(home, '.cache'), 'skyavtale');
}

/**
 * Turns on Node's compile cache (Node 22 and later; Node 20 has none) in a folder of this user's:
 * Node's default is one folder in the shared temporary folder, where another user of the machine
 * could leave compiled code for the command to run.
 */
export function enableCompileCache(directory = join(userCacheDir(), 'compile')): void {
  (module as { enableCompileCache?: (directory: string) => unknown }).enableCompileCache?.(
    directory,
  );
}

const LATER_TURBOFAN = '--invocation-count-for-turbofan=30000';
/** By V8's major version: 11 in Node 20, 12 in Node 22, 13 in Node 24. */
const TIER_UP_FLAGS: Partial<Record<string, string>> = {
  11: '--interrupt-budget=4000000',
  12: LATER_TURBOFAN,
  13: LATER_TURBOFAN,
};

/**
 * The V8 flag that raises its tier-up threshold; none for another V8, which might not know the
 * flag and would print a warning.
 */
export function tierUpFlag(v8Version: string = process.versions.v8): string | undefined {
  return TIER_UP_FLAGS[v8Version.split('.')[0] ?? ''];
}

/**
 * Prepares this process for a command, before the commands load: their compiled code kept for
 * the next command, and a later tier-up. A command runs for a second or two, and V8's default
 * tier-up spent a third of that optimising code that runs only a few times; a higher threshold
 * leaves the optimising compiler to the hot loops.
 */
export function prepareCommand(): void {
  enableCompileCache();
  const flag = tierUpFlag();
  if (flag) v8.setFlagsFromString(flag);
}
