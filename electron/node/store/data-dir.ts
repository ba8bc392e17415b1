import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the library lives when the user has not said: SKYAVTALE_DATA, else the platform's usual
 * folder for application data. (The Electron app passes its own userData folder instead.)
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (env.SKYAVTALE_DATA) return env.SKYAVTALE_DATA;
  if (platform === 'win32')
    return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Skyavtale');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Skyavtale');
  return join(env.XDG_DATA_HOME ?? join(home, '.local', 'share'), 'skyavtale');
}
