import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
  type MenuItemConstructorOptions,
} from 'electron';
import { createBackend } from '../node/backend';
import { APP_VERSION } from '../node/app-info';
import { IPC } from '../shared/ipc-channels';
import { CASE_FILE_EXTENSION, caseFileArgument } from './case-files';
import { chooseDesktopDataDir } from './data-folder';
import { FolderGrants } from './folder-grants';
import { wireLifecycle, type Lifecycle } from './lifecycle';
import { rendererHandler } from './renderer-protocol';
import { watchRenderer } from './renderer-watch';
import {
  APP_ORIGIN,
  APP_SCHEME,
  denyPermissions,
  hardenContents,
  isFromApp,
  registerApi,
  windowOptions,
} from './security';
import { loadWindowState, saveWindowState } from './window-state';

// The desktop shell: one window on the app's own scheme, the API over one checked IPC channel.
// Everything else lives in electron/node and electron/core, which run without Electron.

type Backend = ReturnType<typeof createBackend>;

const HERE = dirname(fileURLToPath(import.meta.url));
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

function menu(openCaseFile: (path: string) => Promise<void>) {
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Fil',
      submenu: [
        {
          label: 'Åpne avtalefil …',
          accelerator: 'CmdOrCtrl+O',
          click: () =>
            void dialog
              .showOpenDialog({
                properties: ['openFile'],
                filters: [{ name: 'Skyavtale-sak', extensions: [CASE_FILE_EXTENSION.slice(1)] }],
              })
              .then(async ({ canceled, filePaths: [file] }) => {
                if (!canceled && file) await openCaseFile(file);
              }),
        },
        // The operating system keeps this list (macOS menu; Windows jump list, Linux desktops).
        ...(process.platform === 'darwin'
          ? [
              {
                role: 'recentDocuments',
                label: 'Åpne nylig brukt',
                submenu: [{ role: 'clearRecentDocuments', label: 'Tøm listen' }],
              } satisfies MenuItemConstructorOptions,
            ]
          : []),
        { type: 'separator' },
        { role: 'close', label: 'Lukk vindu' },
        { role: 'quit', label: 'Avslutt' },
      ],
    },
    {
      label: 'Rediger',
      submenu: [
        { role: 'undo', label: 'Angre' },
        { role: 'redo', label: 'Gjør om' },
        { type: 'separator' },
        { role: 'cut', label: 'Klipp ut' },
        { role: 'copy', label: 'Kopier' },
        { role: 'paste', label: 'Lim inn' },
        { role: 'selectAll', label: 'Merk alt' },
      ],
    },
    {
      label: 'Vis',
      submenu: [
        { role: 'reload', label: 'Last inn på nytt' },
        { role: 'resetZoom', label: 'Faktisk størrelse' },
        { role: 'zoomIn', label: 'Zoom inn' },
        { role: 'zoomOut', label: 'Zoom ut' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Fullskjerm' },
      ],
    },
    {
      label: 'Hjelp',
      submenu: [
        {
          label: 'Om Skyavtale',
          click: () =>
            void dialog.showMessageBox({
              title: 'Om Skyavtale',
              message: `Skyavtale ${APP_VERSION}`,
              detail: 'Avtaler for offentlige skykjøp. Alt lagres lokalt på denne maskinen.',
            }),
        },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}

/** Electron's build of better-sqlite3: beside the bundle, outside the archive when packaged. */
function useElectronSqlite(): void {
  const binding = join(HERE, 'native', 'better_sqlite3.node').replace(
    /app\.asar([\\/])/,
    'app.asar.unpacked$1',
  );
  if (existsSync(binding)) process.env.SKYAVTALE_SQLITE_BINDING = binding;
}

/** Registers the IPC the window uses: the API, and the folder dialog whose answers it may use. */
function registerIpc(handlers: Backend['handlers']): void {
  const grants = new FolderGrants();
  registerApi(ipcMain, handlers, grants);
  ipcMain.handle(IPC.chooseFolder, async (event) => {
    const window = BrowserWindow.fromWebContents(event.sender);
    if (!isFromApp(event) || !window) return null;
    const result = await dialog.showOpenDialog(window, {
      properties: ['openDirectory', 'createDirectory'],
    });
    const folder = result.canceled ? undefined : result.filePaths[0];
    if (!folder) return null;
    grants.grant(folder);
    return folder;
  });
  ipcMain.handle(IPC.showFolder, async (event, folder: unknown) => {
    if (!isFromApp(event) || typeof folder !== 'string' || !isAbsolute(folder)) return false;
    if (!grants.allows(folder)) return false;
    const info = await stat(folder).catch(() => null);
    if (!info?.isDirectory()) return false;
    return (await shell.openPath(folder)) === '';
  });
}

/** The one window, while it is open. */
let mainWindow: BrowserWindow | null = null;

async function createWindow(stateFile: string, served: Promise<void>): Promise<BrowserWindow> {
  await served;
  const saved = loadWindowState(
    stateFile,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const window = new BrowserWindow({
    ...windowOptions(join(HERE, 'preload.cjs')),
    ...(saved && { x: saved.x, y: saved.y, width: saved.width, height: saved.height }),
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  if (saved?.maximized) window.maximize();
  hardenContents(window.webContents, shell);
  watchRenderer(window, dialog, () => {
    app.quit();
  });
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    void saveWindowState(stateFile, { ...bounds, maximized: window.isMaximized() });
  });
  window.once('ready-to-show', () => {
    window.show();
  });
  await window.loadURL(`${APP_ORIGIN}/index.html`);
  // Only a loaded page has the preload script that receives case files.
  mainWindow = window;
  return window;
}

/** Serves the page, the API and the menu; Electron must be ready. */
function serve(handlers: Backend['handlers'], lifecycle: Lifecycle): void {
  app.setAppUserModelId('no.skyavtale.desktop');
  protocol.handle(APP_SCHEME, rendererHandler(join(HERE, 'renderer')));
  denyPermissions(session.defaultSession);
  registerIpc(handlers);
  Menu.setApplicationMenu(menu(lifecycle.openCaseFile));
}

function fail(error: unknown): void {
  dialog.showErrorBox('Skyavtale kunne ikke starte', String(error));
  app.exit(1);
}

// One instance: a second launch hands its arguments to this one (see lifecycle) and ends.
if (app.requestSingleInstanceLock()) {
  try {
    app.enableSandbox();
    const dataDir = chooseDesktopDataDir(process.argv, process.cwd());
    useElectronSqlite();
    const backend = createBackend({ dataDir });
    const stateFile = join(dataDir, 'window.json');
    // Wired before Electron is ready: macOS hands over a file to open that early.
    const lifecycle = wireLifecycle({
      app,
      platform: process.platform,
      currentWindow: () => mainWindow,
      createWindow: () => createWindow(stateFile, served),
      closeLibrary: () => backend.close(),
      showError: (title, message) => {
        dialog.showErrorBox(title, message);
      },
    });
    const served = app.whenReady().then(() => {
      serve(backend.handlers, lifecycle);
    });
    served
      .then(async () => {
        const file = caseFileArgument(process.argv.slice(1), process.cwd());
        if (file) await lifecycle.openCaseFile(file);
        else await lifecycle.ensureWindow();
      })
      .catch(fail);
  } catch (error) {
    fail(error);
  }
} else {
  app.quit();
}
