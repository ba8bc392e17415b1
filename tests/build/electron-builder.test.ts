import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { CASE_FILE_EXTENSION } from '../../electron/main/case-files';

// The packaging configuration is checked here, without the Electron runtime or electron-builder's
// downloads: loaded and validated by electron-builder's own code (its JSON schema,
// app-builder-lib/scheme.json), and for the settings the security checklist depends on.
type Config = Record<string, unknown>;
const { getConfig, validateConfiguration } = createRequire(import.meta.url)(
  'app-builder-lib/out/util/config/config',
) as {
  getConfig: (projectDir: string, configPath: null, options: null) => Promise<Config>;
  validateConfiguration: (config: Config, log: { isEnabled: boolean }) => Promise<void>;
};
const quiet = { isEnabled: false };
const config = await getConfig(process.cwd(), null, null);
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  main: string;
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
  allowScripts: Record<string, boolean>;
};

describe('the electron-builder configuration', () => {
  it('is read from electron-builder.yml and valid by electron-builder’s own schema', async () => {
    expect(config.appId).toBe('no.skyavtale.desktop');
    await expect(validateConfiguration(config, quiet)).resolves.toBeUndefined();
  });

  it('is refused by the schema when a key is misspelt, so the check above can fail', async () => {
    await expect(validateConfiguration({ ...config, electronFuse: {} }, quiet)).rejects.toThrow(
      /Invalid configuration object/,
    );
    await expect(
      validateConfiguration({ ...config, nsis: { perMachin: false } }, quiet),
    ).rejects.toThrow(/configuration\.nsis/);
  });

  it('names the app and packs it for Linux, Windows and macOS', () => {
    expect(config).toMatchObject({ appId: 'no.skyavtale.desktop', productName: 'Skyavtale' });
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], icon: 'build/icon.png' });
    expect(config.win).toMatchObject({ target: ['nsis'], icon: 'build/icon.ico' });
    expect(config.mac).toMatchObject({ target: ['dmg'], icon: 'build/icon.icns' });
    for (const icon of ['build/icon.png', 'build/icon.ico', 'build/icon.icns'])
      expect(existsSync(icon), icon).toBe(true);
  });

  it('installs on Windows for the current user, without administrator rights', () => {
    expect(config.nsis).toMatchObject({ perMachine: false, allowElevation: false });
  });

  it('flips the fuses: no Node mode, no NODE_OPTIONS or --inspect, asar only and checked', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs the bundles the app loads, in an archive, with the native module and render worker outside it', () => {
    expect(config.asar).toBe(true);
    // electron-builder reads a plain list as one set of patterns.
    const [{ filter: files }] = config.files as [{ filter: string[] }];
    expect(files).toEqual(
      expect.arrayContaining([
        pkg.main,
        'dist/preload.cjs',
        // The Node bundles share chunks (esbuild code splitting) that main.mjs loads.
        'dist/chunks/*.mjs',
        // The render pool's worker thread is a bundle of its own, started from outside the archive.
        'dist/render-worker.mjs',
        'dist/renderer/**',
        'dist/native/better_sqlite3.node',
        'templates/**',
      ]),
    );
    expect(config.asarUnpack).toEqual(['dist/native/**', 'dist/render-worker.mjs']);
    // Of node_modules only what the bundles leave outside them (build/build.mjs) is packed.
    const external = /const nodeExternal = \[([^\]]*)\]/
      .exec(readFileSync('build/build.mjs', 'utf8'))![1]!
      .match(/[@\w/-]+/g)!;
    expect(files).toContain('!**/node_modules/**');
    const packed = files
      .filter((f) => f.startsWith('node_modules/'))
      .map((f) => /^node_modules\/((?:@[\w-]+\/)?[\w-]+)/.exec(f)![1]!);
    expect(packed.sort()).toEqual([...external].sort());
    // The project's node_modules keep Node's build; Electron's comes from build/electron-setup.mjs.
    expect(config.npmRebuild).toBe(false);
    expect(pkg.scripts.dist).toMatch(/electron-setup\.mjs && electron-builder --publish never$/);
  });

  it('writes installers apart from the bundles in dist/', () => {
    expect(config.directories).toMatchObject({ output: 'release' });
  });

  it('opens case files of its own extension', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: CASE_FILE_EXTENSION.slice(1), role: 'Editor' }),
    ]);
  });

  it('runs on a supported Electron whose download never runs during npm ci', () => {
    expect(Number(pkg.devDependencies.electron!.split('.')[0])).toBeGreaterThanOrEqual(45);
    expect(pkg.allowScripts).toMatchObject({ electron: false, 'electron-winstaller': false });
  });

  it('names every package with an install script, allowing only the local native builds', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
      packages: Record<string, { hasInstallScript?: boolean }>;
    };
    const scripted = Object.entries(lock.packages)
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
    expect(Object.keys(pkg.allowScripts)).toEqual(expect.arrayContaining(scripted));
    const allowed = Object.entries(pkg.allowScripts).filter(([, run]) => run);
    expect(allowed.map(([name]) => name).sort()).toEqual(['better-sqlite3', 'esbuild']);
  });
});
