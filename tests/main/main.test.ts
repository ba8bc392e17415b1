import { describe, expect, it, vi } from 'vitest';
import { IPC } from '../../electron/shared/ipc-channels';
import { tempDir } from '../fixtures/cli';

// The shell's wiring, with Electron replaced by recording fakes: the binary cannot run here.
const electron = vi.hoisted(() => {
  const calls = {
    windows: [] as { webPreferences: Record<string, unknown> }[],
    loaded: [] as string[],
    channels: [] as string[],
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    permissionHandlers: 0,
    menus: 0,
  };
  const contents = { on: () => undefined, setWindowOpenHandler: () => undefined };
  class BrowserWindow {
    webContents = contents;
    constructor(options: { webPreferences: Record<string, unknown> }) {
      calls.windows.push(options);
    }
    maximize() {}
    on() {}
    once() {}
    show() {}
    isMaximized() {
      return false;
    }
    getNormalBounds() {
      return { x: 0, y: 0, width: 1280, height: 800 };
    }
    loadURL(url: string) {
      calls.loaded.push(url);
      return Promise.resolve();
    }
  }
  return { calls, BrowserWindow };
});

vi.mock('electron', () => ({
  app: {
    whenReady: () => Promise.resolve(),
    getPath: () => tempDir('skyavtale-electron-data-'),
    getAppPath: () => tempDir('skyavtale-electron-app-'),
    on: () => undefined,
  },
  BrowserWindow: electron.BrowserWindow,
  dialog: { showOpenDialog: vi.fn(), showMessageBox: vi.fn(), showErrorBox: vi.fn() },
  ipcMain: { handle: (channel: string) => electron.calls.channels.push(channel) },
  Menu: {
    buildFromTemplate: (template: unknown) => template,
    setApplicationMenu: () => (electron.calls.menus += 1),
  },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => electron.calls.schemes.push(...schemes),
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
      electron.calls.protocolHandlers.set(scheme, handler),
  },
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  session: {
    defaultSession: {
      setPermissionRequestHandler: () => (electron.calls.permissionHandlers += 1),
      setPermissionCheckHandler: () => (electron.calls.permissionHandlers += 1),
    },
  },
  shell: { openExternal: vi.fn(), openPath: vi.fn() },
}));

describe('the Electron main process', () => {
  it('opens one hardened window on the app scheme, with the API and dialogs on checked IPC', async () => {
    // Electron's own version entry, which plain Node lacks.
    Object.defineProperty(process.versions, 'electron', { value: '39.5.0', configurable: true });
    await import('../../electron/main/main');
    await vi.waitFor(() => {
      expect(electron.calls.loaded).toEqual(['skyavtale://app/index.html']);
    });
    const { calls } = electron;
    expect(calls.schemes).toEqual([
      { scheme: 'skyavtale', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(calls.windows).toHaveLength(1);
    expect(calls.windows[0]!.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(calls.windows[0]!.webPreferences.preload).toMatch(/preload\.cjs$/);
    expect(calls.channels.sort()).toEqual([IPC.chooseFolder, IPC.invoke, IPC.showFolder].sort());
    expect(calls.permissionHandlers).toBe(2);
    expect(calls.menus).toBe(1);

    const serve = calls.protocolHandlers.get('skyavtale')!;
    expect((await serve(new Request('skyavtale://app/../../../etc/passwd'))).status).toBe(404);
  });
});
