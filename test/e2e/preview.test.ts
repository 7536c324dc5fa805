/**
 * The task pane in a real browser: the built preview page (dist/preview.html) in headless
 * Chromium, against the bundled example workbook. Needs `npm run build` first. Screenshots go
 * to test-output/e2e/ for a person to look at.
 */
import ExcelJS from 'exceljs';
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { launchChromium } from './launchChromium';
import type { Browser } from './launchChromium';
import { findDist, serveDist } from './serveDist';
import type { DistServer } from './serveDist';

const ROOT = join(__dirname, '..', '..');
const SCREENSHOTS = join(ROOT, 'test-output', 'e2e');

let server: DistServer;
let browser: Browser;
let page: Page;
let paginaFouten: string[] = [];

beforeAll(async () => {
  server = await serveDist(findDist());
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  page = await browser.context.newPage();
  paginaFouten = [];
  page.on('pageerror', (error) => paginaFouten.push(error.message));
});

afterEach(async () => {
  await page.close();
  // An uncaught error in the page fails the test even when the screen looked right.
  expect(paginaFouten).toEqual([]);
});

async function snap(naam: string): Promise<void> {
  // Finished, not mid-slide: Fluent animates the tab indicator from the previous tab.
  await page.screenshot({ path: join(SCREENSHOTS, `${naam}.png`), animations: 'disabled' });
}

async function openVoorbeeld(query = ''): Promise<void> {
  await page.goto(`${server.url}preview.html${query}`);
  await page.getByRole('button', { name: /Voorbeeld laden|Load example/ }).click();
}

/** Runs the assessment and waits for its end: the summary shows before the sheets are written. */
async function voerUit(): Promise<void> {
  await page.getByRole('button', { name: 'Toets uitvoeren' }).click();
  await page.getByRole('heading', { name: 'Samenvatting' }).waitFor();
  await page.getByRole('status').filter({ hasText: /^Klaar\./ }).waitFor();
}

function paneTab(naam: string) {
  return page.getByRole('tablist', { name: 'Onderdelen' }).getByRole('tab', { name: naam });
}

async function toonBlad(naam: string): Promise<void> {
  await page.getByRole('tablist', { name: 'Bladen' }).getByRole('tab', { name: naam, exact: true }).click();
  await page.getByRole('grid', { name: `Inhoud van blad ${naam}` }).waitFor();
}

/** Text of the grid cell in the row of `rijLabel` (column A) and the column headed `kop`. */
async function gridCel(rijLabel: string, kop: string): Promise<string> {
  return page.evaluate(([label, header]) => {
    const cellen = [...document.querySelectorAll<HTMLElement>('td[data-cell]')];
    const rijCel = cellen.find((td) => td.textContent === label && td.dataset.cell?.startsWith('A'));
    const kopCel = cellen.find((td) => td.textContent === header);
    if (!rijCel || !kopCel) return `niet gevonden: ${label} / ${header}`;
    const kolom = /^[A-Z]+/.exec(kopCel.dataset.cell ?? '')?.[0];
    const rij = /\d+$/.exec(rijCel.dataset.cell ?? '')?.[0];
    return document.querySelector(`td[data-cell="${kolom}${rij}"]`)?.textContent ?? '';
  }, [rijLabel, kop] as const);
}

async function tegels(): Promise<string[]> {
  return page.locator('[data-oordeel]').allTextContents();
}

/** Waits until the grid cell shows exactly `tekst` (fails the test after Playwright's timeout). */
async function celMetTekst(cel: string, tekst: string): Promise<void> {
  const escaped = tekst.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page.locator(`td[data-cell="${cel}"]`).filter({ hasText: new RegExp(`^${escaped}$`) }).waitFor();
}

