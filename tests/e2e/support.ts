import { expect, type Page } from '@playwright/test';

/** Opens the app in local mode and signs in as one of the demo school's people. */
export async function signInAs(page: Page, name: string, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { name: /Wie ben je\?|Who are you\?/ })).toBeVisible();
  await page.getByRole('button', { name: new RegExp(name) }).click();
}

/** Every Graph request the page makes, with its status, so a test can say what was (not) read. */
export function recordGraphTraffic(page: Page): Array<{ url: string; status: number }> {
  const seen: Array<{ url: string; status: number }> = [];
  page.on('response', (response) => {
    if (response.url().includes('/graph/')) seen.push({ url: response.url(), status: response.status() });
  });
  return seen;
}
