import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../electron/node/store/data-dir';

describe('the default data folder', () => {
  it('follows SKYAVTALE_DATA, then each platform’s usual place', () => {
    expect(defaultDataDir({ SKYAVTALE_DATA: '/data/sky' }, 'linux', '/home/kari')).toBe(
      '/data/sky',
    );
    expect(defaultDataDir({}, 'linux', '/home/kari')).toBe('/home/kari/.local/share/skyavtale');
    expect(defaultDataDir({ XDG_DATA_HOME: '/xdg' }, 'linux', '/home/kari')).toBe('/xdg/skyavtale');
    expect(defaultDataDir({}, 'darwin', '/Users/kari')).toBe(
      '/Users/kari/Library/Application Support/Skyavtale',
    );
    expect(
      defaultDataDir({ APPDATA: 'C:\\Users\\kari\\AppData\\Roaming' }, 'win32', 'C:\\Users\\kari'),
    ).toMatch(/Roaming.Skyavtale$/);
  });
});
