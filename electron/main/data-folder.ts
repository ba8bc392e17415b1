import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { defaultDataDir, earlierDesktopDataDir, moveLibrary } from '../node/store/data-dir';

/** The folder named by `--data DIR` or `--data=DIR`, if the launch named one. */
export function dataArgument(argv: readonly string[]): string | null {
  for (const [index, arg] of argv.entries()) {
    if (arg.startsWith('--data=')) return arg.slice('--data='.length) || null;
    if (arg === '--data') return argv[index + 1] ?? null;
  }
  return null;
}

/**
 * The desktop app's data folder, the same as the command line's: `--data`, SKYAVTALE_DATA, else
 * the platform's folder, into which a library left in the earlier desktop folder is moved.
 */
export function chooseDesktopDataDir(
  argv: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  const named = dataArgument(argv) ?? env.SKYAVTALE_DATA;
  if (named) return resolve(cwd, named);
  const dir = defaultDataDir(env, platform, home);
  moveLibrary(earlierDesktopDataDir(env, platform, home), dir);
  return dir;
}
