import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  answerForSsaL,
  answerInterview,
  screenshot,
  sidewaysOverflow as overflowing,
  wcagViolations as axeViolations,
  withAppPage,
} from '../fixtures/browser';
import { tempDir } from '../fixtures/cli';

// The real interface in Debian's Chromium against web mode, one fresh data folder for the file:
// the steps build on each other as a user's session does.
let page: Page;
const outDir = tempDir('skyavtale-e2e-out-');
withAppPage((opened) => {
  page = opened;
});

const main = () => page.getByRole('main');
const tab = (name: string) => page.getByRole('tab', { name, exact: true }).click();
const preview = () => page.getByRole('complementary', { name: 'Forhåndsvisning' });
/** Shows the document of the contract set whose title begins so in the preview. */
async function showDocument(title: string) {
  const select = preview().getByLabel('Dokument');
  const label = async () =>
    (await select.locator('option').allTextContents()).find((t) => t.startsWith(title));
  // The list follows the case once the preview has caught up with the last answer.
  await expect.poll(label).toBeDefined();
  await select.selectOption({ label: (await label())! });
}
/** Waits until the export tab says the set is written. */
const exported = () =>
  expect
    .poll(
      () =>
        main()
          .getByText(/Ferdig: \d+ filer skrevet\./)
          .count(),
      { timeout: 60_000 },
    )
    .toBe(1);
/** The preview's text with every run of white space as one space. */
const previewText = async () => (await preview().innerText()).replace(/\s+/g, ' ');
const pdfText = (file: string) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );

// A change's printed reason and its internal note, told apart by a word only the note has.
const REASON = 'Presisering';
const NOTE_WORD = 'Forhandlingsrom';
const NOTE = `${NOTE_WORD}: vi kan godta 60 dager`;
// The security requirements' wording in a tender pack and in a contract.
const TENDER_WORDING = 'vil bli avvist';
const CONTRACT_WORDING = 'er en plikt Leverandøren har etter avtalen';

const wcagViolations = () => axeViolations(page);
const sidewaysOverflow = () => overflowing(page);

