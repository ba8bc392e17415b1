import module from 'node:module';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { enableCompileCache, tierUpFlag, userCacheDir } from '../../electron/cli/start-up';

const withCache = module as { enableCompileCache?: (directory: string) => unknown };

describe("a command's start", () => {
  // This process's own cache (on Node 22 and later) is left as it is.
  const nodes = withCache.enableCompileCache;
  afterEach(() => {
    withCache.enableCompileCache = nodes;
  });

  it("keeps compiled code in this user's cache folder on each platform, never the shared temporary folder", () => {
    expect(userCacheDir({}, 'linux', '/home/kari')).toBe('/home/kari/.cache/skyavtale');
    expect(userCacheDir({ XDG_CACHE_HOME: '/var/k' }, 'linux', '/home/kari')).toBe(
      '/var/k/skyavtale',
    );
    expect(userCacheDir({}, 'darwin', '/Users/kari')).toBe('/Users/kari/Library/Caches/Skyavtale');
    expect(userCacheDir({ LOCALAPPDATA: 'C:\\L' }, 'win32', 'C:\\Users\\kari')).toBe(
      join('C:\\L', 'Skyavtale', 'Cache'),
    );
  });

  it("turns the compile cache on in that folder where Node has one, and asks nothing of Node 20's", () => {
    withCache.enableCompileCache = undefined;
    expect(() => {
      enableCompileCache();
    }).not.toThrow();
    withCache.enableCompileCache = vi.fn();
    enableCompileCache();
    expect(withCache.enableCompileCache).toHaveBeenCalledWith(join(userCacheDir(), 'compile'));
  });

  it("raises V8's tier-up threshold by the flag its version knows, and leaves another V8 alone", () => {
    expect(tierUpFlag('11.3.244.8-node.33')).toBe('--interrupt-budget=4000000');
    expect(tierUpFlag('12.4.254.21-node.33')).toBe('--invocation-count-for-turbofan=30000');
    expect(tierUpFlag('13.6.233.10-node.28')).toBe('--invocation-count-for-turbofan=30000');
    expect(tierUpFlag('14.1.0')).toBeUndefined();
  });
});
