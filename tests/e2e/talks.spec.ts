import { expect, type APIRequestContext, type FrameLocator, type Page, test } from '@playwright/test';
import { recordGraphTraffic, signInAs } from './support';
import { openInTeams } from './teams/host';

/**
 * Parent talks from planning to the summary, in Debian's Chromium against the local server:
 * plan a talk (a Teams meeting in the organiser's calendar, its agenda escaped in the invite),
 * run it in the meeting side panel at 280 px, record agreements, plan the follow-up, send the
 * summary, and find the agreements back in the talks view. A guest sees none of it.
 */

const NOOR = {
  loginHint: 'noor.hendriks@delinde.example',
  displayName: 'Noor Hendriks',
  licenseType: 'Teacher',
  id: '7d1f3a5b-9c2e-4d6f-8a0b-1c2d3e4f5a6b',
};

/** Typed by the teacher; must arrive as text everywhere (React, invite HTML, mail). */
const AGENDA_MARKUP = '<b>Lezen</b> & <img src=x onerror=alert(1)>';
const PARENT_MARKUP = 'Sanne <i>de Vries</i>';

/** Today on the school's clock (the talk is planned for today, so the side panel offers it). */
function schoolToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

/** The side panel's page: the plain browser at 280 px, or the app's frame in the Teams test host. */
type Panel = Page | FrameLocator;

const agreementsIn = (app: Panel) => app.getByRole('list', { name: 'Afspraken' });

/** Records an agreement in the side panel (for school unless `owner` is chosen) and waits until it is listed. */
async function recordAgreement(app: Panel, text: string, owner?: string): Promise<void> {
  await app.getByLabel(/^Wat spreken we af\?/).fill(text);
  if (owner) await app.getByRole('radio', { name: owner }).check();
  await app.getByRole('button', { name: 'Afspraak vastleggen' }).click();
  await expect(agreementsIn(app).getByText(text)).toBeVisible();
}

/** Plans the follow-up at once (6 weeks later, same time); the open agreements are then looked back on at its date. */
async function planFollowUp(app: Panel): Promise<void> {
  await app.getByRole('button', { name: 'Vervolggesprek', exact: true }).click();
  await expect(app.getByText(/^Voorstel: /)).toBeVisible();
  await app.getByRole('button', { name: 'Vervolggesprek plannen' }).click();
  await expect(app.getByText(/^Het vervolggesprek staat op /)).toBeVisible({ timeout: 20_000 });
  await expect(agreementsIn(app).getByText(/terugkijken op/).first()).toBeVisible();
}

async function tokenFor(request: APIRequestContext, upn: string): Promise<string> {
  const response = await request.post('/local/token', { data: { user: upn } });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { access_token: string }).access_token;
}

interface GraphEvent {
  id: string;
  subject: string;
  start: { dateTime: string };
  body: { contentType: string; content: string };
  isOnlineMeeting?: boolean;
  onlineMeeting?: { joinUrl?: string };
  attendees: { emailAddress: { address: string; name?: string } }[];
}

async function graphGet<T>(request: APIRequestContext, token: string, path: string): Promise<T> {
  const response = await request.get(`/graph/v1.0${path}`, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status(), path).toBe(200);
  return (await response.json()) as T;
}

async function eventsOf(request: APIRequestContext, token: string): Promise<GraphEvent[]> {
  return (await graphGet<{ value: GraphEvent[] }>(request, token, '/me/events?$top=50')).value;
}

interface AgreementFields {
  Title: string;
  Owner: string;
  DueDate: string;
  FollowUpDate?: string;
}

/** The agreements as stored in the site's list (a fresh server: a few, one page). */
async function agreementsOf(request: APIRequestContext, token: string): Promise<AgreementFields[]> {
  const items = await graphGet<{ value: { fields: AgreementFields }[] }>(request, token, '/sites/root/lists/DriehoekAgreements/items?expand=fields&$top=200');
  return items.value.map((item) => item.fields);
}

