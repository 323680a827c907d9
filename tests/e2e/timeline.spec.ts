import { expect, test } from '@playwright/test';
import { DEMO_CYCLE_TITLE } from '../../src/demo/content/cycle';
import { recordGraphTraffic, signInAs } from './support';

test.describe('Tijdspad in local mode', () => {
  test('the IB picks herself, sees the demo timeline through Graph, and after a reload the same', async ({ page }) => {
    const traffic = recordGraphTraffic(page);
    await signInAs(page, 'Ingrid Bakker');

    await expect(page.getByText('Aangemeld als Ingrid Bakker')).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Tijdspad', selected: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: DEMO_CYCLE_TITLE })).toBeVisible();
    const meetings = page.getByRole('main').getByRole('heading', { level: 4 });
    await expect(meetings.first()).toBeVisible();
    const titles = await meetings.allInnerTexts();
    expect(titles.length).toBeGreaterThan(5);
    expect(traffic.some((r) => r.url.includes('$batch') && r.status === 200)).toBe(true);

    await page.reload();
    await expect(page.getByRole('heading', { name: DEMO_CYCLE_TITLE })).toBeVisible();
    await expect(meetings.first()).toBeVisible();
    expect(await meetings.allInnerTexts()).toEqual(titles);
  });

  test('a parent (guest) gets a friendly page and the site refuses every data request', async ({ page }) => {
    const traffic = recordGraphTraffic(page);
    await signInAs(page, 'Jeroen Peters');

    await expect(page.getByRole('heading', { name: 'Fijn dat u er bent' })).toBeVisible();
    await expect(page.getByText(DEMO_CYCLE_TITLE)).toHaveCount(0);
    await expect(page.getByRole('tablist')).toHaveCount(0);
    const siteRequests = traffic.filter((r) => r.url.includes('/sites/'));
    expect(siteRequests.length).toBeGreaterThan(0);
    expect(siteRequests.every((r) => r.status === 403)).toBe(true);
  });

  test('English follows the locale, and switching person goes back to the picker', async ({ page }) => {
    await signInAs(page, 'Noor Hendriks', '/?lang=en');
    await expect(page.getByRole('tab', { name: 'Timeline', selected: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: DEMO_CYCLE_TITLE })).toBeVisible();
    await page.getByRole('button', { name: 'Switch person' }).click();
    await expect(page.getByRole('heading', { name: 'Who are you?' })).toBeVisible();
  });
});
