import type {
  BrowserWindowConstructorOptions,
  IpcMain,
  IpcMainInvokeEvent,
  Session,
  Shell,
  WebContents,
} from 'electron';
import { LANGUAGES, type Language } from '../core/case/case-schema';
import { procedures, type ApiHandlers, type ApiResult, type ProcedureName } from '../shared/api';
import { invokeProcedure } from '../shared/invoke';
import { IPC } from '../shared/ipc-channels';

/** The app's own scheme: pages load from `skyavtale://app/…`, never from `file://`. */
export const APP_SCHEME = 'skyavtale';
export const APP_ORIGIN = `${APP_SCHEME}://app`;

/** Electron's security checklist, as window options. */
export function windowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Skyavtale',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  };
}

/** Whether a URL is a page of the app itself. */
export function isAppUrl(url: string): boolean {
  try {
    return new URL(url).origin === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`);
  } catch {
    return false;
  }
}

/** Links the user may follow out of the app: https to a named host, nothing else. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.hostname !== '' && parsed.username === '';
  } catch {
    return false;
  }
}

/**
 * Closes every way out of the window: no navigation away from the app, no new windows (https
 * links open in the user's browser instead), no webviews, and every permission request denied.
 */
export function hardenContents(contents: WebContents, shell: Pick<Shell, 'openExternal'>): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** No camera, microphone, location, notifications or anything else: the app needs none. */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
}

/** Whether an IPC message comes from the app's own top frame, not an embedded or foreign page. */
export function isFromApp(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

/**
 * Serves the API over IPC. A message is answered only when it comes from the app's own top
 * frame; its input is parsed with the procedure's schema by the shared invoke wrapper.
 */
export function registerApi(ipcMain: Pick<IpcMain, 'handle'>, handlers: ApiHandlers): void {
  ipcMain.handle(
    IPC.invoke,
    async (
      event: IpcMainInvokeEvent,
      name: unknown,
      input: unknown,
      lang: unknown,
    ): Promise<ApiResult<unknown>> => {
      if (!isFromApp(event)) {
        return {
          ok: false,
          error: { code: 'ipc.sender', message: 'ukjent avsender', where: null, problems: [] },
        };
      }
      if (typeof name !== 'string' || !Object.hasOwn(procedures, name)) {
        return {
          ok: false,
          error: {
            code: 'ipc.unknown',
            message: `ukjent prosedyre «${String(name)}»`,
            where: null,
            problems: [],
          },
        };
      }
      const language = (LANGUAGES as readonly unknown[]).includes(lang) ? (lang as Language) : 'nb';
      return invokeProcedure(handlers, name as ProcedureName, input, language);
    },
  );
}
