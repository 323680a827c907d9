import { expect, type Page, test } from '@playwright/test';
import { DEMO_CYCLE_TITLE } from '../../src/demo/content/cycle';
import { signInAs } from './support';

/**
 * An edit made without network: the shell says it is not saved yet, it survives a reload (the
 * outbox in sessionStorage), and it is saved on the server once the network is back.
 */

const NEW_TITLE = 'Teambijeenkomst (zonder netwerk bewerkt)';

const pending = (page: Page) => page.getByRole('status').filter({ hasText: 'nog niet opgeslagen' });

async function openTimeline(page: Page): Promise<void> {
  await expect(page.getByRole('main').getByRole('heading', { level: 1, name: DEMO_CYCLE_TITLE })).toBeVisible();
}

test('an edit made offline is kept across a reload and saved when the network returns', async ({ page, context }) => {
  await signInAs(page, 'Ingrid Bakker', '/#tijdspad');
  await openTimeline(page);
  const main = page.getByRole('main');
  const edit = main.getByRole('button', { name: / bewerken$/ }).first();
  await edit.click();
  const dialog = page.getByRole('dialog', { name: 'Bijeenkomst bewerken' });
  const title = dialog.getByRole('textbox', { name: /^Titel/ });
  await expect(title).not.toHaveValue('');

  // The network goes away while the person edits; saving keeps the edit in the outbox.
  await context.setOffline(true);
  await title.fill(NEW_TITLE);
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog.getByRole('button', { name: 'Opslaan' })).toBeEnabled();
  await dialog.getByRole('button', { name: 'Annuleren' }).click();
  await expect(pending(page)).toContainText('1 wijziging nog niet opgeslagen — wordt opnieuw geprobeerd');
  await expect(page.getByRole('button', { name: 'Nu opnieuw proberen' })).toBeVisible();

  // Reload with the page reachable but writes still failing: the edit is still pending.
  await page.route('**/graph/**', (route) => (route.request().method() === 'PATCH' ? route.abort('internetdisconnected') : route.continue()));
  await context.setOffline(false);
  await page.reload();
  await openTimeline(page);
  await expect(pending(page)).toContainText('1 wijziging nog niet opgeslagen');

  // The network returns (the browser's online event): the outbox sends it, with its etag.
  await page.unroute('**/graph/**');
  const saved = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().includes('/graph/') && r.ok());
  await context.setOffline(true);
  await context.setOffline(false);
  await saved;
  await expect(pending(page)).toHaveCount(0);

  // It is on the server: a fresh load shows the new title.
  await page.reload();
  await openTimeline(page);
  await expect(main.getByRole('heading', { level: 4, name: NEW_TITLE, exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'opgeslagen' })).toHaveCount(0);
});