describe('the desktop interface in a browser', () => {
  it('creates a matter in the library', async () => {
    await expect.poll(() => page.getByLabel('Sakens navn').count()).toBe(1);
    await page.getByLabel('Sakens navn').fill('Byggesak 2027');
    await page.getByLabel('Kunde', { exact: true }).fill('Bærum kommune');
    await page.getByRole('button', { name: 'Opprett sak' }).click();
    // A new matter opens at once.
    await expect
      .poll(() => page.getByRole('button', { name: 'Flytt saken til papirkurven' }).count())
      .toBe(1);
    await screenshot(page, '01-sak');
    await expect.poll(() => main().getByText('Byggesak 2027').count()).toBeGreaterThan(0);
  });

  it('recommends SSA-L for a standard service and starts the case', async () => {
    await main().getByRole('button', { name: 'Ny avtale' }).click();
    await answerForSsaL(page);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Anbefalt avtale: SSA-L' }).count())
      .toBe(1);
    await screenshot(page, '02-anbefaling');
    await page.getByLabel('Avtalens tittel').fill('Saksbehandling byggesak');
    await page.getByRole('button', { name: 'Bruk denne' }).click();
    await expect.poll(() => page.getByRole('tab', { name: 'Parter og datoer' }).count()).toBe(1);
  });

  it('shows the document at once, its unanswered places marked, and fills them as the user types', async () => {
    // The new case has errors, yet its documents are there with their titles.
    await expect
      .poll(() =>
        preview()
          .getByRole('heading', { name: 'Avtale om løpende tjenestekjøp over internett' })
          .count(),
      )
      .toBe(1);
    const unanswered = preview().getByRole('button', { name: '[Leverandørens navn]' });
    await expect.poll(() => unanswered.count()).toBeGreaterThan(0);
    await screenshot(page, '03a-forhandsvisning-ny-sak');
    // A marked place leads to its question.
    await unanswered.first().click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('f-supplier-name');
    await page.getByLabel('Leverandørens navn').fill('Fjordsky Saksbehandling AS');
    await expect.poll(() => unanswered.count()).toBe(0);
    await expect
      .poll(() => preview().getByText('Fjordsky Saksbehandling AS').count())
      .toBeGreaterThan(0);
    await screenshot(page, '03b-forhandsvisning-utfylt');
  });

  it('names each problem by the label of its field, and leads to that field', async () => {
    const summary = page.locator('.problem-summary');
    const problem = summary.getByRole('button', {
      name: 'Kundens organisasjonsnummer',
      exact: true,
    });
    await expect.poll(() => problem.count()).toBe(1);
    expect(await summary.innerText()).not.toMatch(/customer\.|typen/);
    await problem.click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe(await page.getByLabel('Kundens organisasjonsnummer').getAttribute('id'));
    // The tab shows how much of it is left.
    expect(
      await main()
        .getByText(/I denne delen: \d+ mangler svar/)
        .count(),
    ).toBe(1);
    // The export tab counts what is left field by field, as the summary does.
    const counts = await summary.locator('summary [role="status"]').innerText();
    const toFix = [...counts.matchAll(/(\d+) (?:mangler svar|må rettes)/g)].reduce(
      (sum, m) => sum + Number(m[1]),
      0,
    );
    expect(toFix).toBeGreaterThan(0);
    await tab('Eksport');
    expect(await main().getByText(`${toFix} felt mangler svar eller må rettes`).count()).toBe(1);
    await tab('Parter og datoer');
  });

  it('shows a wrong organisation number next to the field, and accepts the right one', async () => {
    await page.getByLabel('Kundens navn').fill('Bærum kommune');
    await page.getByLabel('Kundens organisasjonsnummer').fill('935 478 716');
    const field = page.getByLabel('Kundens organisasjonsnummer');
    await expect
      .poll(async () => {
        const ids = (await field.getAttribute('aria-describedby'))?.split(' ') ?? [];
        const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText()));
        return texts.join(' ');
      })
      .toMatch(/organisasjonsnummer/i);
    await screenshot(page, '03-feil-orgnr');
    await field.fill('935 478 715');
    await page.getByLabel('Leverandørens navn').fill('Fjordsky Saksbehandling AS');
    await page.getByLabel('Leverandørens organisasjonsnummer').fill('987654325');
    await page.getByLabel('Navn på underskriver 1 (kunden)').fill('Åse Bråthen');
    await page.getByLabel('Navn på underskriver 1 (leverandøren)').fill('Siri Hægeland');
    await page.getByLabel('Tjenestens navn').fill('Fjordsky Byggesak');
    await page
      .getByLabel('Beskrivelse av tjenesten')
      .fill('Skytjeneste for mottak og saksbehandling av byggesøknader.');
    await expect
      .poll(async () => (await field.getAttribute('aria-invalid')) ?? 'false')
      .toBe('false');
    await screenshot(page, '04-parter');
  });

  it('asks for a limit on extensions only when the agreement can be extended, and prints it', async () => {
    const limit = page.getByLabel('Høyst antall forlengelser');
    expect(await limit.count()).toBe(0);
    await page.getByLabel('Forlengelse (måneder hver)').fill('12');
    await limit.fill('2');
    await expect
      .poll(previewText)
      .toContain('Kunden kan forlenge avtalen med 12 måneder om gangen, høyst 2 ganger,');
    await limit.fill('');
    await expect
      .poll(previewText)
      .toContain('Kunden kan forlenge avtalen med 12 måneder om gangen, ved');
    await page.getByLabel('Forlengelse (måneder hver)').fill('');
    await expect.poll(() => limit.count()).toBe(0);
    await expect.poll(previewText).not.toContain('Kunden kan forlenge avtalen');
  });

  it('accepts Norwegian numbers and shows amounts as the document prints them', async () => {
    await tab('Tjenestenivå og pris');
    await page.getByLabel('Avtalen har tjenestenivå (SLA)').check();
    const availability = page.getByLabel('Tilgjengelighet (%)');
    expect(await availability.inputValue()).toBe('99,5');
    await availability.fill('99,9');
    await expect.poll(() => main().getByText('Tillatt nedetid ved 99,9\u00a0%').count()).toBe(1);
    await page.getByLabel('Avtalen har pristabell').check();
    await page.getByLabel('Beskrivelse, linje 1').fill('Lisenser');
    await page.getByLabel('Enhetspris, linje 1').fill('1.000,00');
    await page.getByLabel('Antall, linje 1').fill('1 250');
    await expect
      .poll(() => main().getByText('1\u00a0250\u00a0000,00\u00a0kr').count())
      .toBeGreaterThan(0);
    await expect
      .poll(
        async () =>
          (await page.getByLabel('Enhetspris, linje 1').getAttribute('aria-invalid')) ?? 'false',
      )
      .toBe('false');
    await screenshot(page, '04a-tall');
  });

  it('sets the service window, severities and credit terms of the SLA on its tab', async () => {
    const perWeek = () =>
      main()
        .getByRole('row', { name: /^Per uke/ })
        .innerText();
    const overWholeWeek = await perWeek();
    await page
      .getByLabel('Avtalt tjenestevindu (ellers gjelder tilgjengeligheten hele døgnet)')
      .check();
    expect(await page.getByLabel('Tjenestevinduet fra (tt:mm)').inputValue()).toBe('08:00');
    // Downtime over weekdays 08–16 only is less than over the whole week.
    await expect.poll(perWeek).not.toBe(overWholeWeek);
    const critical = page.getByLabel('Løsningstid (timer), alvorlighetsgrad 1');
    expect(await critical.inputValue()).toBe('4');
    await critical.fill('6');
    await page.getByLabel('Tak for kompensasjon (% av prisen for måleperioden)').fill('15');
    await page
      .getByLabel('Kompensasjonen er kundens eneste sanksjon når tjenestenivået ikke nås')
      .check();
    await page.getByRole('button', { name: 'Legg til kompensasjonstrinn' }).click();
    const focused = () =>
      page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent);
    await expect.poll(focused).toBe('f-sla-credits-0-below');
    await page.getByRole('button', { name: 'Fjern trinn 1' }).click();
    await expect.poll(focused).toBe('Legg til kompensasjonstrinn');
    await expect.poll(() => main().getByText('Denne delen er ferdig utfylt.').count()).toBe(1);
    await screenshot(page, '04b-sla');
  });

  it('starts a clause edit from the standard text and tracks the changed words', async () => {
    await tab('Endringer (bilag 7)');
    await page.getByRole('button', { name: 'Legg til endring' }).click();
    const clause = page.getByLabel('Punkt-ID, endring 1');
    const options = await clause.locator('option').allTextContents();
    const first = options.find((o) => /\(scope\)$/.test(o)) ?? options[1]!;
    await clause.selectOption({ label: first });
    const text = page.getByLabel('Ny tekst, endring 1');
    await expect.poll(async () => (await text.inputValue()).length).toBeGreaterThan(20);
    const standard = await text.inputValue();
    const [word] = standard.split(' ');
    await text.fill(standard.replace(word!, 'Endret'));
    await expect.poll(() => main().locator('.compare del').count()).toBe(1);
    expect(await main().locator('.compare del').innerText()).toBe(word);
    expect(await main().locator('.compare ins').innerText()).toBe('Endret');
    await screenshot(page, '04b-endring');
  });

  it('prints the reason of a change and keeps its internal note out of the documents', async () => {
    const note = page.getByLabel('Internt notat (trykkes ikke), endring 1');
    const reason = page.getByLabel('Begrunnelse som trykkes (valgfri), endring 1');
    // Both fields say, to a screen reader too, what becomes of their text.
    for (const [field, hint] of [
      [note, /kommer ikke i noe dokument/],
      [reason, /bilag 7/],
    ] as const) {
      const ids = (await field.getAttribute('aria-describedby'))?.split(' ') ?? [];
      const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText()));
      expect(texts.join(' ')).toMatch(hint);
    }
    // The note first: once the preview shows the reason, it was made from a case with both.
    await showDocument('Bilag 7 –');
    await note.fill(NOTE);
    await reason.fill(REASON);
    await expect.poll(previewText).toContain(REASON);
    expect(await previewText()).not.toContain(NOTE_WORD);
    await note.scrollIntoViewIfNeeded();
    await screenshot(page, '04c-begrunnelse-og-notat');
    // The note is kept in the case, not only in the field.
    await tab('Parter og datoer');
    await tab('Endringer (bilag 7)');
    expect(await note.inputValue()).toBe(NOTE);
    expect(await reason.inputValue()).toBe(REASON);
  });

  it('picks security requirements and shows the NIS2 coverage with its gaps', async () => {
    await tab('Sikkerhetskrav');
    await page.getByLabel('Forhåndsvalg').selectOption('saas-baseline');
    // Each requirement opens to its own text, guidance and mappings.
    await main().locator('.requirement-details summary').first().click();
    await expect
      .poll(async () => (await main().locator('.requirement-text').first().innerText()).length)
      .toBeGreaterThan(20);
    expect(await main().locator('.requirement-mappings dt').count()).toBeGreaterThan(0);
    await screenshot(page, '05a-kravtekst');
    await page.getByRole('button', { name: 'Velg alle viste krav' }).click();
    await page.getByRole('button', { name: 'Beregn dekning' }).click();
    await expect
      .poll(() =>
        main()
          .getByText(/dekket/)
          .count(),
      )
      .toBeGreaterThan(0);
    await screenshot(page, '05-sikkerhetskrav');
  });

  it('speaks of rejection and evaluation in a tender, and of obligations in a contract', async () => {
    await tab('Parter og datoer');
    const purpose = page.getByLabel('Kontrakt eller anbud');
    expect(await purpose.inputValue()).toBe('contract');
    const ids = (await purpose.getAttribute('aria-describedby'))?.split(' ') ?? [];
    expect(ids.length).toBeGreaterThan(0);
    expect(await page.locator(`[id="${ids[0]!}"]`).innerText()).toMatch(/Anbud:.*Kontrakt:/s);
    // SSA-L has the security requirements in bilag 1.
    await showDocument('Bilag 1 –');
    await expect.poll(previewText).toContain(CONTRACT_WORDING);
    expect(await previewText()).not.toContain(TENDER_WORDING);
    await purpose.selectOption({ label: 'Anbud (konkurransegrunnlag)' });
    await expect.poll(previewText).toContain(TENDER_WORDING);
    expect(await previewText()).not.toContain(CONTRACT_WORDING);
    await purpose.scrollIntoViewIfNeeded();
    await screenshot(page, '05b-anbud');
    await purpose.selectOption('contract');
    await expect.poll(previewText).toContain(CONTRACT_WORDING);
    expect(await previewText()).not.toContain(TENDER_WORDING);
  });

  it('fills the data processing agreement', async () => {
    await tab('Databehandleravtale');
    const has = page.getByLabel('Avtalen har databehandleravtale');
    if (!(await has.isChecked())) await has.check();
    await page.getByLabel('Behandlingens gjenstand').fill('Saksbehandling av byggesøknader');
    await page
      .getByLabel('Formålet med behandlingen')
      .fill('Behandle søknader etter plan- og bygningsloven');
    await page.getByLabel('Typer personopplysninger').fill('Navn\nAdresse');
    await page.getByLabel('Kategorier av registrerte').fill('Søkere\nNaboer');
    await screenshot(page, '06-databehandleravtale');
  });

  it('exports DOCX and PDF files that hold what was typed', async () => {
    await tab('Eksport');
    await page.getByLabel('Mappe for filene').fill(outDir);
    await page.getByRole('button', { name: 'Eksporter', exact: true }).click();
    await exported();
    await screenshot(page, '07-eksport');
    for (const name of [
      '01 SSA-L avtale.docx',
      '01 SSA-L avtale.pdf',
      'Andre vedlegg – Databehandleravtale.pdf',
    ])
      expect(existsSync(join(outDir, name)), name).toBe(true);
    const text = execFileSync(
      'pdftotext',
      ['-enc', 'UTF-8', join(outDir, '01 SSA-L avtale.pdf'), '-'],
      {
        encoding: 'utf8',
      },
    );
    for (const expected of ['Bærum kommune', '935 478 715', 'Åse Bråthen', 'Fjordsky Byggesak'])
      expect(text).toContain(expected);
    // Appendix 7 prints the reason of the change; no file holds its internal note.
    const pdfs = readdirSync(outDir).filter((name) => name.endsWith('.pdf'));
    const edits = pdfs.find((name) => name.startsWith('Bilag 07 '));
    expect(edits, pdfs.join(', ')).toBeDefined();
    expect(pdfText(join(outDir, edits!))).toContain(REASON);
    for (const name of pdfs) expect(pdfText(join(outDir, name)), name).not.toContain(NOTE_WORD);

    // Into the same folder again: the set there is replaced only when the user says so.
    await page.getByRole('button', { name: 'Eksporter', exact: true }).click();
    const question = page.getByRole('alertdialog');
    await expect.poll(() => question.count(), { timeout: 60_000 }).toBe(1);
    expect(await question.textContent()).toMatch(
      /har allerede et sett \(utkast, .*Erstatte settet i mappen\?/,
    );
    await question.getByRole('button', { name: 'Erstatt' }).click();
    await exported();
    expect(await question.count()).toBe(0);
  }, 150_000);

  it('downloads the pack (zip) in web mode, with every file and its manifest', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Last ned pakken (zip)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Saksbehandling byggesak.zip');
    const saved = join(outDir, 'lastet-ned.zip');
    await download.saveAs(saved);
    const listing = execFileSync('unzip', ['-l', saved], { encoding: 'utf8' });
    for (const name of ['01 SSA-L avtale.pdf', '01 SSA-L avtale.docx', 'manifest.json'])
      expect(listing).toContain(name);
    await expect
      .poll(() =>
        main()
          .getByText(/Lastet ned: /)
          .count(),
      )
      .toBe(1);
  }, 90_000);

  it('keeps labelled versions and restores an old one', async () => {
    await page.getByLabel('Merke for versjonen (valgfritt)').fill('sendt til leverandør');
    await page.getByRole('button', { name: 'Lagre versjon' }).click();
    await tab('Parter og datoer');
    await page.getByLabel('Avtalens tittel').fill('Saksbehandling byggesak, revidert');
    await tab('Eksport');
    await page.getByRole('button', { name: 'Lagre versjon' }).click();
    await expect.poll(() => main().getByText('sendt til leverandør').count()).toBeGreaterThan(0);
    // Version 1 is the empty case, 2 was saved by the export, 3 is the labelled one.
    await page.getByRole('button', { name: 'Gjenopprett versjon 3' }).click();
    await expect
      .poll(() => main().getByText('Versjon 3 er gjenopprettet som versjon 5.').count())
      .toBe(1);
    await tab('Parter og datoer');
    await expect
      .poll(() => page.getByLabel('Avtalens tittel').inputValue())
      .toBe('Saksbehandling byggesak');
    await screenshot(page, '08-versjoner');
  });

  it('reopens the case from the library', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Bibliotek' }).click();
    await page.getByRole('button', { name: 'Åpne Byggesak 2027' }).first().click();
    await page
      .getByRole('button', { name: /^Åpne avtalen / })
      .first()
      .click();
    await expect.poll(() => page.getByLabel('Kundens navn').inputValue()).toBe('Bærum kommune');
    await expect
      .poll(() => page.getByLabel('Leverandørens organisasjonsnummer').inputValue())
      .toMatch(/987\s?654\s?325/);
    await screenshot(page, '09-gjenåpnet');
  });

  it('fills the exit plan of an SSA-Sky case, with its problems next to the fields', async () => {
    await main().getByRole('button', { name: '← Tilbake til saken' }).click();
    await main().getByRole('button', { name: 'Ny avtale' }).click();
    await answerInterview(page, {
      standardService: 'no',
      implementation: 'limited',
      platform: 'yes',
      licencesOnly: 'no',
      personalData: 'no',
    });
    await expect
      .poll(() => page.getByRole('heading', { name: 'Anbefalt avtale: SSA-Sky' }).count())
      .toBe(1);
    await page.getByLabel('Avtalens tittel').fill('Plattform for byggesak');
    await page.getByRole('button', { name: 'Bruk denne' }).click();
    await tab('Bilag');
    await page.getByLabel('Avtalen har exitplan').check();
    // Turning the plan on ticks its appendix and starts from sensible defaults.
    expect(await page.getByLabel('Bilag 12 – Exit og avslutning').isChecked()).toBe(true);
    expect(await page.getByLabel('Avtalen sies opp eller utløper').isChecked()).toBe(true);
    const formats = page.getByLabel('Dataformater (ett per linje)');
    expect(await formats.inputValue()).toBe('CSV\nJSON');
    await formats.fill('');
    await expect
      .poll(async () => {
        const ids = (await formats.getAttribute('aria-describedby'))?.split(' ') ?? [];
        const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText()));
        return texts.join(' ');
      })
      .toMatch(/dataformat/);
    await formats.fill('CSV\nPDF/A');
    await page.getByLabel('Ny konkurranse om tjenesten').check();
    await page
      .getByLabel('Fra hvor og til hvor')
      .fill('Fra leverandørens plattform til kundens nye løsning');
    await page.getByLabel('Frist for tilbakelevering (dager)').fill('45');
    await page.getByLabel('Kostnader').selectOption('included');
    await expect
      .poll(async () => (await formats.getAttribute('aria-invalid')) ?? 'false')
      .toBe('false');
    await screenshot(page, '10-exitplan');
  });

  it('finds no WCAG 2.1 A/AA violation on any main screen', async () => {
    const screens: [string, () => Promise<void>][] = [
      [
        'bibliotek',
        () => page.getByRole('navigation').getByRole('button', { name: 'Bibliotek' }).click(),
      ],
      ['sak', () => page.getByRole('button', { name: 'Åpne Byggesak 2027' }).first().click()],
      [
        'ny-avtale',
        () => page.getByRole('navigation').getByRole('button', { name: 'Ny avtale' }).click(),
      ],
      [
        'avtale',
        () =>
          page
            .getByRole('navigation')
            .getByRole('button', { name: /^Avtale: / })
            .click(),
      ],
      ...[
        'Parter og datoer',
        'Bilag',
        'Tjenestenivå og pris',
        'Sikkerhetskrav',
        'Databehandleravtale',
        'Endringer (bilag 8)',
        'Eksport',
      ].map((name): [string, () => Promise<void>] => [name, () => tab(name)]),
    ];
    for (const [name, open] of screens) {
      await open();
      await page.waitForTimeout(400);
      expect(await wcagViolations(), name).toEqual([]);
      await screenshot(page, `20-axe-${name.replace(/\W+/g, '-')}`);
    }
  }, 120_000);

  it('reflows to one column at 320 px and moves focus to the heading of each new screen', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    try {
      await tab('Parter og datoer');
      expect(await sidewaysOverflow()).toEqual([]);
      await screenshot(page, '21-320-avtale');
      await page.getByRole('button', { name: 'Vis dokumentet' }).click();
      expect(await preview().isVisible()).toBe(true);
      expect(await sidewaysOverflow()).toEqual([]);
      await screenshot(page, '22-320-dokument');
      await page.getByRole('button', { name: 'Tilbake til spørsmålene' }).click();
      await page.getByRole('navigation').getByRole('button', { name: 'Bibliotek' }).click();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent))
        .toBe('Bibliotek');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      expect(await sidewaysOverflow()).toEqual([]);
      await screenshot(page, '23-320-bibliotek');
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
    await page.getByRole('button', { name: 'Åpne Byggesak 2027' }).first().click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Byggesak 2027');
  });

  it('remembers the language chosen', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.reload();
    await expect
      .poll(() => page.getByRole('navigation').getByRole('button', { name: 'Library' }).count())
      .toBe(1);
    await page.getByRole('button', { name: 'Norsk' }).click();
  });
});
