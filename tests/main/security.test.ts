import type { IpcMainInvokeEvent, Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  APP_ORIGIN,
  denyPermissions,
  hardenContents,
  isAppUrl,
  isSafeExternalUrl,
  registerApi,
  windowOptions,
} from '../../electron/main/security';
import { readdirSync, readFileSync } from 'node:fs';
import { FolderGrants } from '../../electron/main/folder-grants';
import { createBackend } from '../../electron/node/backend';
import { IPC } from '../../electron/shared/ipc-channels';
import { tempDir } from '../fixtures/cli';

type Listener = (event: { preventDefault: () => void }, url: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
  } as unknown as WebContents;
  const fire = (name: string, url: string): boolean => {
    let prevented = false;
    listeners.get(name)?.({ preventDefault: () => (prevented = true) }, url);
    return prevented;
  };
  return { contents, fire, open: (url: string) => openHandler?.({ url }) };
}

describe('the desktop window', () => {
  it('follows the Electron security checklist', () => {
    const { webPreferences } = windowOptions('/app/preload.cjs');
    expect(webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    expect(webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('tells its own pages from everything else', () => {
    expect(isAppUrl(`${APP_ORIGIN}/index.html`)).toBe(true);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('https://app.example')).toBe(false);
    expect(isAppUrl('skyavtale://other/index.html')).toBe(false);
  });

  it('opens only https links, in the browser, and never a new window', () => {
    expect(isSafeExternalUrl('https://www.dfo.no/')).toBe(true);
    for (const url of [
      'http://www.dfo.no/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'https://user@evil.example/',
    ])
      expect(isSafeExternalUrl(url), url).toBe(false);
    const openExternal = vi.fn(() => Promise.resolve());
    const { contents, open } = fakeContents();
    hardenContents(contents, { openExternal });
    expect(open('https://www.dfo.no/')).toEqual({ action: 'deny' });
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledWith('https://www.dfo.no/');
  });

  it('blocks navigation and redirects away from the app, and webviews', () => {
    const { contents, fire } = fakeContents();
    hardenContents(contents, { openExternal: () => Promise.resolve() });
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fire('will-redirect', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-navigate', `${APP_ORIGIN}/index.html`)).toBe(false);
    expect(fire('will-attach-webview', 'about:blank')).toBe(true);
  });

  it('denies every permission request and check', () => {
    let request: ((c: unknown, p: string, callback: (granted: boolean) => void) => void) | null =
      null;
    let check: (() => boolean) | null = null;
    denyPermissions({
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
    } as unknown as Session);
    const answers: boolean[] = [];
    request!(null, 'media', (granted) => answers.push(granted));
    request!(null, 'geolocation', (granted) => answers.push(granted));
    expect(answers).toEqual([false, false]);
    expect(check!()).toBe(false);
  });
});

describe('the API over IPC', () => {
  const backend = createBackend({ dataDir: tempDir('skyavtale-ipc-data-') });
  let handler: ((event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>) | null = null;
  const grants = new FolderGrants();
  registerApi(
    {
      handle: (channel: string, h: typeof handler) => channel === IPC.invoke && (handler = h),
    },
    backend.handlers,
    grants,
  );
  const event = (url: string, parent: unknown = null) =>
    ({ senderFrame: { url, parent } }) as unknown as IpcMainInvokeEvent;

  it('answers the app’s own top frame, parsing input with the contract', async () => {
    expect(
      await handler!(event(`${APP_ORIGIN}/index.html`), 'case.validate', { caseText: '{}' }, 'nb'),
    ).toMatchObject({
      ok: true,
    });
    expect(
      await handler!(event(`${APP_ORIGIN}/index.html`), 'matters.create', { name: 1 }, 'nb'),
    ).toMatchObject({
      ok: false,
      error: { code: 'api.bad-input' },
    });
  });

  it('refuses other senders, subframes and unknown procedures', async () => {
    const refused = { ok: false, error: { code: 'ipc.sender' } };
    expect(await handler!(event('https://evil.example/'), 'app.version', {}, 'nb')).toMatchObject(
      refused,
    );
    expect(
      await handler!(event(`${APP_ORIGIN}/index.html`, {}), 'app.version', {}, 'nb'),
    ).toMatchObject(refused);
    expect(
      await handler!(
        { senderFrame: null } as unknown as IpcMainInvokeEvent,
        'app.version',
        {},
        'nb',
      ),
    ).toMatchObject(refused);
    expect(await handler!(event(`${APP_ORIGIN}/`), 'fs.read', {}, 'nb')).toMatchObject({
      ok: false,
      error: { code: 'ipc.unknown' },
    });
  });

  it('serves only the procedures the interface uses, not those that take any path', async () => {
    for (const name of [
      'case.pack',
      'file.verify',
      'matters.export',
      'store.backup',
      'store.restore',
    ])
      expect(await handler!(event(`${APP_ORIGIN}/`), name, {}, 'nb'), name).toMatchObject({
        ok: false,
        error: { code: 'ipc.unknown' },
      });
  });

  it('exports only into a folder the user chose in the dialog', async () => {
    const caseText = readFileSync('examples/ssa-lille-sky-lisenser.json', 'utf8');
    const typed = tempDir('skyavtale-ipc-typed-');
    expect(
      await handler!(
        event(`${APP_ORIGIN}/`),
        'case.export',
        { caseText, formats: ['docx'], outDir: typed },
        'en',
      ),
    ).toEqual({
      ok: false,
      error: {
        code: 'desktop.folder-not-chosen',
        message:
          'choose the folder with «Choose folder …»: the desktop app writes only to a folder you picked in the dialog',
        where: 'outDir',
        problems: [],
      },
    });
    const chosen = tempDir('skyavtale-ipc-chosen-');
    grants.grant(chosen);
    expect(
      await handler!(
        event(`${APP_ORIGIN}/`),
        'case.export',
        { caseText, formats: ['docx'], outDir: `${chosen}/` },
        'nb',
      ),
    ).toMatchObject({ ok: true });
    expect(readdirSync(chosen).filter((name) => name.endsWith('.docx')).length).toBeGreaterThan(0);
  });
});
