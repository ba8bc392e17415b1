import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC } from '../../electron/shared/ipc-channels';
import { tempDir } from '../fixtures/cli';
import { PINNED_CSP } from '../fixtures/csp';

// The shell's wiring, with Electron replaced by recording fakes: the binary cannot run here.
const electron = vi.hoisted(() => {
  const calls = {
    lock: true,
    windows: [] as { webPreferences: Record<string, unknown> }[],
    windowEvents: new Map<string, () => void>(),
    loaded: [] as string[],
    channels: [] as string[],
    ipcHandlers: new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
    schemes: [] as unknown[],
    appEvents: new Map<string, (...args: unknown[]) => void>(),
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    permissionHandlers: 0,
    menus: 0,
    sandboxed: false,
    quits: 0,
  };
  const contents = { on: () => undefined, setWindowOpenHandler: () => undefined };
  class BrowserWindow {
    webContents = contents;
    constructor(options: { webPreferences: Record<string, unknown> }) {
      calls.windows.push(options);
    }
    maximize() {}
    on(name: string, listener: () => void) {
      calls.windowEvents.set(name, listener);
    }
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
  const showOpenDialog = vi.fn();
  const openPath = vi.fn(() => Promise.resolve(''));
  return { calls, BrowserWindow, showOpenDialog, openPath };
});

vi.mock('electron', () => ({
  app: {
    requestSingleInstanceLock: () => electron.calls.lock,
    enableSandbox: () => (electron.calls.sandboxed = true),
    whenReady: () => Promise.resolve(),
    setAppUserModelId: () => undefined,
    on: (name: string, listener: (...args: unknown[]) => void) =>
      electron.calls.appEvents.set(name, listener),
    quit: () => (electron.calls.quits += 1),
    exit: () => undefined,
    addRecentDocument: () => undefined,
  },
  BrowserWindow: Object.assign(electron.BrowserWindow, { fromWebContents: () => ({}) }),
  dialog: {
    showOpenDialog: electron.showOpenDialog,
    showMessageBox: vi.fn(),
    showErrorBox: vi.fn(),
  },
  ipcMain: {
    handle: (
      channel: string,
      handler: (event: unknown, ...args: unknown[]) => Promise<unknown>,
    ) => {
      electron.calls.channels.push(channel);
      electron.calls.ipcHandlers.set(channel, handler);
    },
  },
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
  shell: { openExternal: vi.fn(), openPath: electron.openPath },
}));

describe('the Electron main process', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  it('opens one hardened window on the app scheme, with the API and dialogs on checked IPC', async () => {
    const dataDir = tempDir('skyavtale-electron-data-');
    vi.stubEnv('SKYAVTALE_DATA', dataDir);
    await import('../../electron/main/main');
    await vi.waitFor(() => {
      expect(electron.calls.loaded).toEqual(['skyavtale://app/index.html']);
    });
    const { calls } = electron;
    expect(calls.sandboxed).toBe(true);
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
    expect([...calls.appEvents.keys()].sort()).toEqual(
      ['activate', 'before-quit', 'open-file', 'second-instance', 'window-all-closed'].sort(),
    );

    // The window's place is kept in the data folder every front end shares.
    calls.windowEvents.get('close')!();
    await vi.waitFor(() => {
      expect(existsSync(join(dataDir, 'window.json'))).toBe(true);
    });

    const serve = calls.protocolHandlers.get('skyavtale')!;
    const outside = await serve(new Request('skyavtale://app/../../../etc/passwd'));
    expect(outside.status).toBe(404);
    expect(outside.headers.get('content-security-policy')).toBe(PINNED_CSP);
  });

  it('shows in the file manager only a folder the user chose in the dialog', async () => {
    vi.stubEnv('SKYAVTALE_DATA', tempDir('skyavtale-electron-data-'));
    electron.calls.ipcHandlers.clear();
    await import('../../electron/main/main');
    const { ipcHandlers } = electron.calls;
    await vi.waitFor(() => {
      expect(ipcHandlers.has(IPC.showFolder)).toBe(true);
    });
    const fromApp = {
      senderFrame: { url: 'skyavtale://app/index.html', parent: null },
      sender: {},
    };
    const chosen = tempDir('skyavtale-chosen-');
    const other = tempDir('skyavtale-other-');
    expect(await ipcHandlers.get(IPC.showFolder)!(fromApp, other)).toBe(false);
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [chosen] });
    expect(await ipcHandlers.get(IPC.chooseFolder)!(fromApp)).toBe(chosen);
    expect(await ipcHandlers.get(IPC.showFolder)!(fromApp, chosen)).toBe(true);
    expect(await ipcHandlers.get(IPC.showFolder)!(fromApp, other)).toBe(false);
    expect(electron.openPath).toHaveBeenCalledTimes(1);
    expect(electron.openPath).toHaveBeenCalledWith(chosen);
  });

  it('quits at once when another instance holds the lock, opening nothing', async () => {
    electron.calls.lock = false;
    electron.calls.windows.length = 0;
    electron.calls.quits = 0;
    await import('../../electron/main/main');
    expect(electron.calls.quits).toBe(1);
    expect(electron.calls.windows).toHaveLength(0);
  });
});
