import { describe, expect, it } from 'vitest';
import { folderFromEnv } from '../../electron/node/platform-folder';

describe('folderFromEnv', () => {
  it('takes an absolute folder, in the platform’s own form', () => {
    expect(folderFromEnv('/xdg', 'linux', '/home/kari/.local/share')).toBe('/xdg');
    expect(folderFromEnv('C:\\Users\\kari\\AppData', 'win32', 'fallback')).toBe(
      'C:\\Users\\kari\\AppData',
    );
  });

  it('ignores a folder that is unset, empty or relative, as the XDG specification says', () => {
    for (const value of [undefined, '', 'data', './data', '~/data'])
      expect(folderFromEnv(value, 'linux', '/home/kari/.local/share')).toBe(
        '/home/kari/.local/share',
      );
    expect(folderFromEnv('AppData', 'win32', 'C:\\Users\\kari\\AppData\\Roaming')).toBe(
      'C:\\Users\\kari\\AppData\\Roaming',
    );
  });
});
