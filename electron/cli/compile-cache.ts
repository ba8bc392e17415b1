import module from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';

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
