import { join, posix, win32 } from 'node:path';

/** The kinds of a user's files the platforms keep apart. */
export type UserFolderKind = 'data' | 'config' | 'cache';

/** Per kind: the Windows variable and its default under the home folder, macOS's folder, XDG's. */
const FOLDERS: Record<
  UserFolderKind,
  { windows: [string, string[]]; mac: string[]; xdg: [string, string[]] }
> = {
  data: {
    windows: ['APPDATA', ['AppData', 'Roaming']],
    mac: ['Library', 'Application Support'],
    xdg: ['XDG_DATA_HOME', ['.local', 'share']],
  },
  config: {
    windows: ['APPDATA', ['AppData', 'Roaming']],
    mac: ['Library', 'Application Support'],
    xdg: ['XDG_CONFIG_HOME', ['.config']],
  },
  cache: {
    windows: ['LOCALAPPDATA', ['AppData', 'Local']],
    mac: ['Library', 'Caches'],
    xdg: ['XDG_CACHE_HOME', ['.cache']],
  },
};

/**
 * The folder where the platform keeps this user's files of a kind, in which each program has a
 * folder of its own. A variable that is unset, empty or relative is ignored, as the XDG
 * specification says: taken as it is, an empty one would put the user's files in whatever folder
 * a command runs in.
 */
export function userFolder(
  kind: UserFolderKind,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform,
  home: string,
): string {
  const folders = FOLDERS[kind];
  if (platform === 'darwin') return join(home, ...folders.mac);
  const [variable, fallback] = platform === 'win32' ? folders.windows : folders.xdg;
  const value = env[variable];
  const paths = platform === 'win32' ? win32 : posix;
  return value && paths.isAbsolute(value) ? value : join(home, ...fallback);
}

/**
 * The program's own folder in a platform's user folder: by its name on Windows and macOS, in
 * lower case where the XDG folders have programs' folders so.
 */
export const programFolder = (platform: NodeJS.Platform): string =>
  platform === 'win32' || platform === 'darwin' ? 'Skyavtale' : 'skyavtale';
