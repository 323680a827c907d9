import { expect, type Page, test } from '@playwright/test';
import { DEMO_CYCLE_TITLE } from '../../src/demo/content/cycle';
import { signInAs } from './support';

/** Writes to Graph (creates and updates); reads go as GET or in a $batch. */
function recordWrites(page: Page): string[] {
  const writes: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.includes('/graph/')) return;
    const method = request.method();
    if (method === 'PATCH' || method === 'PUT' || method === 'DELETE' || (method === 'POST' && !url.includes('$batch'))) {
      writes.push(`${method} ${url}`);
    }
  });
  return writes;
}

const TITLE = 'Vooruitblik met het veranderteam';
const MINUTES = 'Tekenen van vooruitgang besproken. Volgende keer: wat maakt het lastig?';

test.describe('Tijdspad: plan and record meetings', () => {
  test('the IB plans the next meeting from the suggestion and records it as held with 6,5', async ({ page }) => {
    await signInAs(page, 'Ingrid Bakker');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: DEMO_CYCLE_TITLE })).toBeVisible();
    const chart = main.getByRole('region', { name: 'Cijfer richting de droom' }).getByRole('img');
    const scoresBefore = Number(/: (\d+) cijfers/.exec((await chart.getAttribute('aria-label')) ?? '')?.[1]);
    expect(scoresBefore).toBeGreaterThan(1);

    // Plan: the dialog comes prefilled from the suggestion.
    const next = main.getByRole('region', { name: 'Volgende bijeenkomst' });
    const plan = next.getByRole('button', { name: 'Volgende bijeenkomst plannen' });
    await plan.click();
    const planDialog = page.getByRole('dialog', { name: 'Volgende bijeenkomst plannen' });
    await expect(planDialog.getByRole('textbox', { name: /^Titel/ })).toBeFocused();
    await expect(planDialog.getByRole('combobox', { name: 'Soort bijeenkomst' })).toHaveValue(/veranderteam|team/);
    const date = await planDialog.getByLabel(/^Datum/).inputValue();
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(planDialog.getByRole('radio', { name: 'Gepland' })).toBeChecked();
    await planDialog.getByRole('textbox', { name: /^Titel/ }).fill(TITLE);
    await planDialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect(planDialog).toBeHidden();
    await expect(plan).toBeFocused();

    const item = main
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 4, name: TITLE, exact: true }) });
    await expect(item).toHaveCount(1);
    await expect(item.getByText('Gepland')).toBeVisible();
    await expect(item.locator('time')).toHaveAttribute('datetime', date);

    // Record it as held, with the score the Dutch way and short minutes.
    const edit = item.getByRole('button', { name: `${TITLE} bewerken` });
    await edit.click();
    const editDialog = page.getByRole('dialog', { name: 'Bijeenkomst bewerken' });
    await expect(editDialog.getByRole('textbox', { name: /^Titel/ })).toHaveValue(TITLE);
    await editDialog.getByRole('radio', { name: 'Gehouden' }).check();
    await editDialog.getByRole('textbox', { name: /^Cijfer na afloop/ }).fill('6,5');
    await editDialog.getByRole('textbox', { name: /^Verslag/ }).fill(MINUTES);
    await editDialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect(editDialog).toBeHidden();
    await expect(edit).toBeFocused();

    const shown = async () => {
      await expect(item.getByText('Gehouden')).toBeVisible();
      await expect(item.getByText('Cijfer na afloop').locator('xpath=following-sibling::dd')).toHaveText('6,5');
      await expect(item.getByText(MINUTES)).toBeVisible();
      // The chart gains the point, and its table names the meeting.
      await expect(chart).toHaveAttribute('aria-label', new RegExp(`: ${scoresBefore + 1} cijfers, `));
      const table = main.getByRole('table', { name: 'Cijfers per bijeenkomst', includeHidden: true });
      await expect(
        table.getByRole('row', { includeHidden: true }).filter({ hasText: TITLE }).getByRole('cell', { includeHidden: true }).last(),
      ).toHaveText('6,5');
    };
    await shown();

    await page.reload();
    await expect(main.getByRole('heading', { level: 1, name: DEMO_CYCLE_TITLE })).toBeVisible();
    await shown();
  });

  test('a score of 11 shows the Dutch message and nothing is saved', async ({ page }) => {
    const writes = recordWrites(page);
    await signInAs(page, 'Ingrid Bakker');
    const main = page.getByRole('main');
    const title = 'Teambijeenkomst 3';
    const item = main
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 4, name: title, exact: true }) });
    await expect(item.getByText('Gepland')).toBeVisible();

    await item.getByRole('button', { name: `${title} bewerken` }).click();
    const dialog = page.getByRole('dialog', { name: 'Bijeenkomst bewerken' });
    await expect(dialog.getByRole('textbox', { name: /^Titel/ })).toBeFocused();
    await dialog.getByRole('radio', { name: 'Gehouden' }).check();
    const score = dialog.getByRole('textbox', { name: /^Cijfer na afloop/ });
    await score.fill('11');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();

    await expect(dialog.getByText('Kies een waarde van 0 tot en met 10.')).toBeVisible();
    await expect(score).toHaveAttribute('aria-invalid', 'true');
    await expect(score).toHaveAccessibleDescription(/Kies een waarde van 0 tot en met 10\./);
    await expect(dialog).toBeVisible();
    expect(writes).toEqual([]);

    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await expect(dialog).toBeHidden();
    await page.reload();
    await expect(item.getByText('Gepland')).toBeVisible();
    await expect(item.getByText('Cijfer na afloop')).toHaveCount(0);
    expect(writes).toEqual([]);
  });

  test('English labels and messages with ?lang=en', async ({ page }) => {
    await signInAs(page, 'Ingrid Bakker', '/?lang=en');
    const main = page.getByRole('main');
    await main.getByRole('button', { name: 'Plan the next meeting' }).click();
    const dialog = page.getByRole('dialog', { name: 'Plan the next meeting' });
    await dialog.getByRole('textbox', { name: /^Title/ }).fill('');
    await dialog.getByRole('radio', { name: 'Held' }).check();
    await dialog.getByRole('textbox', { name: /^Score afterwards/ }).fill('6,3');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog.getByText('Please fill this in.')).toBeVisible();
    await expect(dialog.getByText('Choose a value from 0 to 10.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(main.getByRole('button', { name: 'Plan the next meeting' })).toBeFocused();
  });
});
