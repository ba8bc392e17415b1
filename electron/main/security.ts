import type {
  BrowserWindowConstructorOptions,
  IpcMain,
  IpcMainInvokeEvent,
  Session,
  Shell,
  WebContents,
} from 'electron';
import { LANGUAGES, type Language } from '../core/case/case-schema';
import { localize } from '../core/errors';
import type { ApiHandlers, ApiResult } from '../shared/api';
import { DESKTOP_PROCEDURES, type DesktopProcedure } from '../shared/desktop-bridge';
import { invokeProcedure } from '../shared/invoke';
import { IPC } from '../shared/ipc-channels';
import type { FolderGrants } from './folder-grants';

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

function refusal(code: string, message: string, where: string | null = null): ApiResult<never> {
  return { ok: false, error: { code, message, where, problems: [] } };
}

/** The folder an export would write to, when it is one the user picked in a dialog. */
function chosenFolder(input: unknown, grants: FolderGrants): boolean {
  if (typeof input !== 'object' || input === null || !('outDir' in input)) return false;
  return typeof input.outDir === 'string' && grants.allows(input.outDir);
}

/**
 * Serves the API over IPC. A message is answered only when it comes from the app's own top
 * frame and names a procedure of the desktop bridge; an export must write to a folder the user
 * chose in a dialog. Input is parsed with the procedure's schema by the shared invoke wrapper.
 */
export function registerApi(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: ApiHandlers,
  grants: FolderGrants,
): void {
  ipcMain.handle(
    IPC.invoke,
    async (
      event: IpcMainInvokeEvent,
      name: unknown,
      input: unknown,
      lang: unknown,
    ): Promise<ApiResult<unknown>> => {
      if (!isFromApp(event)) return refusal('ipc.sender', 'ukjent avsender');
      if (!(DESKTOP_PROCEDURES as readonly unknown[]).includes(name)) {
        return refusal('ipc.unknown', `ukjent prosedyre «${String(name)}»`);
      }
      const language = (LANGUAGES as readonly unknown[]).includes(lang) ? (lang as Language) : 'nb';
      if (name === 'case.export' && !chosenFolder(input, grants)) {
        const message = localize(
          {
            nb: 'velg mappen med «Velg mappe …»: skrivebordsappen skriver bare til en mappe du har valgt i dialogen',
            nn: 'vel mappa med «Vel mappe …»: skrivebordsappen skriv berre til ei mappe du har valt i dialogen',
            en: 'choose the folder with «Choose folder …»: the desktop app writes only to a folder you picked in the dialog',
          },
          language,
        );
        return refusal('desktop.folder-not-chosen', message, 'outDir');
      }
      return invokeProcedure(handlers, name as DesktopProcedure, input, language);
    },
  );
}
