import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, relative, resolve } from 'node:path';
import { LANGUAGES, type Language } from '../core/case/case-schema';
import { procedures, type ApiHandlers, type ApiResult, type ProcedureName } from '../shared/api';
import { invokeProcedure } from '../shared/invoke';
import { CONTENT_SECURITY_POLICY } from '../shared/security-policy';

/** Bodies beyond this are refused: a case with every appendix text is well under 1 MB. */
const MAX_BODY_BYTES = 20 * 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'cache-control': 'no-store',
};

export interface WebServerOptions {
  handlers: ApiHandlers;
  /** The built user interface (index.html and its assets). */
  staticDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
}

export interface WebServer {
  /** The address to open, with the token in the fragment (never sent to the server in logs). */
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

function refusal(code: string, message: string): ApiResult<never> {
  return { ok: false, error: { code, message, where: null, problems: [] } };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sameToken(given: string | undefined, token: string): boolean {
  const a = Buffer.from(given ?? '');
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Web mode: the same API as the desktop app over HTTP, on 127.0.0.1 only, for a browser on this
 * machine. Every API request must carry the token made at start, come from the page's own origin
 * and name the server by its loopback address (which stops DNS rebinding).
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = randomBytes(24).toString('base64url');
  const staticDir = resolve(options.staticDir);
  let origin = '';

  const serveApi = async (req: IncomingMessage, res: ServerResponse, name: string) => {
    if (req.method !== 'POST') {
      send(res, 405, refusal('web.method', 'bruk POST'));
      return;
    }
    const header = req.headers['x-skyavtale-token'];
    if (!sameToken(Array.isArray(header) ? header[0] : header, token)) {
      send(res, 401, refusal('web.token', 'mangler gyldig nøkkel for denne økten'));
      return;
    }
    if (req.headers.origin !== undefined && req.headers.origin !== origin) {
      send(res, 403, refusal('web.origin', 'forespørsler fra andre nettsteder avvises'));
      return;
    }
    if (!Object.hasOwn(procedures, name)) {
      send(res, 404, refusal('web.unknown', `ukjent prosedyre «${name}»`));
      return;
    }
    const text = await readBody(req);
    if (text === null) {
      send(res, 413, refusal('web.too-large', 'forespørselen er for stor'));
      return;
    }
    let input: unknown;
    try {
      input = text === '' ? {} : JSON.parse(text);
    } catch {
      send(res, 400, refusal('web.json', 'forespørselen er ikke gyldig JSON'));
      return;
    }
    const asked = req.headers['x-skyavtale-lang'];
    const lang = (LANGUAGES as readonly unknown[]).includes(asked) ? (asked as Language) : 'nb';
    send(res, 200, await invokeProcedure(options.handlers, name as ProcedureName, input, lang));
  };

  const serveStatic = async (req: IncomingMessage, res: ServerResponse, path: string) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, SECURITY_HEADERS);
      res.end();
      return;
    }
    const file = resolve(staticDir, `.${path === '/' ? '/index.html' : path}`);
    const inside = relative(staticDir, file);
    if (inside.startsWith('..') || resolve(staticDir, inside) !== file) {
      res.writeHead(404, SECURITY_HEADERS);
      res.end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, SECURITY_HEADERS);
      res.end();
    }
  };

  const server = createServer((req, res) => {
    const host = req.headers.host ?? '';
    if (host !== new URL(origin).host) {
      res.writeHead(421, SECURITY_HEADERS);
      res.end();
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', origin).pathname);
    } catch {
      // `/%` and the like: a malformed address is the client's mistake, never a crash.
      send(res, 400, refusal('web.bad-path', 'adressen i forespørselen er ugyldig'));
      return;
    }
    const work = path.startsWith('/api/')
      ? serveApi(req, res, path.slice('/api/'.length))
      : serveStatic(req, res, path);
    work.catch((error: unknown) => {
      // The cause goes to the terminal; the page gets words, not a stack trace.
      process.stderr.write(`Skyavtale: ${req.method ?? ''} ${path}: ${String(error)}\n`);
      if (!res.headersSent) {
        send(res, 500, refusal('web.internal', 'Skyavtale kunne ikke svare på forespørselen'));
      } else res.destroy();
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => {
          done();
        });
        server.closeAllConnections();
      }),
  };
}
