import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, wcagViolations, withAppPage } from '../fixtures/browser';

// One session in web mode over a fresh data folder: a case is made, saved twice with a change
// between, its agreement type changed, its versions compared and the case duplicated.
let page: Page;
withAppPage((opened) => {
  page = opened;
});

const main = () => page.getByRole('main');
const status = () => page.locator('.editor-status').innerText();
/** An element's text with every run of white space as one space. */
const words = async (locator: ReturnType<Page['locator']>) =>
  (await locator.innerText()).replace(/\s+/g, ' ').trim();

async function save(expected: number) {
  await page
    .getByRole('button', { name: /^Lagre/ })
    .first()
    .click();
  await expect.poll(status).toContain(`versjon ${expected}`);
  await expect.poll(status).not.toContain('ulagrede endringer');
}

describe('versions, agreement type and copies', () => {
  it('explains all three agreements and flags answers that contradict each other', async () => {
    await expect.poll(() => page.getByLabel('Sakens navn').count()).toBe(1);
    await page.getByLabel('Sakens navn').fill('Versjoner 2027');
    await page.getByRole('button', { name: 'Opprett sak' }).click();
    await expect.poll(() => main().getByRole('button', { name: 'Ny avtale' }).count()).toBe(1);
    await main().getByRole('button', { name: 'Ny avtale' }).click();
    const platform = page.getByLabel(
      'Skal kunden bruke en skyplattform (PaaS/IaaS) til egne løsninger?',
    );
    const licences = page.getByLabel('Kjøpes det bare lisenser?');
    await platform.selectOption('yes');
    await licences.selectOption('yes');
    await page.getByRole('button', { name: 'Anbefal avtale' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Anbefalt avtale: SSA-Sky' }).count())
      .toBe(1);
    const contradictions = page.locator('.contradictions');
    await expect.poll(() => contradictions.innerText()).toContain('SSA-Lille sky');
    expect(await contradictions.innerText()).toContain('plattformbruk mot SSA-Sky');
    const others = await page.locator('.agreement-fits').innerText();
    expect(others).toMatch(/SSA-L: SSA-L passer ikke så godt/);
    expect(others).toMatch(/SSA-Lille sky: SSA-Lille sky passer ikke/);
    await screenshot(page, 'v1-anbefaling-motstrid');

    // Answers that agree: SSA-L for a standard service, no contradiction.
    await platform.selectOption('no');
    await licences.selectOption('no');
    await page.getByRole('button', { name: 'Anbefal avtale' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Anbefalt avtale: SSA-L' }).count())
      .toBe(1);
    expect(await contradictions.count()).toBe(0);
    await page.getByLabel('Avtalens tittel').fill('Arkivtjeneste');
    await page.getByRole('button', { name: 'Bruk denne' }).click();
    await expect.poll(() => page.getByRole('tab', { name: 'Parter og datoer' }).count()).toBe(1);
  });

  it('saves two versions with a change between them', async () => {
    await page.getByLabel('Tjenestens navn').fill('Arkiv Alfa');
    await save(2);
    await page.getByLabel('Tjenestens navn').fill('Arkiv Beta');
    await save(3);
  });

  it('lists what another agreement type leaves out before the change is made', async () => {
    await page.getByRole('tab', { name: 'Bilag', exact: true }).click();
    await page.getByLabel('Tekst i bilag 9', { exact: true }).fill('Vilkår for tredjepart.');
    await page.getByRole('tab', { name: 'Parter og datoer', exact: true }).click();
    await page.getByLabel('Bytt til').selectOption('ssa-lille-sky');
    await page.getByRole('button', { name: 'Vis hva som endres' }).click();
    const region = page.getByRole('region', { name: 'Bytte til SSA-Lille sky' });
    await expect.poll(() => region.count()).toBe(1);
    expect(await region.innerText()).toContain(
      'Tekst i bilag 9: SSA-Lille sky har ikke et bilag som svarer til bilag 9; teksten føres ikke over.',
    );
    await screenshot(page, 'v2-bytt-avtaletype');
    // Nothing changes until the user confirms.
    expect(await status()).toContain('SSA-L ·');
    await region.getByRole('button', { name: 'Bytt til SSA-Lille sky' }).click();
    await expect.poll(status).toContain('SSA-Lille sky');
    expect(await status()).toContain('ulagrede endringer');
    await save(4);
  });

  it('compares two versions field by field and in the text, accessibly', async () => {
    await page.getByRole('button', { name: '← Tilbake til saken' }).click();
    await page.getByRole('button', { name: 'Sammenlign versjoner av Arkivtjeneste' }).click();
    const heading = page.getByRole('heading', {
      level: 1,
      name: 'Sammenlign versjoner: Arkivtjeneste',
    });
    await expect.poll(() => heading.count()).toBe(1);
    // Focus moves to the new screen's heading.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('compare-heading');
    await page.getByLabel('Fra versjon').selectOption('2');
    await page.getByLabel('Til versjon').selectOption('3');
    const row = main().getByRole('row', { name: /Tjenestens navn/ });
    await expect.poll(() => row.count()).toBe(1);
    expect(await words(row)).toBe('Tjenestens navn fjernet: Arkiv Alfa lagt til: Arkiv Beta');
    const text = main().locator('.compare-document').first();
    await expect.poll(() => text.locator('del').first().innerText()).toMatch(/Alfa/);
    expect(await text.locator('ins').first().innerText()).toMatch(/Beta/);
    await screenshot(page, 'v3-sammenlign');
    expect(await wcagViolations(page)).toEqual([]);
    // At 320 px (400 % zoom) the screen reflows to one column; only a table may scroll.
    await page.setViewportSize({ width: 320, height: 800 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1),
    ).toBe(true);
    await screenshot(page, 'v3b-sammenlign-320');
    await page.setViewportSize({ width: 1280, height: 800 });

    // The agreement type change is an answer of its own.
    await page.getByLabel('Fra versjon').selectOption('3');
    await page.getByLabel('Til versjon').selectOption('4');
    const agreement = main().getByRole('row', { name: /Avtaletypen/ });
    await expect.poll(() => agreement.count()).toBe(1);
    expect(await words(agreement)).toBe('Avtaletypen fjernet: SSA-L lagt til: SSA-Lille sky');
  });

  it('duplicates a case as a new case in the same matter', async () => {
    await page.getByRole('button', { name: '← Tilbake til saken' }).click();
    await page.getByRole('button', { name: 'Dupliser avtalen Arkivtjeneste' }).click();
    await expect
      .poll(() =>
        main().getByRole('rowheader', { name: 'Kopi av Arkivtjeneste', exact: true }).count(),
      )
      .toBe(1);
    await page.getByRole('button', { name: 'Åpne avtalen Kopi av Arkivtjeneste' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'Kopi av Arkivtjeneste' }).count())
      .toBe(1);
    expect(await page.getByLabel('Tjenestens navn').inputValue()).toBe('Arkiv Beta');
    expect(await status()).toContain('SSA-Lille sky · versjon 1');
  });
});
