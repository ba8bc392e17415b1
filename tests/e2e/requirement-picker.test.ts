import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, startSsaLCase, wcagViolations, withAppPage } from '../fixtures/browser';

// The requirement picker of a new SSA-L case (SaaS) in Debian's Chromium against web mode.
let page: Page;
withAppPage(async (opened) => {
  page = opened;
  await startSsaLCase(page, 'Kravvalg 2027');
  await page.getByRole('tab', { name: 'Sikkerhetskrav', exact: true }).click();
});

const main = () => page.getByRole('main');
/** What the one polite live region of the picker says. */
const shown = () =>
  main().locator('[aria-live="polite"]').filter({ hasText: 'krav vises' }).innerText();
/** The IDs of the requirements the list shows, in order. */
const listedIds = async () =>
  (await main().locator('.requirement-list > li input[type="checkbox"]').all()).length === 0
    ? []
    : (await main().locator('.requirement-list > li label').allInnerTexts()).map(
        (label) => label.split(' ')[0],
      );

describe('the requirement picker', () => {
  it('narrows the bank by cloud model', async () => {
    await expect.poll(shown).toBe('92 krav vises');
    await main().getByLabel('Skymodell').selectOption('iaas');
    await expect.poll(shown).toBe('90 krav vises');
    // Classification of data is the customer's own task in IaaS.
    expect(await listedIds()).not.toContain('B.IS.23');
  });

  it('narrows the bank by framework and a search in its controls', async () => {
    await main().getByLabel('Rammeverk', { exact: true }).selectOption('bsiC5');
    await main().getByLabel('Søk i kontroller').fill('IDM');
    await expect.poll(shown).toBe('8 krav vises');
    expect(await listedIds()).toEqual([
      'B.IS.24',
      'B.IS.25',
      'B.IS.26',
      'B.IS.27',
      'B.IS.28',
      'B.IS.29',
      'B.IS.34',
      'C.1',
    ]);
    await screenshot(page, 'picker-01-filtre');
    await main().getByRole('button', { name: 'Nullstill filtre' }).click();
    await expect.poll(shown).toBe('92 krav vises');
  });

  it('turns a coverage gap into the list of requirements that close it', async () => {
    // One chosen requirement; the case is unfinished, yet its coverage is there.
    await main()
      .getByRole('checkbox', { name: /^B\.IS\.1 / })
      .check();
    const nis2 = main()
      .locator('details.coverage')
      .filter({ hasText: /^NIS2: / });
    const gap = nis2.getByRole('button', { name: 'Finn krav som dekker 21(2)(e)' });
    await expect.poll(() => gap.count()).toBe(1);
    await gap.click();
    await expect.poll(shown).toBe('19 krav vises');
    expect(await listedIds()).toEqual(expect.arrayContaining(['B.IS.17', 'B.IS.48', 'C.20']));
    expect(await main().locator('.gap-filter').innerText()).toContain('NIS2 21(2)(e) (SaaS)');
    // The keyboard user is taken to the list the button filled.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Kravbanken');
    expect(await main().getByLabel('Skymodell').inputValue()).toBe('saas');
    await screenshot(page, 'picker-02-hull');
  });

  it('has no WCAG 2.1 A/AA violation with the filters set and a gap shown', async () => {
    expect(await wcagViolations(page)).toEqual([]);
  });
});
