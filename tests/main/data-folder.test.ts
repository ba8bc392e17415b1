import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseDesktopDataDir, dataArgument } from '../../electron/main/data-folder';
import { tempDir } from '../fixtures/cli';

describe('the desktop app’s data folder', () => {
  it('reads --data in both spellings', () => {
    expect(dataArgument(['skyavtale', '--data', '/srv/sky'])).toBe('/srv/sky');
    expect(dataArgument(['skyavtale', '--data=/srv/sky'])).toBe('/srv/sky');
    expect(dataArgument(['skyavtale', 'sak.skyavtale'])).toBeNull();
  });

  it('follows --data, then SKYAVTALE_DATA, resolved where the launch ran', () => {
    const env = { SKYAVTALE_DATA: 'env-data' };
    expect(
      chooseDesktopDataDir(['x', '--data', 'arg-data'], '/home/kari', env, 'linux', '/h'),
    ).toBe(resolve('/home/kari', 'arg-data'));
    expect(chooseDesktopDataDir(['x'], '/home/kari', env, 'linux', '/h')).toBe(
      resolve('/home/kari', 'env-data'),
    );
  });

  it('is the command line’s folder, into which the earlier desktop library is moved', () => {
    const home = tempDir('skyavtale-home-');
    const earlier = join(home, '.config', 'skyavtale');
    mkdirSync(earlier, { recursive: true });
    writeFileSync(join(earlier, 'skyavtale.sqlite'), 'library');
    const dir = chooseDesktopDataDir(['x'], '/', {}, 'linux', home);
    expect(dir).toBe(join(home, '.local', 'share', 'skyavtale'));
    expect(readFileSync(join(dir, 'skyavtale.sqlite'), 'utf8')).toBe('library');
    expect(existsSync(join(earlier, 'skyavtale.sqlite'))).toBe(false);
  });
});
