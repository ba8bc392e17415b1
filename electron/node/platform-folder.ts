import { posix, win32 } from 'node:path';

/**
 * The folder an environment variable such as XDG_DATA_HOME or APPDATA names, or `fallback` where
 * it is unset, empty or relative. The XDG specification has such a value ignored; taken as it is,
 * an empty one would put the user's files in whatever folder a command runs in.
 */
export function folderFromEnv(
  value: string | undefined,
  platform: NodeJS.Platform,
  fallback: string,
): string {
  const paths = platform === 'win32' ? win32 : posix;
  return value && paths.isAbsolute(value) ? value : fallback;
}
