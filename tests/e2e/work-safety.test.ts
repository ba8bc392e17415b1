import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, startApp } from '../fixtures/browser';

// Work safety in the real interface: what the user types survives a closed window and crashes.
let app: Awaited<ReturnType<typeof startApp>>;
let browser: Browser;
let caseId = 0;

const DESCRIPTION = 'Beskrivelse av tjenesten';
// About 7 s of steady typing at one key every 100 ms: no pause long enough for a trailing save.
const TYPED =
  ' Tjenesten dekker hele byggesaksprosessen, fra søknad og nabovarsel til ferdigattest.';

/** One API call over web mode, as the page makes it. */
async function call(name: string, input: unknown): Promise<unknown> {
  const url = new URL(app.url);
  const token = new URLSearchParams(url.hash.slice(1)).get('token') ?? '';
  const response = await fetch(`${url.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-skyavtale-token': token, origin: url.origin },
    body: JSON.stringify(input),
  });
  const answer = (await response.json()) as { ok: boolean; value?: unknown };
  expect(answer.ok).toBe(true);
  return answer.value;
}

async function openPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(app.url);
  return page;
}

const banner = (page: Page) => page.getByRole('alert').filter({ hasText: 'ulagret utkast' });

/** Kills the page's renderer process: no unload, no pagehide, nothing sent on the way out. */
async function crash(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  // The renderer dies before it can answer.
  void session.send('Page.crash').catch(() => undefined);
  await crashed;
  await page.close();
}

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromium();
  const matter = (await call('matters.create', { name: 'Byggesak 2028' })) as { id: number };
  const created = (await call('cases.create', {
    matterId: matter.id,
    caseText: readFileSync('examples/ssa-l-kommune-saksbehandling.json', 'utf8'),
    label: null,
  })) as { case: { id: number } };
  caseId = created.case.id;
}, 60_000);

afterAll(async () => {
  await browser.close();
  await app.close();
});

describe('work safety in the interface', () => {
  let original = '';

  it('keeps every character typed steadily when the window is closed without waiting', async () => {
    const page = await openPage();
    await page.getByRole('button', { name: 'Åpne Byggesak 2028' }).click();
    await page
      .getByRole('button', { name: /^Åpne avtalen / })
      .first()
      .click();
    const field = page.getByLabel(DESCRIPTION);
    original = await field.inputValue();
    await field.press('Control+End');
    await page.keyboard.type(TYPED, { delay: 80 });
    // Closed the moment the last key is down: no debounce has run out.
    await page.close();

    const reopened = await openPage();
    // The app resumes the case and tab the user was in, and offers the draft.
    await expect.poll(() => banner(reopened).count(), { timeout: 10_000 }).toBe(1);
    await screenshot(reopened, 'work-safety-01-draft');
    await reopened.getByRole('button', { name: 'Gjenopprett utkast' }).click();
    await expect.poll(() => reopened.getByLabel(DESCRIPTION).inputValue()).toBe(original + TYPED);
    await reopened.close();
  });

  it('keeps the draft apart through two crashes with the offer showing', async () => {
    const drafts = () =>
      call('drafts.recover', {}) as Promise<{ caseId: number; caseText: string }[]>;
    const kept = (await drafts()).find((d) => d.caseId === caseId)?.caseText;
    expect(kept).toContain(TYPED.trim());

    for (let round = 0; round < 2; round += 1) {
      const page = await openPage();
      await expect.poll(() => banner(page).count(), { timeout: 10_000 }).toBe(1);
      // The editor is closed to edits while the draft is on offer: keys reach no field.
      await page.getByLabel(DESCRIPTION).focus();
      await page.keyboard.type(' overskrevet', { delay: 20 });
      await expect.poll(() => page.getByLabel(DESCRIPTION).inputValue()).toBe(original);
      await crash(page);
      expect((await drafts()).find((d) => d.caseId === caseId)?.caseText).toBe(kept);
    }

    const page = await openPage();
    await expect.poll(() => banner(page).count(), { timeout: 10_000 }).toBe(1);
    await page.getByRole('button', { name: 'Gjenopprett utkast' }).click();
    await expect.poll(() => page.getByLabel(DESCRIPTION).inputValue()).toBe(original + TYPED);
    await page.close();
  });

  it('saves a version with Ctrl+S from any tab, and asks before leaving unsaved changes', async () => {
    const page = await openPage();
    // The draft recovered above was left unsaved: discarding it opens the editor to edits.
    await expect.poll(() => banner(page).count(), { timeout: 10_000 }).toBe(1);
    await page.getByRole('button', { name: 'Forkast utkast' }).click();
    await expect.poll(() => banner(page).count()).toBe(0);
    await expect.poll(() => page.getByLabel(DESCRIPTION).inputValue()).toBe(original);
    await page.getByRole('tab', { name: 'Bilag', exact: true }).click();
    await page.getByRole('tab', { name: 'Parter og datoer', exact: true }).click();
    await page.getByLabel(DESCRIPTION).fill(`${original} Endret.`);
    await expect.poll(() => page.getByText('ulagrede endringer').count()).toBe(1);

    // The browser asks before leaving when the page cancels «beforeunload».
    const leavingAsks = () =>
      page.evaluate(() => {
        const event = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(event);
        return event.defaultPrevented;
      });
    expect(await leavingAsks()).toBe(true);

    await page.keyboard.press('Control+s');
    await expect.poll(() => page.getByText('ulagrede endringer').count()).toBe(0);
    const history = (await call('cases.history', { caseId })) as { versions: unknown[] };
    expect(history.versions).toHaveLength(2);
    const latest = (await call('cases.version', { caseId, number: null })) as {
      caseText: string;
    };
    expect(latest.caseText).toContain('Endret.');
    expect(await leavingAsks()).toBe(false);
    // A saved version leaves no draft to offer.
    const left = (await call('drafts.recover', {})) as { caseId: number }[];
    expect(left.find((d) => d.caseId === caseId)).toBeUndefined();
    await page.close();
  });

  it('tells the user of a second instance that another process has the library', async () => {
    const second = spawn(process.execPath, ['dist/web.mjs', '--data', app.dataDir], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        second.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const found = /https?:\/\/\S+#token=\S+/.exec(out);
          if (found) resolve(found[0]);
        });
        second.once('exit', () => {
          reject(new Error(`web mode stopped: ${out}`));
        });
      });
      const page = await browser.newPage();
      await page.goto(url);
      await expect
        .poll(() => page.getByText('åpent for endringer i et annet program').count(), {
          timeout: 10_000,
        })
        .toBe(1);
      await expect.poll(() => page.getByText(`prosess ${process.pid}`).count()).toBe(1);
      await screenshot(page, 'work-safety-02-read-only');
      await page.close();
    } finally {
      second.kill();
    }
  });
});
