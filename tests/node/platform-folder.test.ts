import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { programFolder, userFolder } from '../../electron/node/platform-folder';

describe('userFolder', () => {
  it('gives each platform’s folder for a kind of files', () => {
    const home = '/home/kari';
    expect(userFolder('data', {}, 'linux', home)).toBe('/home/kari/.local/share');
    expect(userFolder('config', {}, 'linux', home)).toBe('/home/kari/.config');
    expect(userFolder('cache', {}, 'linux', home)).toBe('/home/kari/.cache');
    expect(userFolder('data', {}, 'darwin', '/Users/kari')).toBe(
      '/Users/kari/Library/Application Support',
    );
    expect(userFolder('cache', {}, 'darwin', '/Users/kari')).toBe('/Users/kari/Library/Caches');
    expect(userFolder('cache', {}, 'win32', 'C:\\Users\\kari')).toBe(
      join('C:\\Users\\kari', 'AppData', 'Local'),
    );
  });

  it('takes an absolute folder from the platform’s variable, in the platform’s own form', () => {
    expect(userFolder('data', { XDG_DATA_HOME: '/xdg' }, 'linux', '/home/kari')).toBe('/xdg');
    expect(
      userFolder('config', { APPDATA: 'C:\\Users\\kari\\AppData' }, 'win32', 'C:\\Users\\kari'),
    ).toBe('C:\\Users\\kari\\AppData');
  });

  it('ignores a variable that is unset, empty or relative, as the XDG specification says', () => {
    for (const XDG_DATA_HOME of [undefined, '', 'data', './data', '~/data'])
      expect(userFolder('data', { XDG_DATA_HOME }, 'linux', '/home/kari')).toBe(
        '/home/kari/.local/share',
      );
    expect(userFolder('data', { APPDATA: 'AppData' }, 'win32', 'C:\\Users\\kari')).toBe(
      join('C:\\Users\\kari', 'AppData', 'Roaming'),
    );
  });
});

describe('programFolder', () => {
  it('names the program as each platform names its programs’ folders', () => {
    expect(programFolder('win32')).toBe('Skyavtale');
    expect(programFolder('darwin')).toBe('Skyavtale');
    expect(programFolder('linux')).toBe('skyavtale');
  });
});
