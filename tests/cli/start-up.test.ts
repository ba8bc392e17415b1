import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  codeCacheFile,
  commandWordOf,
  tierUpFlag,
  userCacheDir,
} from '../../electron/cli/start-up';

describe("a command's start", () => {
  it("keeps compiled code in this user's cache folder on each platform, never the shared temporary folder", () => {
    expect(userCacheDir({}, 'linux', '/home/kari')).toBe('/home/kari/.cache/skyavtale');
    expect(userCacheDir({ XDG_CACHE_HOME: '/var/k' }, 'linux', '/home/kari')).toBe(
      '/var/k/skyavtale',
    );
    expect(userCacheDir({ XDG_CACHE_HOME: '' }, 'linux', '/home/kari')).toBe(
      '/home/kari/.cache/skyavtale',
    );
    expect(userCacheDir({}, 'darwin', '/Users/kari')).toBe('/Users/kari/Library/Caches/Skyavtale');
    expect(userCacheDir({ LOCALAPPDATA: 'C:\\L' }, 'win32', 'C:\\Users\\kari')).toBe(
      join('C:\\L', 'Skyavtale', 'Cache'),
    );
    expect(codeCacheFile('generate', '/home/kari/.cache/skyavtale')).toBe(
      '/home/kari/.cache/skyavtale/code/generate.bin',
    );
  });

  it('tells the command from its first word, past options and the data folder', () => {
    expect(commandWordOf(['generate', 'sak.json', '--out', 'ut'])).toBe('generate');
    expect(commandWordOf(['--data', 'arbeid', 'cases', 'export'])).toBe('cases');
    expect(commandWordOf(['-d', 'arbeid', 'generate'])).toBe('generate');
    expect(commandWordOf(['--data=arbeid', 'generate'])).toBe('generate');
    expect(commandWordOf(['--help'])).toBeUndefined();
    expect(commandWordOf([])).toBeUndefined();
  });

  it("raises V8's tier-up threshold by the flag its version knows, and leaves another V8 alone", () => {
    expect(tierUpFlag('11.3.244.8-node.33')).toBe('--interrupt-budget=4000000');
    expect(tierUpFlag('12.4.254.21-node.33')).toBe('--invocation-count-for-turbofan=30000');
    expect(tierUpFlag('13.6.233.10-node.28')).toBe('--invocation-count-for-turbofan=30000');
    expect(tierUpFlag('14.1.0')).toBeUndefined();
  });
});
