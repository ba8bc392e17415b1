import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { wireLifecycle } from '../../electron/main/lifecycle';
import { IPC } from '../../electron/shared/ipc-channels';
import { tempDir } from '../fixtures/cli';

type Listener = (...args: unknown[]) => void;

function fakeWindow() {
  const sent: unknown[][] = [];
  const window = {
    minimized: true,
    focused: 0,
    isMinimized() {
      return this.minimized;
    },
    restore() {
      this.minimized = false;
    },
    focus() {
      this.focused += 1;
    },
    webContents: { send: (...args: unknown[]) => sent.push(args) },
  };
  return { window, sent, asWindow: window as unknown as BrowserWindow };
}

function setup(platform: NodeJS.Platform = 'linux') {
  const events = new Map<string, Listener>();
  const recent: string[] = [];
  const errors: string[][] = [];
  let quits = 0;
  let open: BrowserWindow | null = null;
  const made = fakeWindow();
  const createWindow = vi.fn(async () => {
    await Promise.resolve();
    open = made.asWindow;
    return made.asWindow;
  });
  let finishClosing = () => {};
  const closeLibrary = vi.fn(
    () =>
      new Promise<void>((done) => {
        finishClosing = done;
      }),
  );
  const app = {
    on: (name: string, listener: Listener) => events.set(name, listener),
    quit: () => (quits += 1),
    addRecentDocument: (path: string) => recent.push(path),
  };
  const lifecycle = wireLifecycle({
    app: app as never,
    platform,
    currentWindow: () => open,
    createWindow,
    closeLibrary,
    showError: (title, message) => errors.push([title, message]),
  });
  const fire = (name: string, ...args: unknown[]) => {
    let prevented = false;
    events.get(name)!({ preventDefault: () => (prevented = true) }, ...args);
    return prevented;
  };
  return {
    lifecycle,
    fire,
    made,
    recent,
    errors,
    createWindow,
    closeLibrary,
    finishClosing: () => {
      finishClosing();
    },
    quits: () => quits,
  };
}

function caseFile(text = '{"agreement":"ssa-l"}'): { dir: string; file: string } {
  const dir = tempDir('skyavtale-lifecycle-');
  const file = join(dir, 'Byggesak.skyavtale');
  writeFileSync(file, text);
  return { dir, file };
}

describe('the app lifecycle', () => {
  it('closes the library before any quit, once, and then quits for real', async () => {
    const s = setup();
    expect(s.fire('before-quit')).toBe(true);
    expect(s.fire('before-quit')).toBe(true);
    expect(s.closeLibrary).toHaveBeenCalledTimes(1);
    expect(s.quits()).toBe(0);
    s.finishClosing();
    await vi.waitFor(() => {
      expect(s.quits()).toBe(1);
    });
    // The quit asked for after closing goes through.
    expect(s.fire('before-quit')).toBe(false);
  });

  it('quits when the last window closes, except on macOS where the app stays in the dock', () => {
    const linux = setup('linux');
    linux.fire('window-all-closed');
    expect(linux.quits()).toBe(1);
    const mac = setup('darwin');
    mac.fire('window-all-closed');
    expect(mac.quits()).toBe(0);
  });

  it('opens one window when the dock icon is clicked with none open, and none when one is', async () => {
    const s = setup('darwin');
    s.fire('activate');
    s.fire('activate');
    await vi.waitFor(() => {
      expect(s.createWindow).toHaveBeenCalledTimes(1);
    });
    s.fire('activate');
    expect(s.createWindow).toHaveBeenCalledTimes(1);
  });

  it('hands the file of a second launch to the window, lists it as recent and brings it forward', async () => {
    const s = setup();
    const { dir, file } = caseFile();
    s.fire('second-instance', ['/usr/bin/skyavtale', '--data', '/x', 'Byggesak.skyavtale'], dir);
    await vi.waitFor(() => {
      expect(s.made.sent).toEqual([
        [IPC.caseFile, { name: 'Byggesak.skyavtale', text: '{"agreement":"ssa-l"}' }],
      ]);
    });
    expect(s.recent).toEqual([file]);
    expect(s.made.window.minimized).toBe(false);
    expect(s.made.window.focused).toBe(1);
  });

  it('brings the window forward on a second launch without a file', async () => {
    const s = setup();
    s.fire('second-instance', ['/usr/bin/skyavtale'], '/');
    await vi.waitFor(() => {
      expect(s.made.window.focused).toBe(1);
    });
    expect(s.made.sent).toEqual([]);
  });

  it('opens a file macOS hands over, and tells the user which file could not be read', async () => {
    const s = setup('darwin');
    const { file } = caseFile('{}');
    expect(s.fire('open-file', file)).toBe(true);
    await vi.waitFor(() => {
      expect(s.made.sent).toHaveLength(1);
    });
    const missing = join(tempDir('skyavtale-lifecycle-'), 'Borte.skyavtale');
    s.fire('open-file', missing);
    await vi.waitFor(() => {
      expect(s.errors).toEqual([
        ['Kunne ikke åpne avtalefilen', `${missing}: fant ikke avtalefilen`],
      ]);
    });
    expect(s.recent).toEqual([file]);
  });
});
