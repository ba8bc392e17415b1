import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
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
import { CONTENT_SECURITY_POLICY } from '../shared/security-policy';
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

const HERE = dirname(fileURLToPath(import.meta.url));
const RENDERER_DIR = join(HERE, 'renderer');
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
};

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

async function serveRenderer(request: Request): Promise<Response> {
  const path = new URL(request.url).pathname;
  const file = resolve(RENDERER_DIR, `.${path === '/' ? '/index.html' : path}`);
  if (relative(RENDERER_DIR, file).startsWith('..')) return new Response(null, { status: 404 });
  try {
    return new Response(await readFile(file), {
      headers: {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
      },
    });
  } catch {
    return new Response(null, { status: 404 });
  }
}

function menu(window: BrowserWindow) {
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Fil',
      submenu: [
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
            void dialog.showMessageBox(window, {
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

async function start(): Promise<void> {
  await app.whenReady();
  const binding = join(
    app.getAppPath(),
    'node_modules/.cache/skyavtale-electron',
    process.versions.electron,
    'better_sqlite3.node',
  );
  // Made by `npm start` (build/electron-setup.mjs); a packaged app carries its own build.
  if (existsSync(binding)) process.env.SKYAVTALE_SQLITE_BINDING = binding;
  const backend = createBackend({ dataDir: app.getPath('userData') });
  protocol.handle(APP_SCHEME, serveRenderer);
  denyPermissions(session.defaultSession);
  registerApi(ipcMain, backend.handlers);

  const stateFile = join(app.getPath('userData'), 'window.json');
  const saved = loadWindowState(
    stateFile,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const window = new BrowserWindow({
    ...windowOptions(join(HERE, 'preload.cjs')),
    ...(saved && { x: saved.x, y: saved.y, width: saved.width, height: saved.height }),
  });
  if (saved?.maximized) window.maximize();
  hardenContents(window.webContents, shell);
  Menu.setApplicationMenu(menu(window));

  ipcMain.handle(IPC.chooseFolder, async (event) => {
    if (!isFromApp(event)) return null;
    const result = await dialog.showOpenDialog(window, {
      properties: ['openDirectory', 'createDirectory'],
    });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  });
  ipcMain.handle(IPC.showFolder, async (event, folder: unknown) => {
    if (!isFromApp(event) || typeof folder !== 'string' || !isAbsolute(folder)) return false;
    const info = await stat(folder).catch(() => null);
    if (!info?.isDirectory()) return false;
    return (await shell.openPath(folder)) === '';
  });

  window.on('close', () => {
    const bounds = window.getNormalBounds();
    void saveWindowState(stateFile, { ...bounds, maximized: window.isMaximized() });
  });
  window.once('ready-to-show', () => {
    window.show();
  });
  await window.loadURL(`${APP_ORIGIN}/index.html`);

  app.on('window-all-closed', () => {
    void backend.close().then(() => {
      app.quit();
    });
  });
}

start().catch((error: unknown) => {
  dialog.showErrorBox('Skyavtale kunne ikke starte', String(error));
  app.exit(1);
});
