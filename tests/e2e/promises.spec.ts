import { expect, type Locator, type Page, test } from '@playwright/test';
import { DEMO_CURRENT_COMMITMENTS } from '../../src/demo/content/commitments';
import { DEMO_CYCLE_TITLE } from '../../src/demo/content/cycle';
import { signInAs } from './support';

/**
 * Beloftes end to end, through Graph on the local server: a teacher makes a promise due at the
 * next meeting; the IB reports it at that meeting's check-in as partly kept with support wanted
 * and sees it among the support requests; the overdue view and the weekly digest work; after a
 * reload everything is still there. Bad input gets the Dutch message and writes nothing.
 */

const PROMISE = 'Ik bel elke ouder van <b>groep 7</b> één keer 📞 مرحبا';
const WORKED = 'Ouders belden vaak zelf terug.';
const HARD = 'Niet alle nummers klopten.';
const OVERDUE = DEMO_CURRENT_COMMITMENTS.find((c) => c.overdue)!.text;

/** Every write the page makes (Graph POST, PATCH, DELETE, and $batch with writes). */
function recordWrites(page: Page): string[] {
  const writes: string[] = [];
  page.on('request', (request) => {
    if (!request.url().includes('/graph/') || request.method() === 'GET') return;
    const body = request.postData() ?? '';
    if (request.url().endsWith('/$batch') && !/"method"\s*:\s*"(POST|PATCH|PUT|DELETE)"/.test(body)) return;
    writes.push(`${request.method()} ${request.url()}`);
  });
  return writes;
}

async function openPromises(page: Page, name: string, path = '/#beloftes'): Promise<void> {
  await signInAs(page, name, path);
  await expect(page.getByRole('navigation').getByRole('tab', { name: 'Beloftes', exact: true, selected: true })).toBeVisible();
  await expect(page.getByRole('tablist', { name: 'Welke beloftes' })).toBeVisible();
}

const view = (page: Page, name: string) => page.getByRole('tablist', { name: 'Welke beloftes' }).getByRole('tab', { name });
const card = (page: Page, text: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: text }) });

/** Chooses the option whose text starts with `prefix` (the check-in adds the meeting's type). */
async function chooseStarting(select: Locator, prefix: string): Promise<void> {
  const labels = (await select.locator('option').allTextContents()).map((l) => l.trim());
  const label = labels.find((l) => l.startsWith(prefix));
  expect(label, `an option starting with ${prefix}`).toBeDefined();
  await select.selectOption({ label: label! });
}

async function switchTo(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Wissel van persoon' }).click();
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await expect(page.getByText(`Aangemeld als ${name}`)).toBeVisible();
}

