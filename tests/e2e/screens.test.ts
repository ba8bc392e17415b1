import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, sidewaysOverflow, startSsaLCase, withAppPage } from '../fixtures/browser';

// A picture of every main screen at a desktop width and at 320 px (400 % zoom), for a person to
// look at before a change to the interface is accepted; the pictures are not committed.
let page: Page;
const MATTER = 'Skjermbilder 2027';
withAppPage(async (opened) => {
  page = opened;
  await startSsaLCase(page, MATTER);
});

const nav = (name: string | RegExp) =>
  page.getByRole('navigation').getByRole('button', { name }).click();
const tab = async (name: string) => {
  await nav(/^Avtale: /);
  await page.getByRole('tab', { name, exact: true }).click();
};

const SCREENS: [string, () => Promise<void>][] = [
  ['bibliotek', () => nav('Bibliotek')],
  [
    'sak',
    () =>
      page
        .getByRole('button', { name: `Åpne ${MATTER}` })
        .first()
        .click(),
  ],
  ['ny-avtale', () => nav('Ny avtale')],
  ['parter', () => tab('Parter og datoer')],
  ['bilag', () => tab('Bilag')],
  ['tjenesteniva', () => tab('Tjenestenivå og pris')],
  ['sikkerhetskrav', () => tab('Sikkerhetskrav')],
  ['databehandleravtale', () => tab('Databehandleravtale')],
  ['endringer', () => tab('Endringer (bilag 7)')],
  ['eksport', () => tab('Eksport')],
];

describe('the main screens', () => {
  for (const width of [1280, 320]) {
    it(`are pictured at ${width} px${width === 320 ? ', where they fit the width' : ''}`, async () => {
      // Tall enough that a picture shows most of a screen, not only its first view.
      await page.setViewportSize({ width, height: 1800 });
      for (const [name, open] of SCREENS) {
        await open();
        await page.waitForTimeout(400);
        const file = `skjerm-${width}-${name}`;
        await screenshot(page, file);
        const path = join(process.cwd(), 'tests', 'e2e', 'screenshots', `${file}.png`);
        expect(existsSync(path) && statSync(path).size, name).toBeGreaterThan(1000);
        if (width === 320) expect(await sidewaysOverflow(page), name).toEqual([]);
      }
    }, 120_000);
  }
});
