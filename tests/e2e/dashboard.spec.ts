import { expect, type Page, test } from '@playwright/test';
import { DEMO_CYCLE_TITLE } from '../../src/demo/content/cycle';
import { recordGraphTraffic, signInAs } from './support';

const SHOTS = process.env.DASHBOARD_SHOTS;

async function openDashboard(page: Page, name: string, query = ''): Promise<void> {
  await signInAs(page, name, `/${query}`);
  await page.getByRole('tab', { name: 'Dashboard' }).click();
}

/** Opens a figure's items and gives back how many the list holds (every row announces the total). */
async function itemsBehind(page: Page, figure: string): Promise<{ shown: number; listed: number }> {
  const button = page.locator(`[data-figure="${figure}"]`).first();
  const shown = Number((await button.innerText()).match(/\d+/)![0]);
  await button.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  let listed = 0;
  if (shown > 0) {
    const first = dialog.getByRole('listitem').first();
    await expect(first).toBeVisible();
    listed = Number(await first.getAttribute('aria-setsize'));
  } else {
    await expect(dialog.getByText('Achter dit getal zitten geen onderdelen.')).toBeVisible();
  }
  await dialog.getByRole('button', { name: 'Sluiten' }).click();
  await expect(dialog).toBeHidden();
  return { shown, listed };
}

test.describe('MT dashboard', () => {
  test('an MT member sees the figures of the demo cycle, each matching the items behind it, and prints the report', async ({ page }) => {
    const traffic = recordGraphTraffic(page);
    await openDashboard(page, 'Mark de Vries');
    await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
    await expect(page.getByText(`Veranderplan: ${DEMO_CYCLE_TITLE}`)).toBeVisible();
    const promises = page.getByRole('region', { name: 'Beloftes per bouw' });
    await expect(promises).toBeVisible();
    // The dashboard's own read: one $batch.
    expect(traffic.filter((r) => r.url.includes('$batch')).length).toBeGreaterThan(0);

    // The previous period's figures stay in view while the new ones load: wait for those.
    const reloaded = page.waitForResponse((response) => response.url().includes('/$batch'));
    await page.getByRole('combobox', { name: 'Periode' }).selectOption({ label: 'Alles' });
    await reloaded;
    await expect(page.locator('section[aria-busy="true"]')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Beloftes per bouw' })).toBeVisible();
    for (const figure of ['meetings:held', 'meetings:planned', 'promises:total:made', 'promises:onderbouw:kept', 'promises:total:overdue', 'talks:held', 'agreements:overdue']) {
      const { shown, listed } = await itemsBehind(page, figure);
      expect({ figure, listed }).toEqual({ figure, listed: shown });
    }
    const made = await itemsBehind(page, 'promises:total:made');
    expect(made.shown).toBeGreaterThan(0);
    const held = await itemsBehind(page, 'meetings:held');
    expect(held.shown).toBeGreaterThan(2);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/dashboard-nl-light.png`, fullPage: true });

    // Print: the report alone, with the score chart and the promises per bouw, each with its table.
    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('.driehoek-ReportSheet');
    await expect(sheet.getByRole('heading', { level: 1 })).toHaveText(`Voortgangsverslag: ${DEMO_CYCLE_TITLE}`);
    await expect(sheet.locator('svg[role="img"]')).toHaveCount(2);
    await expect(sheet.getByRole('img', { name: /^Score richting de droom per bijeenkomst: / })).toBeVisible();
    await expect(sheet.getByRole('img', { name: /^Beloftes van leerkrachten per bouw, naar hoe ze zijn nagekomen: Onderbouw \d+, Middenbouw \d+, Bovenbouw \d+$/ })).toBeVisible();
    await expect(sheet.getByRole('table', { name: 'Score richting de droom per bijeenkomst' })).toBeVisible();
    await expect(sheet.getByRole('table', { name: 'Beloftes van leerkrachten per bouw, naar hoe ze zijn nagekomen' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Beloftes per bouw' })).toBeHidden();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/report-print.png`, fullPage: true });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await page.emulateMedia({ media: 'screen' });
    await expect(sheet).toBeHidden();

    let printed = false;
    await page.exposeFunction('driehoekPrinted', () => {
      printed = true;
    });
    await page.evaluate(() => {
      window.print = () => (window as unknown as { driehoekPrinted(): void }).driehoekPrinted();
    });
    await page.getByRole('button', { name: 'Afdrukken / pdf' }).click();
    await expect.poll(() => printed).toBe(true);
  });

  test('a leerkracht gets an explanation, not the figures', async ({ page }) => {
    await openDashboard(page, 'Sanne Jansen');
    await expect(page.getByRole('heading', { name: 'Het dashboard is van het MT' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Beloftes per bouw' })).toHaveCount(0);
    await expect(page.locator('[data-figure]')).toHaveCount(0);
  });

  test('in English and in the dark theme', async ({ page }) => {
    await signInAs(page, 'Mark de Vries', '/?lang=en&theme=dark');
    await page.getByRole('tab', { name: 'Dashboard' }).click();
    await expect(page.getByRole('region', { name: 'Promises per bouw' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Print / PDF' })).toBeVisible();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/dashboard-en-dark.png`, fullPage: true });
  });
});
