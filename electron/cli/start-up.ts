import { homedir } from 'node:os';
import { join } from 'node:path';
import v8 from 'node:v8';
import { programFolder, userFolder } from '../node/platform-folder';
import { loadBundle } from './code-cache';
import type { runCommandLine } from './command-line';
import { DATA_OPTION } from './global-options';

/** This user's own folder for files that may be thrown away, where the platform keeps them. */
export function userCacheDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  const folder = join(userFolder('cache', env, platform, home), programFolder(platform));
  // Windows keeps a program's caches apart from its other local files.
  return platform === 'win32' ? join(folder, 'Cache') : folder;
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

/** Sets the tier-up flag, where this V8 has one (see runCommand). */
export function raiseTierUp(): void {
  const flag = tierUpFlag();
  if (flag) v8.setFlagsFromString(flag);
}

/**
 * The command a command line names, as far as the start can tell before the commands load: its
 * first word that is not an option or the data folder's value.
 */
export function commandWordOf(args: readonly string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === DATA_OPTION.short || arg === DATA_OPTION.long) i++;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

/** Where a command's compiled code is kept for its next run: one file for each command. */
export const codeCacheFile = (command: string, cacheDir = userCacheDir()): string =>
  join(cacheDir, 'code', `${command}.bin`);

/**
 * Runs a command from the command line's bundle. A command runs for a second or two, so it
 * starts from the code its last run compiled, and V8 tiers up later: its default spent a third of
 * a command optimising code that runs only a few times, and a higher threshold leaves the
 * optimising compiler to the hot loops. The flag is set first, as V8 takes a code cache only
 * under the flags it was made with. Only a command that ran and succeeded keeps its code, under
 * its own name, so that neither a misspelt command nor a failure leaves a file.
 */
export async function runCommand(args: string[], bundle: string): Promise<void> {
  raiseTierUp();
  const word = commandWordOf(args);
  const commandLine = loadBundle<{ runCommandLine: typeof runCommandLine }>(
    bundle,
    word === undefined ? null : codeCacheFile(word),
  );
  const ran = await commandLine.exports.runCommandLine(args);
  if (ran === word && !process.exitCode) commandLine.keep();
}
