import module from 'node:module';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { enableCompileCache, userCacheDir } from '../../electron/cli/compile-cache';

const withCache = module as { enableCompileCache?: (directory: string) => unknown };

describe("the command line's compile cache", () => {
  // This process's own cache (on Node 22 and later) is left as it is.
  const nodes = withCache.enableCompileCache;
  afterEach(() => {
    withCache.enableCompileCache = nodes;
  });

  it("lives in this user's cache folder on each platform, never the shared temporary folder", () => {
    expect(userCacheDir({}, 'linux', '/home/kari')).toBe('/home/kari/.cache/skyavtale');
    expect(userCacheDir({ XDG_CACHE_HOME: '/var/k' }, 'linux', '/home/kari')).toBe(
      '/var/k/skyavtale',
    );
    expect(userCacheDir({}, 'darwin', '/Users/kari')).toBe('/Users/kari/Library/Caches/Skyavtale');
    expect(userCacheDir({ LOCALAPPDATA: 'C:\\L' }, 'win32', 'C:\\Users\\kari')).toBe(
      join('C:\\L', 'Skyavtale', 'Cache'),
    );
  });

  it("is turned on in that folder where Node has one, and asks nothing of Node 20's", () => {
    withCache.enableCompileCache = undefined;
    expect(() => {
      enableCompileCache();
    }).not.toThrow();
    withCache.enableCompileCache = vi.fn();
    enableCompileCache();
    expect(withCache.enableCompileCache).toHaveBeenCalledWith(join(userCacheDir(), 'compile'));
  });
});
