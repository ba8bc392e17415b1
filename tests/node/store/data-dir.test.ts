import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  defaultDataDir,
  earlierDesktopDataDir,
  moveLibrary,
} from '../../../electron/node/store/data-dir';
import { tempDir } from '../../fixtures/cli';

describe('the default data folder', () => {
  it('follows SKYAVTALE_DATA, then each platform’s usual place', () => {
    expect(defaultDataDir({ SKYAVTALE_DATA: '/data/sky' }, 'linux', '/home/kari')).toBe(
      '/data/sky',
    );
    expect(defaultDataDir({}, 'linux', '/home/kari')).toBe('/home/kari/.local/share/skyavtale');
    expect(defaultDataDir({ XDG_DATA_HOME: '/xdg' }, 'linux', '/home/kari')).toBe('/xdg/skyavtale');
    // An empty or relative XDG_DATA_HOME would put the library in the folder a command runs in.
    for (const XDG_DATA_HOME of ['', 'share'])
      expect(defaultDataDir({ XDG_DATA_HOME }, 'linux', '/home/kari')).toBe(
        '/home/kari/.local/share/skyavtale',
      );
    expect(defaultDataDir({}, 'darwin', '/Users/kari')).toBe(
      '/Users/kari/Library/Application Support/Skyavtale',
    );
    expect(
      defaultDataDir({ APPDATA: 'C:\\Users\\kari\\AppData\\Roaming' }, 'win32', 'C:\\Users\\kari'),
    ).toMatch(/Roaming.Skyavtale$/);
  });

  it('knows where earlier desktop versions kept the library', () => {
    expect(earlierDesktopDataDir({}, 'linux', '/home/kari')).toBe('/home/kari/.config/skyavtale');
    expect(earlierDesktopDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/kari')).toBe(
      '/cfg/skyavtale',
    );
    expect(earlierDesktopDataDir({ XDG_CONFIG_HOME: '' }, 'linux', '/home/kari')).toBe(
      '/home/kari/.config/skyavtale',
    );
    expect(earlierDesktopDataDir({}, 'darwin', '/Users/kari')).toBe(
      '/Users/kari/Library/Application Support/skyavtale',
    );
  });
});

describe('moving a library to the data folder', () => {
  const library = (dir: string, text: string) => {
    mkdirSync(join(dir, 'backups'), { recursive: true });
    writeFileSync(join(dir, 'skyavtale.sqlite'), text);
    writeFileSync(join(dir, 'skyavtale.sqlite-wal'), `${text}-wal`);
    writeFileSync(join(dir, 'backups', 'skyavtale-20261101-080000.sqlite'), `${text}-backup`);
    // Electron's own files stay where Electron keeps them.
    writeFileSync(join(dir, 'Preferences'), '{}');
  };

  it('moves the database, its log and the backups, and nothing else', () => {
    const from = tempDir('skyavtale-from-');
    const to = join(tempDir('skyavtale-to-'), 'skyavtale');
    library(from, 'old');
    expect(moveLibrary(from, to)).toBe(true);
    expect(readFileSync(join(to, 'skyavtale.sqlite'), 'utf8')).toBe('old');
    expect(readFileSync(join(to, 'skyavtale.sqlite-wal'), 'utf8')).toBe('old-wal');
    expect(readFileSync(join(to, 'backups', 'skyavtale-20261101-080000.sqlite'), 'utf8')).toBe(
      'old-backup',
    );
    expect(existsSync(join(from, 'skyavtale.sqlite'))).toBe(false);
    expect(existsSync(join(to, 'Preferences'))).toBe(false);
    expect(existsSync(join(from, 'Preferences'))).toBe(true);
  });

  it('never replaces a library already in the data folder, nor moves a folder onto itself', () => {
    const from = tempDir('skyavtale-from-');
    const to = tempDir('skyavtale-to-');
    library(from, 'old');
    library(to, 'current');
    expect(moveLibrary(from, to)).toBe(false);
    expect(readFileSync(join(to, 'skyavtale.sqlite'), 'utf8')).toBe('current');
    expect(readFileSync(join(from, 'skyavtale.sqlite'), 'utf8')).toBe('old');
    expect(moveLibrary(from, `${from}/.`)).toBe(false);
    expect(moveLibrary(tempDir('skyavtale-empty-'), join(to, 'new'))).toBe(false);
  });
});