test.describe('Beloftes in local mode', () => {
  test('a promise from making to check-in, support, overdue, digest and reload', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openPromises(page, 'Noor Hendriks');
    await expect(page.getByRole('region', { name: `${DEMO_CYCLE_TITLE} Beloftes` })).toBeVisible();
    const mine = page.getByRole('list', { name: 'Mijn beloftes' });
    await expect(mine.getByRole('listitem').first()).toBeVisible();
    const before = await mine.getByRole('listitem').count();

    // Bad input: a Dutch message per field, and nothing is written.
    const writes = recordWrites(page);
    await page.getByRole('button', { name: 'Nieuwe belofte' }).click();
    const form = page.getByRole('form', { name: 'Een belofte maken' });
    await expect(form.getByRole('heading', { name: 'Een belofte maken' })).toBeFocused();
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect(form.getByText('Vul dit in.')).toBeVisible();
    const text = form.getByRole('textbox', { name: /^Wat ga je doen\?/ });
    await text.fill('x'.repeat(256));
    await form.getByRole('combobox', { name: /^Terugkoppelen tijdens/ }).selectOption('');
    const madeOn = await form.getByLabel(/^Beloofd op/).inputValue();
    await form.getByLabel(/^Klaar op/).fill('2020-01-01');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect(form.getByText('Dit is te lang: maximaal 255 tekens.')).toBeVisible();
    await expect(form.getByText(/^Kies een datum op of na .+, de dag van de belofte\.$/)).toBeVisible();
    expect(madeOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(writes).toEqual([]);

    // A good promise, for a goal, due at the next meeting (the date follows the meeting).
    await text.fill(PROMISE);
    const goal = form.getByRole('combobox', { name: 'Voor doel' });
    const goalTitle = (await goal.locator('option').nth(1).textContent())!.trim();
    await goal.selectOption({ label: goalTitle });
    const due = form.getByRole('combobox', { name: /^Terugkoppelen tijdens/ });
    await due.selectOption({ index: 1 });
    const dueLabel = (await due.locator('option:checked').textContent())!.trim();
    const dueMeeting = dueLabel.split(' · ')[1]!;
    await expect(form.getByLabel(/^Klaar op/)).not.toHaveValue('2020-01-01');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByText('De belofte is opgeslagen.')).toBeVisible();
    await expect(form).toHaveCount(0);
    const made = mine.getByRole('button').filter({ hasText: PROMISE });
    await expect(made).toBeVisible();
    await expect(made).toContainText(`terugkoppelen tijdens ${dueMeeting}`);
    await expect(mine.getByRole('listitem')).toHaveCount(before + 1);
    await expect(page.locator('main b')).toHaveCount(0);

    // The IB checks in at that meeting and reports it as partly kept, with support wanted.
    await switchTo(page, 'Ingrid Bakker');
    await page.getByRole('navigation').getByRole('tab', { name: 'Beloftes', exact: true }).click();
    await view(page, 'In de bijeenkomst').click();
    const checkIn = page.getByRole('region', { name: 'Beloftes om terug te koppelen' });
    await chooseStarting(checkIn.getByRole('combobox', { name: 'Bijeenkomst' }), dueLabel);
    const item = card(page, PROMISE);
    await expect(item).toContainText('Noor Hendriks');
    await expect(item).toContainText(goalTitle);
    await item.getByRole('button', { name: 'Terugkoppelen' }).click();
    const report = item.getByRole('form', { name: 'Terugkoppeling' });
    await expect(report.getByRole('radio', { name: 'Gelukt', exact: true })).toBeFocused();
    await report.getByRole('radio', { name: 'Deels gelukt' }).check();
    await report.getByRole('textbox', { name: 'Wat werkte?' }).fill(WORKED);
    await report.getByRole('textbox', { name: 'Wat was lastig?' }).fill(HARD);
    await report.getByRole('checkbox', { name: 'Ik wil graag ondersteuning' }).check();
    await report.getByRole('button', { name: 'Terugkoppeling opslaan' }).click();
    await expect(item.getByText('De terugkoppeling is opgeslagen.')).toBeVisible();
    await expect(item.getByText('Deels gelukt')).toBeVisible();
    await expect(item.getByText('Wil graag ondersteuning')).toBeVisible();
    await expect(item.getByRole('button', { name: 'Terugkoppeling aanpassen' })).toBeFocused();

    // The IB's support requests show it, in full.
    await view(page, 'Vragen om ondersteuning').click();
    const support = page.getByRole('list', { name: 'Vragen om ondersteuning' });
    const request = support.getByRole('button').filter({ hasText: PROMISE });
    await expect(request).toContainText('Wil graag ondersteuning');
    await request.click();
    const details = page.getByRole('dialog', { name: PROMISE });
    await expect(details.getByText(HARD)).toBeVisible();
    await expect(details.getByText(WORKED)).toBeVisible();
    await details.getByRole('button', { name: 'Sluiten' }).click();
    await expect(details).toHaveCount(0);
    await expect(request).toBeFocused();

    // Overdue: the demo promise past its own date, with the badge.
    await view(page, 'Over de datum').click();
    const late = page.getByRole('list', { name: 'Over de datum' }).getByRole('button').filter({ hasText: OVERDUE });
    await expect(late).toContainText('Over de datum');

    // The weekly digest: copied as text, then posted to the team channel after a confirmation.
    await view(page, 'Weekoverzicht').click();
    const preview = page.getByRole('textbox', { name: 'Tekst van het overzicht' });
    await expect(preview).toHaveValue(/^Beloftes: overzicht van /);
    await expect(preview).toHaveValue(new RegExp(OVERDUE));
    await page.getByRole('button', { name: 'Kopiëren voor de nieuwsbrief' }).click();
    await expect(page.getByText('Gekopieerd. Plak het overzicht in de nieuwsbrief.')).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await preview.inputValue());
    const posted = page.waitForResponse((r) => r.request().method() === 'POST' && /\/channels\/[^/]+\/messages$/.test(r.url()));
    await page.getByRole('button', { name: 'Plaatsen in het teamkanaal' }).click();
    const confirm = page.getByRole('dialog', { name: 'Overzicht in het teamkanaal plaatsen?' });
    await confirm.getByRole('button', { name: 'Plaatsen' }).click();
    const answer = await posted;
    expect(answer.status()).toBe(201);
    const body = answer.request().postDataJSON() as { subject: string; body: { contentType: string; content: string } };
    expect(body.subject).toMatch(/^Beloftes: overzicht van /);
    expect(body.body.contentType).toBe('html');
    expect(body.body.content).toContain('<h3>Bovenbouw</h3>');
    await expect(page.getByText('Het overzicht staat in het teamkanaal.')).toBeVisible();

    // Reload: the report and the request are still there.
    await page.reload();
    await expect(page.getByRole('tablist', { name: 'Welke beloftes' })).toBeVisible();
    await view(page, 'Vragen om ondersteuning').click();
    await expect(page.getByRole('list', { name: 'Vragen om ondersteuning' }).getByRole('button').filter({ hasText: PROMISE })).toBeVisible();
    await view(page, 'In de bijeenkomst').click();
    await chooseStarting(checkIn.getByRole('combobox', { name: 'Bijeenkomst' }), dueLabel);
    await expect(checkIn.getByText(/beloftes?$/).first()).toBeVisible();
    await expect(card(page, PROMISE)).toHaveCount(0); // reported: no longer open at the check-in
    await switchTo(page, 'Noor Hendriks');
    await page.getByRole('navigation').getByRole('tab', { name: 'Beloftes', exact: true }).click();
    const again = page.getByRole('list', { name: 'Mijn beloftes' }).getByRole('button').filter({ hasText: PROMISE });
    await expect(again).toContainText('Deels gelukt');
    await expect(again).toContainText('Wil graag ondersteuning');
  });

  test('the check-in works in a 280 px side panel, and a refused copy leaves the text to select', async ({ page }) => {
    await page.setViewportSize({ width: 280, height: 720 });
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
    });
    await openPromises(page, 'Ingrid Bakker');
    await view(page, 'In de bijeenkomst').click();
    const checkIn = page.getByRole('region', { name: 'Beloftes om terug te koppelen' });
    const first: Locator = checkIn.getByRole('listitem').first();
    await first.getByRole('button', { name: 'Terugkoppelen' }).click();
    await expect(first.getByRole('button', { name: 'Terugkoppeling opslaan' })).toBeVisible();
    // Nothing sticks out sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(280);
    await first.getByRole('button', { name: 'Annuleren' }).click();
    await expect(first.getByRole('button', { name: 'Terugkoppelen' })).toBeFocused();

    await view(page, 'Weekoverzicht').click();
    await page.getByRole('button', { name: 'Kopiëren voor de nieuwsbrief' }).click();
    await expect(page.getByText(/^Kopiëren lukte niet vanuit de browser/)).toBeVisible();
    const preview = page.getByRole('textbox', { name: 'Tekst van het overzicht' });
    await expect(preview).toBeFocused();
    const selected = await preview.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart);
    expect(selected).toBe((await preview.inputValue()).length);
  });

  test('English follows the locale', async ({ page }) => {
    await signInAs(page, 'Noor Hendriks', '/?lang=en#beloftes');
    await expect(page.getByRole('tablist', { name: 'Which promises' })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'My promises', selected: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'New promise' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'My promises' }).getByRole('listitem').first()).toBeVisible();
  });
});
