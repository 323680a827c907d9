import { expect, type Locator, type Page, test } from '@playwright/test';
import { DEMO_CYCLE_TITLE } from '../../src/demo/content/cycle';
import { signInAs } from './support';

/**
 * Veranderplan end to end, through Graph on the local server: the IB starts a new cycle, walks
 * the eleven steps with their outputs, sees the goal map grow, and after a reload everything
 * is still there. Bad input gets the Dutch message and writes nothing.
 */

const TITLE = 'Samen op weg 🤝 <b>E2E</b>';
const DREAM = 'Ouders en school trekken samen op.\nKinderen merken dat elke dag.';
const GOAL_1 = 'Elk kind start met een gesprek tussen ouders en leerkracht';
const GOAL_2 = 'Ouders denken mee in een ouderpanel';
const BENEFIT = 'Ik ken de kinderen vanaf week één';
const SIGN = 'Ouders vullen het voorbereidingsformulier in';

const step = (page: Page, n: number, title: string) => page.getByRole('region', { name: `Stap ${n}: ${title}` });

/** Adds a line to a list of lines and types it; `label` is what one line is called. */
async function addLine(scope: Locator, label: string, number: number, text: string): Promise<void> {
  await scope.getByRole('button', { name: 'Regel toevoegen' }).first().click();
  const input = scope.getByRole('textbox', { name: `${label} ${number}`, exact: true });
  await expect(input).toBeFocused();
  await input.fill(text);
}

/** Completes the open step and waits for the confirmation. */
async function complete(page: Page, panel: Locator, n: number): Promise<void> {
  await panel.getByRole('button', { name: 'Stap afronden' }).click();
  await expect(page.getByText(`Stap ${n} is vastgelegd.`)).toBeVisible();
}

/** Every write the page makes (Graph POST, PATCH, DELETE and $batch with writes). */
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

