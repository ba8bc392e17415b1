import type {
  ApiClient,
  ApiResult,
  ProcedureInput,
  ProcedureName,
  ProcedureOutput,
} from '../../electron/shared/api';
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

function failure(code: string, message: string, where: string): ApiResult<never> {
  return { ok: false, error: { code, message, where, problems: [] } };
}

/** The back end's answer read as an API result, or a failure saying what came back instead. */
async function answerOf(response: Response, name: string): Promise<ApiResult<unknown>> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (typeof body === 'object' && body !== null && 'ok' in body) return body as ApiResult<unknown>;
  return failure(
    'api.bad-answer',
    `Skyavtale svarte med noe som ikke kan leses (HTTP ${response.status}); handlingen er kanskje ikke utført`,
    name,
  );
}

function webCall(
  token: string,
  name: string,
  input: unknown,
  leaving: boolean,
): Promise<ApiResult<unknown>> {
  return fetch(`/api/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-skyavtale-token': token,
      'x-skyavtale-lang': messageLang,
    },
    body: JSON.stringify(input),
    // A keepalive request outlives the page that sends it, so a draft sent on closing arrives.
    keepalive: leaving,
  }).then(
    (response) => answerOf(response, name),
    (error: unknown) =>
      failure('api.unreachable', `Skyavtale svarer ikke (${String(error)})`, name),
  );
}

type Transport = (name: string, input: unknown, leaving: boolean) => Promise<ApiResult<unknown>>;

function transport(): Transport {
  const bridge = window.skyavtale;
  if (bridge) {
    return async (name, input) => {
      const procedure = Object.hasOwn(bridge.api, name)
        ? bridge.api[name as keyof DesktopBridge['api']]
        : null;
      if (!procedure) {
        return failure('ipc.unknown', `skrivebordsappen tilbyr ikke «${name}»`, name);
      }
      try {
        return await procedure(input, messageLang);
      } catch (error) {
        return failure(
          'api.failed',
          `Skyavtale kunne ikke utføre handlingen (${String(error)})`,
          name,
        );
      }
    };
  }
  const token = webToken();
  return async (name, input, leaving) => {
    const answer = await webCall(token, name, input, leaving);
    // Keepalive bodies are capped (64 kB in browsers); a larger one goes the ordinary way.
    return leaving && !answer.ok && answer.error.code === 'api.unreachable'
      ? webCall(token, name, input, false)
      : answer;
  };
}

const call = transport();

/**
 * The one API client of the UI: the same typed procedures over the desktop bridge or over HTTP
 * in web mode. It never throws; every answer is `{ ok, value }` or `{ ok: false, error }`.
 */
export const api = new Proxy({} as ApiClient, {
  get: (_, name: string) => (input: unknown) => call(name, input, false),
});

/** The same call made while the page closes: it is sent so that it arrives after the page is gone. */
export function callWhileLeaving<P extends ProcedureName>(
  name: P,
  input: ProcedureInput<P>,
): Promise<ApiResult<ProcedureOutput<P>>> {
  return call(name, input, true) as Promise<ApiResult<ProcedureOutput<P>>>;
}

/** Native folder dialogs, in the desktop app only (null in web mode: type the folder instead). */
export const desktop: Pick<DesktopBridge, 'chooseFolder' | 'showFolder'> | null = window.skyavtale
  ? { chooseFolder: window.skyavtale.chooseFolder, showFolder: window.skyavtale.showFolder }
  : null;
