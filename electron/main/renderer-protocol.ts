import { readFile } from 'node:fs/promises';
import { extname, relative, resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shared/security-policy';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.ttf': 'font/ttf',
};

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
};

/**
 * Answers the app's own scheme from the built user interface, with the content security policy
 * on every answer; nothing outside the folder is served.
 */
export function rendererHandler(dir: string): (request: Request) => Promise<Response> {
  const root = resolve(dir);
  const notFound = () => new Response(null, { status: 404, headers: SECURITY_HEADERS });
  return async (request) => {
    try {
      const path = decodeURIComponent(new URL(request.url).pathname);
      const file = resolve(root, `.${path === '/' ? '/index.html' : path}`);
      const inside = relative(root, file);
      if (inside.startsWith('..') || resolve(root, inside) !== file) return notFound();
      return new Response(await readFile(file), {
        headers: {
          ...SECURITY_HEADERS,
          'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        },
      });
    } catch {
      // A malformed address or a file that is not there.
      return notFound();
    }
  };
}
