import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rendererHandler } from '../../electron/main/renderer-protocol';
import { tempDir } from '../fixtures/cli';
import { PINNED_CSP } from '../fixtures/csp';

describe('the app scheme in the desktop window', () => {
  const dir = tempDir('skyavtale-renderer-');
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Skyavtale</title>');
  writeFileSync(join(dir, 'app.js'), 'export {};');
  mkdirSync(join(dir, 'fonts'));
  writeFileSync(join(dir, 'fonts', 'Arimo.ttf'), 'font');
  const serve = rendererHandler(dir);

  it('serves the page with the whole content security policy and no sniffing', async () => {
    for (const url of ['skyavtale://app/', 'skyavtale://app/index.html']) {
      const response = await serve(new Request(url));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toBe(PINNED_CSP);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    }
    const script = await serve(new Request('skyavtale://app/app.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('export {};');
  });

  it("serves the preview's document font as a font", async () => {
    const font = await serve(new Request('skyavtale://app/fonts/Arimo.ttf'));
    expect(font.status).toBe(200);
    expect(font.headers.get('content-type')).toBe('font/ttf');
  });

  it('answers 404, with the policy, for what is outside the folder, missing or malformed', async () => {
    for (const url of [
      'skyavtale://app/../../etc/passwd',
      'skyavtale://app/%2e%2e/%2e%2e/etc/passwd',
      'skyavtale://app/missing.js',
      'skyavtale://app/%E0%A4%A',
    ]) {
      const response = await serve(new Request(url));
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy'), url).toBe(PINNED_CSP);
    }
  });
});