test.describe('Veranderplan in local mode', () => {
  test.setTimeout(240_000);

  test('the IB starts a cycle, walks steps 1–11, the goal map follows, and a reload keeps it all', async ({ page }) => {
    const writes = recordWrites(page);
    await signInAs(page, 'Ingrid Bakker');
    await page.getByRole('tab', { name: 'Veranderplan' }).click();

    // The active demo cycle opens first.
    await expect(page.getByRole('heading', { level: 1, name: DEMO_CYCLE_TITLE })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Cyclus' })).toHaveValue(/.+/);

    // A new cycle: an empty form is refused in Dutch and writes nothing.
    await page.getByRole('button', { name: 'Nieuwe cyclus', exact: true }).click();
    const form = page.getByRole('region', { name: 'Een nieuwe cyclus starten' });
    const before = writes.length;
    await form.getByRole('button', { name: 'Cyclus starten' }).click();
    await expect(form.getByText('Vul dit in.')).toHaveCount(2);
    expect(writes.length).toBe(before);

    await form.getByRole('textbox', { name: /^Titel/ }).fill(TITLE);
    await form.getByRole('textbox', { name: /^Droom/ }).fill('Een eerste versie van de droom.');
    await expect(form.getByRole('combobox', { name: /Coach/ })).toHaveValue('ingrid.bakker@delinde.example');
    await expect(form.getByRole('checkbox', { name: 'Noor Hendriks' })).toBeChecked();
    await form.getByRole('button', { name: 'Cyclus starten' }).click();
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expect(page.getByText('De nieuwe cyclus staat klaar.')).toBeVisible();

    // 1: the dream, as the team words it.
    const s1 = step(page, 1, 'De droom beschrijven');
    await expect(s1.getByText(/Samen schetsen we hoe de samenwerking met ouders eruitziet/)).toBeVisible();
    await s1.getByRole('textbox', { name: /^Droom/ }).fill(DREAM);
    await complete(page, s1, 1);

    // 2: two goals, positively phrased, tagged and in order of priority.
    const s2 = step(page, 2, 'Doelen kiezen');
    // The next step opens with the keyboard focus on its heading.
    await expect(s2.getByRole('heading', { level: 2 })).toBeFocused();
    const map = page.getByRole('region', { name: 'Doelenkaart' });
    await expect(map.getByText('Zodra er doelen zijn, verschijnt hier de kaart.')).toBeVisible();
    await s2.getByRole('button', { name: 'Doel toevoegen' }).click();
    const goal1 = s2.getByRole('article', { name: 'Doel 1' });
    await goal1.getByRole('textbox', { name: /^Doel/ }).fill(GOAL_1);
    await goal1.getByRole('combobox', { name: 'Voorwaarde' }).selectOption('structuur');
    await goal1.getByRole('combobox', { name: 'Vorm van partnerschap' }).selectOption('communicatie');
    await goal1.getByRole('combobox', { name: 'Niveau van betrokkenheid' }).selectOption('meedenken');
    await goal1.getByRole('combobox', { name: 'Lijn' }).selectOption('eigenKind');
    await goal1.getByRole('button', { name: 'Opslaan' }).click();
    await expect(goal1.getByText('Nog niet opgeslagen')).toHaveCount(0);
    await expect(map.getByRole('img')).toHaveAccessibleName(/met één doel ernaast/);

    await s2.getByRole('button', { name: 'Doel toevoegen' }).click();
    const goal2 = s2.getByRole('article', { name: 'Doel 2' });
    await goal2.getByRole('textbox', { name: /^Doel/ }).fill(GOAL_2);
    await goal2.getByRole('combobox', { name: 'Voorwaarde' }).selectOption('bereidheid');
    await goal2.getByRole('combobox', { name: 'Lijn' }).selectOption('school');
    await goal2.getByRole('button', { name: 'Opslaan' }).click();
    await expect(goal2.getByText('Nog niet opgeslagen')).toHaveCount(0);
    await expect(map.getByRole('img')).toHaveAccessibleName(/met 2 doelen eromheen/);
    await complete(page, s2, 2);

    // 3: supporters.
    const s3 = step(page, 3, 'Supporters werven');
    await addLine(s3, 'Supporter, en hoe we die bereiken', 1, 'De MR, via een kort overleg');
    await addLine(s3, 'Supporter, en hoe we die bereiken', 2, 'Ouders, via de nieuwsbrief');
    await complete(page, s3, 3);

    // 4: benefits of the first goal, at personal and team level; the map shows them.
    const s4 = step(page, 4, 'Voordelen onderzoeken');
    const benefits1 = s4.getByRole('article', { name: GOAL_1 });
    await addLine(benefits1.getByRole('group', { name: 'Persoonlijk' }), 'Voordeel', 1, BENEFIT);
    await addLine(benefits1.getByRole('group', { name: 'Team' }), 'Voordeel', 1, 'We voeren de gesprekken op dezelfde manier');
    await benefits1.getByRole('button', { name: 'Opslaan' }).click();
    await expect(benefits1.getByText('Nog niet opgeslagen')).toHaveCount(0);
    await expect(map.locator('svg title', { hasText: BENEFIT })).toHaveCount(1);
    await complete(page, s4, 4);

    // 5: a score outside 0–10 is refused in Dutch and nothing is written; then 6,5.
    const s5 = step(page, 5, 'Vooruitgang erkennen');
    const score = s5.getByRole('textbox', { name: /Cijfer richting de droom/ });
    const beforeScore = writes.length;
    await score.fill('11');
    await s5.getByRole('button', { name: 'Stap afronden' }).click();
    await expect(s5.getByText('Kies een waarde van 0 tot en met 10.')).toBeVisible();
    await expect(score).toHaveAttribute('aria-invalid', 'true');
    expect(writes.length).toBe(beforeScore);
    await score.fill('6,5');
    await addLine(s5, 'Wat nu al werkt', 1, 'We bellen ouders ook bij goed nieuws');
    await complete(page, s5, 5);

    // 6: a sign of coming progress for the first goal.
    const s6 = step(page, 6, 'Komende vooruitgang schetsen');
    const signs1 = s6.getByRole('article', { name: GOAL_1 });
    await addLine(signs1, 'Teken van vooruitgang', 1, SIGN);
    await signs1.getByRole('button', { name: 'Opslaan' }).click();
    await expect(signs1.getByText('Nog niet opgeslagen')).toHaveCount(0);
    await expect(map.locator('svg title', { hasText: SIGN })).toHaveCount(1);
    await complete(page, s6, 6);

    // 7 and 8: doubts, and reasons for confidence.
    const s7 = step(page, 7, 'Erkennen dat het lastig is');
    await addLine(s7, 'Twijfel of tegenslag', 1, 'Gesprekken kosten tijd');
    await complete(page, s7, 7);
    const s8 = step(page, 8, 'Redenen voor vertrouwen vinden');
    await addLine(s8, 'Wie kan helpen, en waarmee', 1, 'Noor: oplossingsgerichte gesprekken');
    await complete(page, s8, 8);

    // 9: promises live in the tracker; the step links there.
    const s9 = step(page, 9, 'Iets beloven');
    await expect(s9.getByRole('link', { name: 'Naar Beloftes' })).toHaveAttribute('href', '#beloftes');
    await s9.getByRole('textbox', { name: 'Aantekeningen' }).fill('Iedereen deed een kleine belofte per bouw.');
    await complete(page, s9, 9);

    // 10 and 11: evaluation and celebration; then the round is done.
    const s10 = step(page, 10, 'Vooruitgang evalueren');
    await addLine(s10, 'Wat werkte', 1, 'Kleine, concrete beloftes');
    await complete(page, s10, 10);
    const s11 = step(page, 11, 'Succes vieren');
    await addLine(s11, 'Succes', 1, 'Alle startgesprekken zijn gevoerd 🎉');
    await complete(page, s11, 11);
    await expect(page.getByText(/Alle stappen van deze ronde zijn gedaan/)).toBeVisible();

    // After a reload the same cycle opens with everything in it.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expect(page.getByText('Ouders en school trekken samen op.', { exact: false }).first()).toBeVisible();
    const path = page.getByRole('list', { name: 'Stappen van ronde 1' });
    await expect(path.getByRole('button')).toHaveCount(11);
    for (const button of await path.getByRole('button').all()) await expect(button).toContainText('Gedaan op');
    await path.getByRole('button', { name: /Stap 5: Vooruitgang erkennen/ }).click();
    const again5 = step(page, 5, 'Vooruitgang erkennen');
    await expect(again5.getByRole('textbox', { name: /Cijfer richting de droom/ })).toHaveValue('6,5');
    await expect(again5.getByRole('textbox', { name: 'Wat nu al werkt 1' })).toHaveValue('We bellen ouders ook bij goed nieuws');
    await path.getByRole('button', { name: /Stap 2: Doelen kiezen/ }).click();
    const again2 = step(page, 2, 'Doelen kiezen');
    const stored1 = again2.getByRole('article', { name: 'Doel 1' });
    await expect(stored1.getByRole('textbox', { name: /^Doel/ })).toHaveValue(GOAL_1);
    await expect(stored1.getByRole('combobox', { name: 'Vorm van partnerschap' })).toHaveValue('communicatie');
    await expect(again2.getByRole('article', { name: 'Doel 2' }).getByRole('combobox', { name: 'Lijn' })).toHaveValue('school');

    await map.getByRole('button', { name: 'Toon als lijst' }).click();
    const list = map.getByRole('group', { name: 'De doelenkaart als lijst' });
    await expect(list).toContainText(`Persoonlijk: ${BENEFIT}`);
    await expect(list).toContainText(SIGN);
    await expect(list).toContainText('Structuur · Communicatie · Meedenken · Eigen kind');

    // The demo cycle is still there to switch back to.
    const picker = page.getByRole('combobox', { name: 'Cyclus' });
    const demo = await picker.locator('option', { hasText: DEMO_CYCLE_TITLE }).getAttribute('value');
    await picker.selectOption(demo ?? '');
    await expect(page.getByRole('heading', { level: 1, name: DEMO_CYCLE_TITLE })).toBeVisible();
  });

  test('the goal map saves as SVG and PNG', async ({ page }) => {
    await signInAs(page, 'Ingrid Bakker');
    await page.getByRole('tab', { name: 'Veranderplan' }).click();
    const map = page.getByRole('region', { name: 'Doelenkaart' });
    await expect(map.getByRole('img')).toBeVisible();

    const [svg] = await Promise.all([page.waitForEvent('download'), map.getByRole('button', { name: 'Opslaan als SVG' }).click()]);
    expect(svg.suggestedFilename()).toBe('doelenkaart-op-weg-naar-educatief-partnerschap.svg');
    const text = await streamText(await svg.createReadStream());
    expect(text).toMatch(/^<\?xml/);
    expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');

    const [png] = await Promise.all([page.waitForEvent('download'), map.getByRole('button', { name: 'Opslaan als PNG' }).click()]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    const bytes = await streamBytes(await png.createReadStream());
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(10_000);
  });
});

async function streamBytes(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  return (await streamBytes(stream)).toString('utf8');
}
