/**
 * Intervisie end to end, in Chromium against the real local server and the demo school:
 * a member opens her group (the history from two weeks ago), plans the recurring series, runs a
 * session in the meeting side panel at 280 px (clock per phase, case, advice, learning points, a
 * personal promise) and finds the promise in Beloftes; a colleague outside every group sees the
 * groups exist but gets no records — the group's own site refuses him (403).
 */
import { expect, test, type Page } from '@playwright/test';
import { recordGraphTraffic, signInAs } from './support';

const SHOTS = process.env.SCREENSHOT_DIR;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};

test('a member plans the series, runs a session in the side panel, and her promise shows in Beloftes', async ({ page, browser, baseURL }) => {
  await signInAs(page, 'Sanne Jansen', '/#intervisie');
  await expect(page.getByRole('heading', { level: 1, name: 'Intervisie' })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Openen: Onderbouw' }).click();
  await expect(page.getByText('Bel in plaats van te mailen', { exact: false })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Rollen voor de volgende keer' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Hoe vaak' }).selectOption('w2');
  await page.getByRole('spinbutton', { name: 'Aantal keren' }).fill('4');
  await expect(page.getByRole('list', { name: 'De data' }).getByRole('listitem')).toHaveCount(4);
  await page.getByRole('button', { name: 'Reeks plannen' }).click();
  await expect(page.getByText('De reeks staat in de agenda’s.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Deelnemen aan de vergadering' })).toHaveAttribute('href', /^https:\/\/teams\.microsoft\.com\//);
  await shot(page, 'section-nl-light');

  // The meeting's side panel, exactly 280 px wide.
  const panel = await page.context().newPage();
  await panel.setViewportSize({ width: 280, height: 1400 });
  await signInAs(panel, 'Sanne Jansen', '/?frame=sidePanel');
  await panel.getByRole('tab', { name: 'Intervisie' }).click();
  await expect(panel.getByRole('heading', { level: 1, name: 'Onderbouw' })).toBeVisible({ timeout: 20_000 });
  await panel.getByRole('button', { name: 'Starten' }).click();
  await expect(panel.getByText(/Wat heeft de inbrenger van de vorige keer/)).toBeVisible();
  await panel.getByRole('button', { name: 'Volgende fase' }).click();
  await expect(panel.getByRole('list', { name: 'Fasen' }).locator('[aria-current="step"]')).toContainText('Incidenten inbrengen');
  await panel.getByRole('textbox', { name: 'Kern van de casus' }).fill('Een collega <script>alert(1)</script> twijfelt over een gesprek.');
  await panel.getByRole('textbox', { name: 'Adviezen' }).fill('Begin met wat goed gaat.');
  await panel.getByRole('textbox', { name: 'Leerpunt 1' }).fill('Eerst luisteren');
  await panel.getByRole('button', { name: 'Verslag opslaan' }).click();
  await expect(panel.getByText('Opgeslagen. Alleen de groep kan dit lezen.')).toBeVisible();
  await panel.getByRole('textbox', { name: 'Wat ga jij doen vóór de volgende keer?' }).fill('Ik bel de ouders van groep 1 op maandag');
  await panel.getByRole('button', { name: 'Belofte toevoegen' }).click();
  await expect(panel.getByText('Je belofte staat in Beloftes.')).toBeVisible();
  const size = await panel.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(size.client).toBe(280);
  expect(size.scroll).toBeLessThanOrEqual(size.client);
  await shot(panel, 'panel-nl-light');

  // English and dark, as Teams would set them.
  const dark = await browser.newContext({ baseURL, locale: 'en-GB', viewport: { width: 280, height: 1400 }, colorScheme: 'dark' });
  const en = await dark.newPage();
  await signInAs(en, 'Sanne Jansen', '/?frame=sidePanel&lang=en&theme=dark');
  await en.getByRole('tab', { name: 'Peer consultation' }).click();
  await expect(en.getByRole('heading', { level: 1, name: 'Onderbouw' })).toBeVisible({ timeout: 20_000 });
  await expect(en.getByText('Whole meeting', { exact: false })).toBeVisible();
  await shot(en, 'panel-en-dark');
  await dark.close();

  // The promise is in the tracker; the case is not.
  await page.goto('/#beloftes');
  await expect(page.getByText('Ik bel de ouders van groep 1 op maandag')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('twijfelt over een gesprek')).toHaveCount(0);

  // The record is back in the group's history, as text.
  await page.goto('/#intervisie');
  await page.getByRole('button', { name: 'Openen: Onderbouw' }).click();
  await expect(page.getByText('Een collega <script>alert(1)</script> twijfelt over een gesprek.', { exact: false })).toBeVisible();
});

test('a colleague in no group sees which groups exist, never their records', async ({ page }) => {
  const traffic = recordGraphTraffic(page);
  await signInAs(page, 'Tom Mulder', '/#intervisie');
  await expect(page.getByText('Je zit nog niet in een intervisiegroep.')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('heading', { name: 'Andere groepen op school' })).toBeVisible();
  await page.getByRole('button', { name: 'Openen: Onderbouw' }).click();
  await expect(page.getByText('Alleen voor de leden')).toBeVisible();
  await expect(page.getByText('Bel in plaats van te mailen', { exact: false })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Vaste bijeenkomsten plannen' })).toHaveCount(0);
  // The refusal came from the group's own site, not from the app hiding it.
  expect(traffic.some((r) => r.status === 403 || r.url.includes('$batch'))).toBe(true);
  await shot(page, 'section-outsider-nl-light');
});

test('the section in English and dark', async ({ page }) => {
  await signInAs(page, 'Ingrid Bakker', '/?lang=en&theme=dark#intervisie');
  await expect(page.getByRole('heading', { level: 1, name: 'Peer consultation' })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'New group' }).click();
  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByText('Give the group a name.')).toBeVisible();
  await shot(page, 'section-en-dark');
});
