import { expect, type Page, test } from '@playwright/test';
import { DEMO_STAFF } from '../../src/demo/people';
import { recordGraphTraffic, signInAs } from './support';

/**
 * The team section end to end, through Graph on the local server: the IB sees who is where in
 * the demo scans and records a new scan; a leerkracht sees the aggregated distribution only (no
 * colleague's name anywhere on the page, and the private channel's site is never read); a
 * statement round gives anonymous totals once three people took a side.
 */
const SHOTS = process.env.TEAM_SHOTS;

async function openTeam(page: Page, name: string, query = ''): Promise<void> {
  await signInAs(page, name, `/${query}#team`);
  await expect(page.getByRole('tablist', { name: /Onderdelen van het team|Parts of the team section/ })).toBeVisible();
}

async function switchTo(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Wissel van persoon' }).click();
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await expect(page.getByText(`Aangemeld als ${name}`)).toBeVisible();
}

const colleagues = (except: string) => DEMO_STAFF.filter((s) => s.displayName !== except).map((s) => s.displayName);

test.describe('Team in local mode', () => {
  test('the IB sees who is where and records a scan', async ({ page }) => {
    await openTeam(page, 'Ingrid Bakker');
    const entries = page.getByRole('region', { name: 'Wie staat waar (alleen voor de IB)' });
    // Names only on request: a shared screen shows the totals.
    await expect(entries.getByRole('row')).toHaveCount(0);
    await entries.getByRole('button', { name: 'Namen tonen' }).click();
    await expect(entries.getByRole('row', { name: /Noor Hendriks/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Aanpak die past' })).toContainText('Leiderschapsstijl');

    await page.getByRole('button', { name: 'Nieuwe scan vastleggen' }).click();
    const form = page.getByRole('form', { name: 'Een teamscan vastleggen' });
    await expect(form.getByRole('checkbox', { name: 'Tom Mulder' })).toBeChecked();
    await form.getByRole('combobox', { name: 'Fase: Tom Mulder' }).selectOption('5');
    await form.getByRole('combobox', { name: 'Klantrelatie: Tom Mulder' }).selectOption('coExpert');
    await form.getByRole('button', { name: 'Scan opslaan' }).click();
    await expect(page.getByText('De scan is opgeslagen. Het team ziet alleen de totalen.')).toBeVisible();
    await expect(entries.getByRole('row', { name: /Tom Mulder bovenbouw 5 · Samenwerking Co-expert/ })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Beweging tussen scans' }).getByRole('heading', { level: 3 }).first()).toBeVisible();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/team-ib-nl-light.png`, fullPage: true });
  });

  test('a leerkracht sees the aggregated distribution only', async ({ page }) => {
    const traffic = recordGraphTraffic(page);
    await openTeam(page, 'Sanne Jansen');
    await expect(page.getByRole('heading', { name: /^Scan van .*: \d+ mensen$/ })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Staafdiagram van de verdeling: Fasen van betrokkenheid' })).toBeVisible();
    await page.getByRole('button', { name: 'Als tabel' }).first().click();
    await expect(page.getByRole('table', { name: 'Fasen van betrokkenheid' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Wie staat waar (alleen voor de IB)' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Nieuwe scan vastleggen' })).toHaveCount(0);
    const text = await page.locator('main, [role="main"], body').first().innerText();
    for (const name of colleagues('Sanne Jansen')) expect(text).not.toContain(name);
    // Nothing was read from the IB's private channel site (its site id differs from the team site's).
    const teamSite = traffic.find((r) => /\/sites\/[^/]+\/lists/.test(r.url))?.url.match(/\/sites\/([^/]+)\//)?.[1];
    expect(teamSite).toBeDefined();
    expect(traffic.filter((r) => /\/sites\/[^/]+\/lists/.test(r.url) && !r.url.includes(teamSite!))).toEqual([]);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/team-leerkracht-nl-light.png`, fullPage: true });
  });

  test('a statement round gives anonymous totals', async ({ page }) => {
    await openTeam(page, 'Sanne Jansen');
    await page.getByRole('tab', { name: 'Over de streep' }).click();
    const panel = page.getByRole('tabpanel');
    await expect(panel.getByRole('region', { name: 'Onze stellingen' })).toBeVisible();
    // Only the first statement in this round.
    const choose = panel.getByRole('group', { name: 'Stellingen voor deze ronde' });
    const boxes = choose.getByRole('checkbox');
    const count = await boxes.count();
    for (let i = 1; i < count; i++) await boxes.nth(i).uncheck();
    const statement = (await boxes.nth(0).locator('xpath=..').innerText()).trim();
    await panel.getByRole('button', { name: 'Ronde starten' }).click();
    const round = panel.getByRole('region', { name: 'Lopende ronde' });
    await expect(round).toBeVisible();

    const votes: [string, 'Eens' | 'Oneens'][] = [['Sanne Jansen', 'Eens'], ['Tom Mulder', 'Eens'], ['Noor Hendriks', 'Oneens']];
    for (const [i, [who, side]] of votes.entries()) {
      if (i > 0) {
        await switchTo(page, who);
        await page.getByRole('tab', { name: 'Over de streep' }).click();
      }
      const current = page.getByRole('region', { name: 'Lopende ronde' });
      await current.getByRole('group', { name: statement }).getByRole('button', { name: side, exact: true }).click();
      await expect(current.getByText('Je hebt gekozen. Wat je koos, bewaren we niet.')).toBeVisible();
      if (i < 2) await expect(current.getByText('Nog te weinig stemmen om de uitslag te tonen.')).toBeVisible();
    }
    const current = page.getByRole('region', { name: 'Lopende ronde' });
    await expect(current.getByText('2 eens, 1 oneens')).toBeVisible();
    const text = await current.innerText();
    for (const [who] of votes) expect(text).not.toContain(who);

    await current.getByRole('button', { name: 'Ronde afsluiten' }).click();
    await expect(page.getByRole('region', { name: 'Eerdere rondes' }).getByText('2 eens, 1 oneens').first()).toBeVisible();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/streep-nl-light.png`, fullPage: true });
  });

  test('English and dark, and the round fits a 280 px panel', async ({ page }) => {
    await openTeam(page, 'Mark de Vries', '?lang=en&theme=dark');
    await expect(page.getByRole('region', { name: 'An approach that fits' })).toBeVisible();
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/team-mt-en-dark.png`, fullPage: true });
    await page.getByRole('tab', { name: 'Maturity & profile' }).click();
    await expect(page.getByRole('region', { name: 'Team maturity' })).toContainText('M2');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/assessments-en-dark.png`, fullPage: true });
    await page.setViewportSize({ width: 280, height: 900 });
    await page.getByRole('tab', { name: 'Cross the line' }).click();
    await expect(page.getByRole('region', { name: 'Earlier rounds' })).toBeVisible();
    // The panel itself fits (the tab's own navigation above it is the shell's, not in the side panel).
    const panel = page.locator('.driehoek-StreepPanel');
    const overflow = await panel.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const box = await panel.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(280);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/streep-280-en-dark.png`, fullPage: true });
  });
});