describe('browser preview', () => {
  it('loads the example, runs, and shows the summary and the result sheets', async () => {
    await openVoorbeeld();
    await page.getByRole('button', { name: 'Toets uitvoeren' }).waitFor();
    await snap('01-voorbeeld-geladen');
    await voerUit();
    expect(await tegels()).toEqual(['4Positief', '3Neutraal', '2Negatief', '1Onvoldoende gegevens']);
    expect(await page.getByTestId('laagste-robuustheid').getByRole('listitem').allTextContents()).toEqual([
      'Inkoop · Positief · 39%', 'Facilitaire Zaken · Positief · 47%', 'Handhaving openbare ruimte · Neutraal · 62%',
    ]);
    await expect(page.getByRole('status').first().textContent()).resolves.toMatch(/^Klaar\. Geschreven: Toets, Nul-lijn/);
    const bladen = await page.getByRole('tablist', { name: 'Bladen' }).getByRole('tab').evaluateAll((tabs) => tabs.map((t) => t.getAttribute('value')));
    expect(bladen).toEqual(expect.arrayContaining(['Kosten', 'Toets', 'Nul-lijn', 'Paragraaf', 'Controle']));
    await toonBlad('Toets');
    expect(await gridCel('Facilitaire Zaken', 'Oordeel')).toBe('Positief');
    expect(await gridCel('Communicatie', 'Totaal')).toBe('+1,7');
    expect(await gridCel('Communicatie', 'Dekking')).toBe('80%');
    await snap('02-na-uitvoeren');
  });

  it('shows the stages of a long run (CPU slowed down tenfold)', async () => {
    await openVoorbeeld();
    await page.getByRole('button', { name: 'Toets uitvoeren' }).waitFor();
    // The page itself records each stage it shows: the stages pass too quickly for round trips.
    await page.evaluate(() => {
      const venster = window as unknown as { stappen: string[] };
      venster.stappen = [];
      new MutationObserver(() => {
        const balk = document.querySelector('[role="progressbar"]');
        const tekst = balk ? `${balk.getAttribute('aria-valuetext')} · ${balk.getAttribute('aria-valuenow')}` : null;
        if (tekst && venster.stappen[venster.stappen.length - 1] !== tekst) venster.stappen.push(tekst);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 10 });
    await page.getByRole('button', { name: 'Toets uitvoeren' }).click();
    // A slowed-down page on a busy machine: wait generously rather than fail on timing.
    await page.getByRole('heading', { name: 'Samenvatting' }).waitFor({ timeout: 90000 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    expect(await page.getByRole('progressbar').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { stappen: string[] }).stappen)).toEqual([
      'Stap 1 van 3: invoerbladen lezen · 1',
      'Stap 2 van 3: nul-lijn en scores berekenen · 2',
      'Stap 3 van 3: resultaatbladen schrijven · 3',
    ]);
  });

  it('re-scores when a weight is raised, and the Oordeel in the Toets sheet follows', async () => {
    await openVoorbeeld();
    await voerUit();
    await toonBlad('Toets');
    expect(await gridCel('Facilitaire Zaken', 'Oordeel')).toBe('Positief');
    await paneTab('Criteria').click();
    const gewicht = page.getByRole('spinbutton', { name: 'Gewicht K1' });
    await gewicht.click();
    await gewicht.press('ArrowUp');
    await expect(gewicht.inputValue()).resolves.toBe('2');
    await page.waitForFunction(() => [...document.querySelectorAll('td')].some((td) => td.textContent === 'Neutraal'
      && td.parentElement?.querySelector('td')?.textContent === 'Facilitaire Zaken'));
    expect(await gridCel('Facilitaire Zaken', 'Oordeel')).toBe('Neutraal');
    expect(await gridCel('Burgerzaken', 'Oordeel')).toBe('Neutraal');
    await snap('03-gewicht-verhoogd');
    await paneTab('Uitvoeren').click();
    expect(await tegels()).toEqual(['3Positief', '5Neutraal', '2Negatief', '0Onvoldoende gegevens']);
  });

  it('in live mode follows an edit in the Kosten sheet', async () => {
    await openVoorbeeld();
    await voerUit();
    await paneTab('Wat-als').click();
    await page.getByRole('switch', { name: 'Herbereken automatisch na een wijziging' }).check();
    // Edit only once Excel (here the preview) has registered the watch, as a user sees it.
    await page.getByTestId('live-status').filter({ hasText: 'Live bijwerken staat aan' }).waitFor();
    await toonBlad('Kosten');
    // Facilitaire Zaken, Personeel, Begroting 2024 (x € 1.000): 438 becomes 500.
    // Wait for the grid to show the sheet (and, below, the edit) before reading: a plain
    // textContent() right after a click races React's render.
    await celMetTekst('A18', 'Facilitaire Zaken');
    await celMetTekst('J18', '438,0');
    await page.locator('td[data-cell="J18"]').dblclick();
    await page.getByRole('textbox', { name: 'Cel J18 bewerken' }).fill('500');
    await page.keyboard.press('Enter');
    await celMetTekst('J18', '500,0');
    await page.getByTestId('live-status').filter({ hasText: /Bijgewerkt: \d+ cellen\./ }).waitFor();
    await toonBlad('Toets');
    expect(await gridCel('Facilitaire Zaken', 'Oordeel')).toBe('Neutraal');
    expect(await gridCel('Facilitaire Zaken', 'Totaal')).toBe('+0,3');
    await snap('04-live-bijgewerkt');
  });

  it('saves two scenarios and compares them side by side in a sheet', async () => {
    await openVoorbeeld();
    await voerUit();
    await paneTab('Wat-als').click();
    const naam = page.getByRole('textbox', { name: 'Naam van het scenario' });
    await naam.fill('Standaard');
    await naam.press('Enter');
    await page.getByTestId('scenarios').getByText('Standaard').waitFor();
    await paneTab('Criteria').click();
    await page.getByRole('spinbutton', { name: 'Gewicht K1' }).fill('2');
    await page.getByRole('spinbutton', { name: 'Gewicht K1' }).press('Tab');
    await paneTab('Wat-als').click();
    await naam.fill('Kwaliteit telt dubbel');
    await page.getByRole('button', { name: 'Bewaren' }).click();
    await page.getByTestId('scenarios').getByText('Kwaliteit telt dubbel').waitFor();
    await page.getByRole('button', { name: 'Vergelijk in blad' }).click();
    await page.getByRole('grid', { name: 'Inhoud van blad Scenario’s' }).waitFor();
    expect(await page.locator('td[data-cell="A3"]').textContent()).toBe('A = Standaard · B = Kwaliteit telt dubbel');
    expect(await gridCel('Facilitaire Zaken', 'Oordeel A')).toBe('Positief');
    expect(await gridCel('Facilitaire Zaken', 'Oordeel B')).toBe('Neutraal');
    expect(await gridCel('Facilitaire Zaken', 'Verschil')).toBe('-0,1');
    await snap('05-scenarios-vergeleken');
  });

  it('shows one clear Dutch message for a workbook without a Kosten sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(ROOT, 'examples', 'voorbeeld.xlsx')) as unknown as ArrayBuffer);
    workbook.removeWorksheet((workbook.getWorksheet('Kosten') as ExcelJS.Worksheet).id);
    const bestand = join(ROOT, 'test-output', 'e2e', 'zonder-kosten.xlsx');
    writeFileSync(bestand, Buffer.from(await workbook.xlsx.writeBuffer()));
    await page.goto(`${server.url}preview.html`);
    await page.getByLabel('Werkboek openen (.xlsx)').setInputFiles(bestand);
    await page.getByRole('heading', { name: 'Bladen per rol' }).waitFor();
    await snap('06a-zonder-kosten-gegevens');
    await paneTab('Uitvoeren').click();
    await page.getByRole('button', { name: 'Toets uitvoeren' }).click();
    const melding = page.getByRole('alert');
    await melding.waitFor();
    expect(await melding.count()).toBe(1);
    expect(await melding.textContent()).toBe(
      'Er is geen blad met kosten per taakveld gevonden. Kies in het taakvenster het blad met de kosten, of voeg het sjabloon in.',
    );
    expect(await page.getByRole('heading', { name: 'Samenvatting' }).count()).toBe(0);
    await snap('06b-zonder-kosten-melding');
  });

  it('works from the keyboard and in English with the dark theme', async () => {
    await openVoorbeeld('?lang=en&theme=dark');
    const run = page.getByRole('button', { name: 'Run the assessment' });
    await run.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Summary' }).waitFor();
    expect(await tegels()).toEqual(['4Positive', '3Neutral', '2Negative', '1Insufficient data']);
    await page.getByRole('tab', { name: 'Run' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('switch', { name: 'Re-score automatically after a change' }).waitFor();
    await page.getByRole('tab', { name: 'Criteria' }).click();
    await page.getByRole('button', { name: 'Thresholds' }).click();
    await snap('07-engels-donker');
  });
});
