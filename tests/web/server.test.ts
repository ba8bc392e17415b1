import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/node/backend';
import { startWebServer, type WebServer } from '../../electron/web/server';
import { tempDir } from '../fixtures/cli';
import { PINNED_CSP } from '../fixtures/csp';

let server: WebServer;
let close: () => Promise<void>;

beforeAll(async () => {
  const staticDir = tempDir('skyavtale-web-');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Skyavtale</title>');
  writeFileSync(join(staticDir, 'Arimo.ttf'), 'font');
  writeFileSync(join(tempDir(), 'secret.txt'), 'hemmelig');
  const backend = createBackend({ dataDir: tempDir('skyavtale-web-data-') });
  server = await startWebServer({ handlers: backend.handlers, staticDir });
  close = async () => {
    await server.close();
    await backend.close();
  };
});

afterAll(() => close());

/** A raw request, so that headers a browser would never let a page forge can be tested too. */
function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const url = new URL(server.origin);
  return new Promise((done, fail) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: options.method ?? 'GET',
        headers: { host: url.host, ...options.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => {
          done({ status: res.statusCode ?? 0, headers: res.headers, body });
        });
      },
    );
    req.on('error', fail);
    req.end(options.body);
  });
}

const api = (name: string, body: unknown, headers: Record<string, string> = {}) =>
  send(`/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-skyavtale-token': server.token, ...headers },
    body: JSON.stringify(body),
  });

describe('web mode', () => {
  it('listens on the loopback address only, with the token in the URL fragment', () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.url).toBe(`${server.origin}/#token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers the API with the token, parsing input with the contract', async () => {
    const version = await api('app.version', {});
    expect(version.status).toBe(200);
    const answer = JSON.parse(version.body) as { ok: boolean; value: { version: string } };
    expect(answer.ok).toBe(true);
    expect(answer.value.version).toMatch(/^\d+\.\d+\.\d+/);
    const bad = JSON.parse((await api('matters.create', { name: 42 })).body) as {
      ok: boolean;
      error: { code: string };
    };
    expect(bad).toMatchObject({ ok: false, error: { code: 'api.bad-input' } });
  });

  it('refuses requests without the token, with a wrong one, or from another origin', async () => {
    expect((await api('app.version', {}, { 'x-skyavtale-token': '' })).status).toBe(401);
    expect((await api('app.version', {}, { 'x-skyavtale-token': 'x'.repeat(32) })).status).toBe(
      401,
    );
    const foreign = await api('app.version', {}, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(JSON.parse(foreign.body)).toMatchObject({ ok: false, error: { code: 'web.origin' } });
    expect((await api('app.version', {}, { origin: server.origin })).status).toBe(200);
  });

  it('refuses another host name (DNS rebinding), GET on the API, unknown procedures and bad JSON', async () => {
    expect((await send('/', { headers: { host: 'evil.example' } })).status).toBe(421);
    expect((await send('/api/app.version')).status).toBe(405);
    expect((await api('shell.exec', {})).status).toBe(404);
    const broken = await send('/api/app.version', {
      method: 'POST',
      headers: { 'x-skyavtale-token': server.token },
      body: '{',
    });
    expect(broken.status).toBe(400);
  });

  it('serves the interface with a strict content security policy and nothing outside its folder', async () => {
    const page = await send('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Skyavtale</title>');
    expect(page.headers['content-security-policy']).toBe(PINNED_CSP);
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect((await send('/../secret.txt')).status).toBe(404);
    expect((await send('/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
  });

  it("serves the preview's document font from its own folder, as a font", async () => {
    const font = await send('/Arimo.ttf');
    expect(font.status).toBe(200);
    expect(font.headers['content-type']).toBe('font/ttf');
  });

  it('answers a malformed address with 400 and stays up', async () => {
    // Exactly what a page on another local site could make a browser send (an image source).
    // The server runs in this process: curl is waited for without blocking it.
    const { stdout } = await promisify(execFile)('curl', [
      '-s',
      '-o',
      '/dev/null',
      '-w',
      '%{http_code}',
      `${server.origin}/%`,
    ]);
    expect(stdout).toBe('400');
    expect((await send('/api/%zz', { method: 'POST' })).status).toBe(400);
    expect((await send('/%E0%A4%A')).status).toBe(400);
    expect((await send('/')).status).toBe(200);
  });
});
