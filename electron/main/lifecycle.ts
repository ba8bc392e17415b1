import type { App, BrowserWindow } from 'electron';
import { SkyError } from '../core/errors';
import { IPC } from '../shared/ipc-channels';
import { caseFileArgument, readCaseFile } from './case-files';

export interface LifecycleOptions {
  app: Pick<App, 'on' | 'quit' | 'addRecentDocument'>;
  platform: NodeJS.Platform;
  /** The open window, if there is one. */
  currentWindow: () => BrowserWindow | null;
  /** Opens the window and resolves once its page (and so the preload script) has loaded. */
  createWindow: () => Promise<BrowserWindow>;
  /** Closes the library, so the next start finds it closed cleanly. */
  closeLibrary: () => Promise<void>;
  showError: (title: string, message: string) => void;
}

export interface Lifecycle {
  /** Hands a case file to the window (opening one if needed) and lists it as recent. */
  openCaseFile: (path: string) => Promise<void>;
  /** The window there is, or a new one. */
  ensureWindow: () => Promise<BrowserWindow>;
}

/**
 * The app's life from the operating system's side: one instance (a second launch hands its file
 * to the first), files opened from outside, the library closed before every quit (menu, Cmd+Q,
 * last window), and a new window when the macOS dock icon is clicked with none open.
 */
export function wireLifecycle(options: LifecycleOptions): Lifecycle {
  const { app } = options;
  let opening: Promise<BrowserWindow> | null = null;

  const ensureWindow = (): Promise<BrowserWindow> => {
    const open = options.currentWindow();
    if (open) return Promise.resolve(open);
    opening ??= options.createWindow().finally(() => {
      opening = null;
    });
    return opening;
  };

  const focus = (window: BrowserWindow) => {
    if (window.isMinimized()) window.restore();
    window.focus();
  };

  const openCaseFile = async (path: string): Promise<void> => {
    try {
      const file = await readCaseFile(path);
      const window = await ensureWindow();
      app.addRecentDocument(path);
      window.webContents.send(IPC.caseFile, file);
      focus(window);
    } catch (error) {
      const detail = error instanceof SkyError ? error.describe('nb') : String(error);
      options.showError('Kunne ikke åpne avtalefilen', detail);
    }
  };

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = caseFileArgument(argv, workingDirectory);
    if (file) void openCaseFile(file);
    else void ensureWindow().then(focus);
  });
  // macOS: a file opened in Finder or from the recent documents, also before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void openCaseFile(path);
  });

  let libraryClosed = false;
  let closing: Promise<void> | null = null;
  app.on('before-quit', (event) => {
    if (libraryClosed) return;
    event.preventDefault();
    closing ??= options
      .closeLibrary()
      .catch((error: unknown) => {
        options.showError('Biblioteket ble ikke lukket riktig', String(error));
      })
      .finally(() => {
        libraryClosed = true;
        app.quit();
      });
  });
  app.on('window-all-closed', () => {
    // On macOS an app stays in the dock with no window until the user quits it.
    if (options.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    void ensureWindow();
  });

  return { openCaseFile, ensureWindow };
}