/** A stored date as the Dutch page writes it ("2 november 2026"). */
function longDate(stored: string): string {
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${stored.slice(0, 10)}T00:00:00Z`),
  );
}

/** Plans through the form, going ahead over a clash if the calendar has one. */
async function planTalk(page: Page, date: string, start: string): Promise<void> {
  await page.getByRole('button', { name: 'Een gesprek plannen' }).click();
  const form = page.getByRole('form', { name: 'Een gesprek plannen' });
  await form.getByLabel(/^Leerling/).selectOption({ label: 'Nieuwe leerling…' });
  await form.getByLabel(/^Voornaam/).fill('Emma');
  await form.getByLabel(/^Groep/).selectOption({ label: 'Groep 7' });
  // Group 7: the child is suggested to join.
  await expect(form.getByRole('checkbox', { name: 'Het kind praat mee' })).toBeChecked();

  const first = form.getByRole('group', { name: 'Ouder 1' });
  await first.getByLabel(/^Naam/).fill(PARENT_MARKUP);
  await first.getByLabel(/^E-mailadres/).fill('sanne@example.nl');
  await form.getByRole('button', { name: 'Ouder toevoegen' }).click();
  const second = form.getByRole('group', { name: 'Ouder 2' });
  await second.getByLabel(/^Naam/).fill('Joost Bakker');
  await second.getByLabel(/^E-mailadres/).fill('joost@example');
  await second.getByLabel('Huishouden').selectOption({ label: 'Huishouden 2' });

  // The IB from the staff list: she joins as intern begeleider, which the parents read.
  const colleagues = form.getByRole('combobox', { name: /Collega’s kiezen/ });
  await colleagues.click();
  await colleagues.pressSequentially('Ingrid');
  await page.getByRole('option', { name: /Ingrid Bakker/ }).click();
  const ib = form.getByRole('group', { name: 'Deelnemer 2' });
  await expect(ib.getByLabel(/^E-mailadres/)).toHaveValue('ingrid.bakker@delinde.example');
  await expect(ib.getByLabel('Rol')).toHaveValue('ib');
  await page.keyboard.press('Escape');

  await form.getByLabel(/^Datum/).fill(date);
  await form.getByLabel(/^Begintijd/).fill(start);
  await form.getByLabel('Agendapunt 1', { exact: true }).fill(AGENDA_MARKUP);

  // A typo in the second parent's address stops the plan, in Dutch, at the field.
  await form.getByRole('button', { name: 'Plannen en uitnodigen' }).click();
  await expect(second.getByText('Dit is geen geldig e-mailadres.')).toBeVisible();
  await expect(second.getByLabel(/^E-mailadres/)).toBeFocused();
  await second.getByLabel(/^E-mailadres/).fill('joost@example.nl');
  await form.getByRole('button', { name: 'Plannen en uitnodigen' }).click();

  const planAnyway = page.getByRole('button', { name: 'Toch plannen' });
  const result = page.getByRole('status').filter({ hasText: 'Het gesprek is gepland' });
  await expect(planAnyway.or(result)).toBeVisible({ timeout: 20_000 });
  if (await planAnyway.isVisible()) await planAnyway.click();
  await expect(result).toBeVisible({ timeout: 20_000 });
}

test.describe('Oudergesprekken', () => {
  test('plan → invite in the calendar → side panel at 280 px → agreements, follow-up, summary → agreements panel', async ({
    page,
    request,
  }) => {
    test.setTimeout(180_000);
    const date = schoolToday();
    await signInAs(page, 'Noor Hendriks', '/#gesprekken');
    await expect(page.getByRole('heading', { level: 1, name: 'Gesprekken' })).toBeVisible();
    await planTalk(page, date, '07:30');

    // After planning: the join link and the way to the calendar.
    const result = page.getByRole('status').filter({ hasText: 'Het gesprek is gepland' });
    await expect(result.getByText('Voortgangsgesprek – Emma')).toBeVisible();
    await expect(result.getByText(PARENT_MARKUP, { exact: false })).toBeVisible();
    const join = result.getByRole('link', { name: 'Deelnemen in Teams' });
    const joinUrl = await join.getAttribute('href');
    expect(joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    await expect(result.getByRole('link', { name: 'Openen in agenda' })).toHaveAttribute('href', /^https?:\/\//);
    expect(await result.locator('img, i, b, script').count()).toBe(0);

    // The calendar event, through Graph: a Teams meeting with everyone invited and the escaped agenda.
    const token = await tokenFor(request, NOOR.loginHint);
    const events = await eventsOf(request, token);
    const invite = events.find((e) => e.onlineMeeting?.joinUrl === joinUrl);
    expect(invite, 'the planned talk is an event in the organiser’s calendar').toBeDefined();
    expect(invite!.subject).toBe('Voortgangsgesprek – Emma');
    expect(invite!.isOnlineMeeting).toBe(true);
    expect(invite!.body.contentType.toLowerCase()).toBe('html');
    expect(invite!.body.content).toContain('&lt;b&gt;Lezen&lt;/b&gt; &amp; &lt;img src=x onerror=alert(1)&gt;');
    expect(invite!.body.content).not.toContain('<img');
    expect(invite!.body.content).toContain('Sanne &lt;i&gt;de Vries&lt;/i&gt; (ouder)');
    expect(invite!.body.content).toContain('Ingrid Bakker (intern begeleider');
    // Parents and the other staff are invited; the organiser is the event's organiser.
    expect(invite!.attendees.map((a) => a.emailAddress.address.toLowerCase()).sort()).toEqual(
      ['ingrid.bakker@delinde.example', 'joost@example.nl', 'sanne@example.nl'].sort(),
    );

    // The meeting's side panel, exactly 280 px wide (the local preview of the sidePanel frame).
    const panelPage = await page.context().newPage();
    await panelPage.setViewportSize({ width: 280, height: 900 });
    await signInAs(panelPage, 'Noor Hendriks', '/?frame=sidePanel');
    const app = panelPage;
    await expect(app.getByRole('heading', { name: 'Welk gesprek is dit?' })).toBeVisible({ timeout: 20_000 });
    await app.getByRole('list', { name: 'Jouw gesprekken vandaag' }).getByRole('button', { name: /Voortgangsgesprek – Emma/ }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Voortgangsgesprek – Emma' })).toBeVisible();
    const widths = () =>
      panelPage.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect((await widths()).client).toBe(280);
    // The choice is remembered for this meeting: a reload opens the talk at once.
    await panelPage.reload();
    await expect(app.getByRole('heading', { level: 1, name: 'Voortgangsgesprek – Emma' })).toBeVisible();

    // The agenda clock: start, then the next item.
    await app.getByRole('button', { name: 'Starten' }).click();
    await expect(app.getByText('Nu', { exact: true })).toBeVisible();
    await app.getByRole('button', { name: 'Volgend punt' }).click();
    await expect(app.getByRole('list', { name: 'Agendapunten' }).locator('[aria-current="step"]')).toContainText('Terugkijken');

    // A shareable note, with the privacy reminder on the way.
    const note = app.getByLabel('Nieuwe aantekening');
    await note.fill('Emma heeft volgens de ouders dyslexie');
    await expect(app.getByText(/Zulke gegevens horen niet in Driehoek/)).toBeVisible();
    await note.fill('Emma leest thuis graag strips');
    await app.getByRole('radio', { name: 'Mag naar de ouders' }).check();
    await app.getByRole('button', { name: 'Aantekening toevoegen' }).click();
    await expect(app.getByRole('list', { name: 'Aantekeningen' }).getByText('Emma leest thuis graag strips')).toBeVisible();

    // Two agreements: one for school, one for the child.
    await recordAgreement(app, 'Elke vrijdag een kort bericht over het lezen');
    await recordAgreement(app, 'Emma leest elke avond een kwartier', 'Emma (kind)');

    // The follow-up, planned at once: 6 weeks later, same time.
    await planFollowUp(app);

    // The summary: reviewed, then sent to both parents.
    await app.getByRole('button', { name: 'Samenvatting voor de ouders' }).click();
    const preview = app.getByRole('document', { name: 'Zo krijgen de ouders hem' });
    await expect(preview).toContainText('Elke vrijdag een kort bericht over het lezen');
    await expect(preview).toContainText('Emma leest thuis graag strips');
    await expect(preview).toContainText('We spreken elkaar weer op');
    await app.getByRole('button', { name: 'Versturen naar de ouders' }).click();
    await expect(app.getByText(/^Verstuurd op .* aan /)).toBeVisible({ timeout: 20_000 });

    // With every section open, nothing scrolls sideways in 280 px.
    const closed = app.locator('.driehoek-PanelSection > h2 > button[aria-expanded="false"]');
    while (await closed.count()) await closed.first().click();
    const after = await widths();
    expect(after.scroll).toBeLessThanOrEqual(after.client);

    // The mail went from Noor's mailbox, its text escaped.
    const sent = await graphGet<{ value: { subject: string; body: { content: string }; toRecipients: { emailAddress: { address: string } }[] }[] }>(
      request,
      token,
      '/me/mailFolders/sentitems/messages?$top=5',
    );
    const summary = sent.value.find((m) => m.subject.startsWith('Afspraken uit ons gesprek over Emma'));
    expect(summary, 'the summary is in Sent Items').toBeDefined();
    expect(summary!.toRecipients.map((r) => r.emailAddress.address).sort()).toEqual(['joost@example.nl', 'sanne@example.nl']);
    expect(summary!.body.content).toContain('Sanne &lt;i&gt;de Vries&lt;/i&gt;');
    expect(summary!.body.content).not.toContain('<i>');

    // The follow-up is a second Teams meeting in the calendar.
    const later = (await eventsOf(request, token)).filter((e) => e.subject === invite!.subject && e.onlineMeeting?.joinUrl);
    expect(later).toHaveLength(2);
    const followUpEvent = later.find((e) => e.id !== invite!.id)!;

    // Back in the talks tab: the agreements to follow up, and the follow-up talk.
    await page.getByRole('button', { name: 'Terug naar de gesprekken' }).click();
    await page.reload();
    const panel = page.getByRole('region', { name: 'Afspraken met ouders' });
    await expect(panel.getByRole('heading', { name: 'Elke vrijdag een kort bericht over het lezen' })).toBeVisible();
    await expect(panel.getByText('Terugkijken op').first()).toBeVisible();
    const talks = page.getByRole('article', { name: 'Voortgangsgesprek – Emma' });
    await expect(talks).toHaveCount(2);
    await expect(talks.first().getByText(/^Samenvatting verstuurd op /)).toBeVisible();

    // Rescheduling opens an accessible dialog (real Chromium, unlike jsdom) and moves the event.
    await talks.nth(1).getByRole('button', { name: 'Verzetten' }).click();
    const dialog = page.getByRole('dialog', { name: /^Verzetten: Voortgangsgesprek – Emma/ });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel(/^Begintijd/).fill('08:30');
    await dialog.getByRole('button', { name: 'Verzetten' }).click();
    await expect(page.getByRole('status').filter({ hasText: /Het gesprek is verzet naar .*08:30–/ })).toHaveCount(1);
    const moved = await graphGet<GraphEvent>(request, token, `/me/events/${encodeURIComponent(followUpEvent.id)}`);
    const minutes = (e: GraphEvent) => Date.parse(`${e.start.dateTime.slice(0, 19)}Z`) / 60_000;
    expect(minutes(moved) - minutes(followUpEvent)).toBe(60);

    // Beloftes, the parents' agreements: both agreements of the talk, the child's too, each with
    // who carries it out, its due date and the follow-up talk's date (as stored through Graph).
    const stored = await agreementsOf(request, token);
    await page.getByRole('navigation').getByRole('tab', { name: 'Beloftes', exact: true }).click();
    await expect(page).toHaveURL(/#beloftes/);
    await page.getByRole('tablist', { name: 'Welke beloftes' }).getByRole('tab', { name: 'Afspraken met ouders' }).click();
    const tracker = page.getByRole('region', { name: 'Afspraken met ouders' });
    await expect(tracker.getByRole('tab', { name: 'Mijn afspraken', selected: true })).toBeVisible();
    for (const [text, owner] of [
      ['Elke vrijdag een kort bericht over het lezen', 'School'],
      ['Emma leest elke avond een kwartier', 'Kind'],
    ] as const) {
      const fields = stored.find((f) => f.Title === text);
      expect(fields, `${text} is stored`).toBeDefined();
      const item = tracker.getByRole('listitem').filter({ has: page.getByRole('heading', { name: text }) });
      await expect(item.getByText(`${owner} · Emma (groep 7)`)).toBeVisible();
      await expect(item.getByText(longDate(fields!.DueDate), { exact: true })).toBeVisible();
      await expect(item.getByText(longDate(fields!.FollowUpDate!), { exact: true })).toBeVisible();
    }
  });

  test('a parent who signs in anyway sees the guest page in the side panel, and the site refuses every request', async ({ page }) => {
    await page.setViewportSize({ width: 280, height: 700 });
    const traffic = recordGraphTraffic(page);
    await signInAs(page, 'Jeroen Peters', '/?frame=sidePanel#gesprek/any-talk');
    await expect(page.getByRole('heading', { name: 'Fijn dat u er bent' })).toBeVisible();
    await expect(page.getByText('Oudergesprek')).toHaveCount(0);
    await expect(page.getByText('Voortgangsgesprek')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Welk gesprek is dit?' })).toHaveCount(0);
    const siteRequests = traffic.filter((r) => r.url.includes('/sites/'));
    expect(siteRequests.length).toBeGreaterThan(0);
    expect(siteRequests.every((r) => r.status === 403)).toBe(true);
  });

  test('in a Teams meeting: staff run the talk in the side panel (agreement, follow-up, summary), an anonymous participant gets the guest page', async ({
    page,
    browser,
    baseURL,
    request,
  }) => {
    test.setTimeout(120_000);
    // Today's talk of Noor, so the panel has one to offer.
    await signInAs(page, 'Noor Hendriks', '/#gesprekken');
    await planTalk(page, schoolToday(), '12:00');

    const context = await browser.newContext({ baseURL, locale: 'nl-NL', viewport: { width: 280, height: 800 } });
    const staff = await context.newPage();
    const host = await openInTeams(staff, { frameContext: 'sidePanel', locale: 'nl-NL', user: NOOR, meetingId: 'bWVldGluZy10YWxrcw==' });
    const app = host.app;
    await expect(app.getByRole('heading', { name: 'Welk gesprek is dit?' })).toBeVisible({ timeout: 20_000 });
    await app.getByRole('list', { name: 'Jouw gesprekken vandaag' }).getByRole('button', { name: /12:00.*Voortgangsgesprek – Emma/ }).click();
    await expect(app.getByRole('heading', { level: 1, name: 'Voortgangsgesprek – Emma' })).toBeVisible();
    const frame = await host.appFrame();
    const widths = () => frame.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    const size = await widths();
    expect(size.client).toBe(280);
    expect(size.scroll).toBeLessThanOrEqual(size.client);

    // The side-panel part of the talk, inside Teams: an agreement for the parents…
    await recordAgreement(app, 'Wij lezen thuis elke dag samen <b>tien</b> minuten', 'Ouder(s)');

    // …the follow-up, planned at once…
    await planFollowUp(app);

    // …and the summary, reviewed and sent to the parents.
    await app.getByRole('button', { name: 'Samenvatting voor de ouders' }).click();
    await expect(app.getByRole('document', { name: 'Zo krijgen de ouders hem' })).toContainText('Wij lezen thuis elke dag samen <b>tien</b> minuten');
    await app.getByRole('button', { name: 'Versturen naar de ouders' }).click();
    await expect(app.getByText(/^Verstuurd op .* aan /)).toBeVisible({ timeout: 20_000 });
    const after = await widths();
    expect(after.scroll).toBeLessThanOrEqual(after.client);
    expect(host.appErrors()).toEqual([]);

    // Through Graph: the mail in Noor's Sent Items (the agreement escaped), the follow-up's Teams meeting.
    const token = await tokenFor(request, NOOR.loginHint);
    const sent = await graphGet<{ value: { subject: string; body: { content: string } }[] }>(request, token, '/me/mailFolders/sentitems/messages?$top=10');
    const summary = sent.value.find((m) => m.body.content.includes('Wij lezen thuis elke dag samen &lt;b&gt;tien&lt;/b&gt; minuten'));
    expect(summary?.subject).toMatch(/^Afspraken uit ons gesprek over Emma/);
    const noon = (await eventsOf(request, token)).filter((e) => e.subject === 'Voortgangsgesprek – Emma' && e.onlineMeeting?.joinUrl);
    expect(noon.length).toBeGreaterThanOrEqual(2);
    await context.close();

    const anonymous = await browser.newContext({ baseURL, locale: 'nl-NL', viewport: { width: 280, height: 700 } });
    const guest = await openInTeams(await anonymous.newPage(), {
      frameContext: 'sidePanel',
      locale: 'nl-NL',
      user: { licenseType: 'Anonymous', displayName: 'Gast' },
    });
    await expect(guest.app.getByRole('heading', { name: 'Fijn dat u er bent' })).toBeVisible({ timeout: 20_000 });
    await expect(guest.app.getByText('Voortgangsgesprek')).toHaveCount(0);
    await anonymous.close();
  });

  test('Leerlingen: the IB exports a pupil’s data for the parents, marks a pupil as left and runs the retention job after a counted confirmation', async ({
    page,
    request,
  }, testInfo) => {
    await signInAs(page, 'Ingrid Bakker', '/#gesprekken');
    await page.getByRole('tab', { name: 'Leerlingen' }).click();
    const table = page.getByRole('table', { name: 'Leerlingen' });
    for (const name of ['Noah', 'Sem', 'Lina', 'Mila']) await expect(table.getByRole('cell', { name, exact: true })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('pupils-nl-light.png'), fullPage: true });

    // The printable version for the parents: a file with everything kept, text escaped.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Afdrukbare versie voor Lina downloaden' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^driehoek-Lina-\d{4}-\d{2}-\d{2}\.html$/);
    const html = await (await import('node:fs/promises')).readFile((await file.path())!, 'utf8');
    expect(html).toContain('<h1>Gegevens van Lina in Driehoek</h1>');
    expect(html).toContain('School stuurt elke twee weken een kort bericht over het lezen');
    expect(html).toContain('Yasmina Haddou (ouder)');

    // Lina left the school three years ago: the retention job is due for her.
    const leftOn = `${new Date().getUTCFullYear() - 3}-07-10`;
    await page.getByRole('button', { name: 'Lina markeren als vertrokken' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lina is van school gegaan' });
    await dialog.getByLabel(/Datum van vertrek/).fill(leftOn);
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Lina staat nu als vertrokken.' })).toHaveCount(1);
    const lina = table.getByRole('row').filter({ hasText: 'Lina' });
    await expect(lina.getByText(/^Vertrokken op /)).toBeVisible();

    const token = await tokenFor(request, 'ingrid.bakker@delinde.example');
    const before = await eventsOf(request, token);
    const linaEvent = before.find((e) => e.subject.includes('Lina'));
    expect(linaEvent).toBeDefined();

    await page.getByRole('button', { name: 'Bekijken wat er weg gaat' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Gegevens definitief verwijderen?' });
    await expect(confirm.getByText(/Van 1 leerling\(en\) worden 1 gesprek\(ken\) en 2 afspraak\/afspraken verwijderd/)).toBeVisible();
    await expect(confirm.getByText(/1 afspraak\/afspraken in de agenda liggen al in het verleden en blijven staan/)).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('pupils-retention-confirm.png'), fullPage: true });
    // Only counted: Lina and her talk are all still there.
    const pupilTitles = async () =>
      (
        await graphGet<{ value: { fields: { Title: string } }[] }>(request, token, '/sites/root/lists/DriehoekPupils/items?expand=fields&$top=100')
      ).value.map((item) => item.fields.Title);
    expect(await pupilTitles()).toContain('Lina');

    await confirm.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await expect(page.getByText('Opgeruimd: 1 leerling(en), 1 gesprek(ken) en 2 afspraak/afspraken.')).toBeVisible();
    await expect(table.getByRole('cell', { name: 'Lina', exact: true })).toHaveCount(0);
    await expect(table.getByRole('cell', { name: 'Noah', exact: true })).toBeVisible();
    expect(await pupilTitles()).not.toContain('Lina');
    // The past meeting stays in the calendar: deleting it would have mailed the parent a cancellation.
    const after = await eventsOf(request, token);
    expect(after.map((e) => e.id)).toContain(linaEvent!.id);
    expect(after).toHaveLength(before.length);
  });

  test('Leerlingen in English and dark, and a teacher sees only their own group', async ({ page }, testInfo) => {
    await signInAs(page, 'Ingrid Bakker', '/?lang=en&theme=dark#gesprekken');
    await page.getByRole('tab', { name: 'Pupils' }).click();
    await expect(page.getByRole('table', { name: 'Pupils' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('pupils-en-dark.png'), fullPage: true });

    const teacher = await page.context().newPage();
    await signInAs(teacher, 'Tom Mulder', '/#gesprekken');
    await teacher.getByRole('tab', { name: 'Leerlingen' }).click();
    const table = teacher.getByRole('table', { name: 'Leerlingen' });
    await expect(table.getByRole('cell', { name: 'Sem', exact: true })).toBeVisible();
    await expect(table.getByRole('cell', { name: 'Noah', exact: true })).toHaveCount(0);
    await expect(teacher.getByRole('button', { name: /markeren als vertrokken/ })).toHaveCount(0);
    await expect(teacher.getByRole('heading', { name: 'Opruimen na de bewaartermijn' })).toHaveCount(0);
  });
});
