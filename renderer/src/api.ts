import type { ApiClient, ApiResult } from '../../electron/shared/api';
import type { DesktopBridge } from '../../electron/shared/desktop-bridge';

declare global {
  interface Window {
    /** What the Electron preload script exposes; absent when the UI runs in a browser (web mode). */
    skyavtale?: DesktopBridge;
  }
}

/** The per-start token of web mode: handed over in the URL fragment, then kept for the tab. */
function webToken(): string {
  const fromUrl = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromUrl) {
    sessionStorage.setItem('skyavtale-token', fromUrl);
    // The token leaves the address bar, so it is not copied or kept in history.
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return fromUrl;
  }
  return sessionStorage.getItem('skyavtale-token') ?? '';
}

let messageLang = 'nb';

/** The language the back end answers errors in. */
export function setMessageLanguage(lang: 'nb' | 'en'): void {
  messageLang = lang;
}

function transport(): (name: string, input: unknown) => Promise<ApiResult<unknown>> {
  const bridge = window.skyavtale;
  if (bridge) {
    return async (name, input) => {
      const procedure = Object.hasOwn(bridge.api, name)
        ? bridge.api[name as keyof DesktopBridge['api']]
        : null;
      if (procedure) return procedure(input, messageLang);
      return {
        ok: false,
        error: {
          code: 'ipc.unknown',
          message: `skrivebordsappen tilbyr ikke «${name}»`,
          where: name,
          problems: [],
        },
      };
    };
  }
  const token = webToken();
  return async (name, input) => {
    try {
      const response = await fetch(`/api/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-skyavtale-token': token,
          'x-skyavtale-lang': messageLang,
        },
        body: JSON.stringify(input),
      });
      return (await response.json()) as ApiResult<unknown>;
    } catch (error) {
      return {
        ok: false,
        error: {
          code: 'api.unreachable',
          message: `Skyavtale svarer ikke (${String(error)})`,
          where: name,
          problems: [],
        },
      };
    }
  };
}

const call = transport();

/**
 * The one API client of the UI: the same typed procedures over the desktop bridge or over HTTP
 * in web mode. It never throws; every answer is `{ ok, value }` or `{ ok: false, error }`.
 */
export const api = new Proxy({} as ApiClient, {
  get: (_, name: string) => (input: unknown) => call(name, input),
});

/** Native folder dialogs, in the desktop app only (null in web mode: type the folder instead). */
export const desktop: Pick<DesktopBridge, 'chooseFolder' | 'showFolder'> | null = window.skyavtale
  ? { chooseFolder: window.skyavtale.chooseFolder, showFolder: window.skyavtale.showFolder }
  : null;
