import { expect, test, type ConsoleMessage, type Locator, type Page } from '@playwright/test';
import { DEMO_CYCLE_TITLE } from '../../src/demo/content/cycle';
import { APP_ORIGIN, openInTeams as open, recordRequests, type OpenInTeamsOptions, type TeamsHost } from './teams/host';

/** The app's warning when a framed page got no answer from Teams in time (src/host/index.ts). */
const FALLBACK_WARNING = 'Not running in Teams; using local mode.';

const INGRID = {
  loginHint: 'ingrid.bakker@delinde.example',
  displayName: 'Ingrid Bakker',
  licenseType: 'Teacher',
  id: '3c9e5f1a-7b2d-4c8e-9f0a-1b2c3d4e5f60',
};

/** "rgb(r, g, b)" / "rgba(r, g, b, a)" → relative luminance 0 (black) … 1 (white). */
function luminance(color: string): number {
  const match = /rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)/.exec(color);
  if (!match) throw new Error(`not an rgb colour: ${color}`);
  const [r, g, b] = match.slice(1, 4).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

async function background(locator: Locator): Promise<string> {
  return locator.evaluate((element) => getComputedStyle(element).backgroundColor);
}

function recordConsole(page: Page): ConsoleMessage[] {
  const seen: ConsoleMessage[] = [];
  page.on('console', (message) => seen.push(message));
  return seen;
}

/** The hosts opened in the current test, to report the tab's errors when it fails. */
let opened: TeamsHost[] = [];

async function openInTeams(page: Page, options: OpenInTeamsOptions): Promise<TeamsHost> {
  const host = await open(page, options);
  opened.push(host);
  return host;
}

test.afterEach(async ({}, testInfo) => {
  const errors = opened.flatMap((host) => host.appErrors());
  opened = [];
  if (testInfo.status !== testInfo.expectedStatus && errors.length) {
    testInfo.annotations.push({ type: 'tab errors', description: errors.join('\n') });
    await testInfo.attach('tab-errors.txt', { body: errors.join('\n'), contentType: 'text/plain' });
  }
});

test.describe('Driehoek inside Teams (test host)', () => {
  test('the host answers teams-js’s handshake: initialize, context, theme handler', async ({ page }) => {
    // Independent of what the app renders: all of this happens in detectHost, before React.
    const consoleMessages = recordConsole(page);
    const host = await openInTeams(page, { frameContext: 'sidePanel', locale: 'en-US', user: INGRID });
    await expect.poll(() => host.registered()).toContain('themeChange');

    const requests = await host.requests();
    expect(requests.map((r) => r.func).slice(0, 2)).toEqual(['initialize', 'getContext']);
    const initialize = requests[0];
    // teams-js sends its own version first (then the runtime API version it speaks).
    expect(initialize?.args[0]).toMatch(/^\d+\.\d+\.\d+/);
    expect(host.validOriginsFetched()).toBe(true);
    expect(consoleMessages.some((m) => m.text().includes(FALLBACK_WARNING))).toBe(false);
  });

  test('content tab: signs in the Teams user, speaks English, and follows Teams’ theme', async ({ page }, testInfo) => {
    const consoleMessages = recordConsole(page);
    const requests = recordRequests(page);
    const host = await openInTeams(page, { frameContext: 'content', view: 'tab', locale: 'en-US', theme: 'default', user: INGRID });
    const app = host.app;

    await expect(app.getByRole('tab', { name: 'Timeline', selected: true })).toBeVisible();
    await expect(app.getByRole('heading', { name: DEMO_CYCLE_TITLE })).toBeVisible();
    await expect(app.getByText('Signed in as Ingrid Bakker')).toBeVisible();
    // Teams mode, not local mode: no identity picker, no list of local identities asked for.
    await expect(app.getByRole('heading', { name: /Who are you\?|Wie ben je\?/ })).toHaveCount(0);
    expect(requests.some((r) => r.url().includes('/local/identities'))).toBe(false);
    expect(consoleMessages.some((m) => m.text().includes(FALLBACK_WARNING))).toBe(false);

    await host.waitForCall('appInitialization.success');
    const calls = await host.calls();
    expect(calls[0]).toBe('initialize');
    expect(calls).toEqual(expect.arrayContaining(['getContext', 'registerHandler', 'appInitialization.success']));
    expect(await host.registered()).toContain('themeChange');
    // teams-js asked for its list of valid origins; the host answered it locally.
    expect(host.validOriginsFetched()).toBe(true);

    const frame = await host.appFrame();
    expect(frame.url()).toBe(`${APP_ORIGIN}/index.html?view=tab`);
    expect(await frame.evaluate(() => document.documentElement.lang)).toMatch(/^en/);

    const provider = app.locator('.fui-FluentProvider').first();
    const light = await background(provider);
    expect(luminance(light)).toBeGreaterThan(0.8);

    await host.setTheme('dark');
    await expect.poll(async () => luminance(await background(provider))).toBeLessThan(0.05);
    const dark = await background(provider);
    expect(dark).not.toBe(light);
    // The rest of the app stays as it was: same person, same view.
    await expect(app.getByRole('heading', { name: DEMO_CYCLE_TITLE })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('teams-dark.png'), fullPage: true });

    await host.setTheme('contrast');
    await expect.poll(async () => background(provider)).not.toBe(dark);
    expect(luminance(await background(provider))).toBeLessThan(0.05);
    // Teams' high-contrast theme is black on black with white/yellow text.
    const contrastText = await provider.evaluate((element) => getComputedStyle(element).color);
    expect(luminance(contrastText)).toBeGreaterThan(0.8);

    await host.setTheme('default');
    await expect.poll(async () => background(provider)).toBe(light);
  });

  test('meeting side panel, anonymous participant: the guest page in Dutch and no data', async ({ page }) => {
    const requests = recordRequests(page);
    const host = await openInTeams(page, {
      frameContext: 'sidePanel',
      view: 'tab',
      locale: 'nl-NL',
      user: { licenseType: 'Anonymous', displayName: 'Gast' },
    });
    const app = host.app;

    await expect(app.getByRole('heading', { name: 'Fijn dat u er bent' })).toBeVisible();
    await expect(app.getByRole('tablist')).toHaveCount(0);
    await expect(app.getByText(DEMO_CYCLE_TITLE)).toHaveCount(0);
    await expect(app.getByRole('heading', { name: /Wie ben je\?|Who are you\?/ })).toHaveCount(0);
    expect(await (await host.appFrame()).evaluate(() => document.documentElement.lang)).toMatch(/^nl/);

    const calls = await host.calls();
    expect(calls).toEqual(expect.arrayContaining(['initialize', 'getContext']));

    // Give a late data request the chance to show up before saying there was none.
    await page.waitForTimeout(500);
    const fromTab = requests.filter((r) => r.url().startsWith(APP_ORIGIN));
    expect(fromTab.length).toBeGreaterThan(0); // the tab itself was loaded (so the recorder works)
    expect(fromTab.filter((r) => r.url().includes('/sites/')).map((r) => r.url())).toEqual([]);
    expect(fromTab.filter((r) => /\/local\/(token|identities)/.test(r.url())).map((r) => r.url())).toEqual([]);
  });

  test('the guest page also tells Teams the tab loaded (notifySuccess)', async ({ page }) => {
    // Teams keeps its loading indicator (manifest showLoadingIndicator: true) and finally shows
    // its error page for a tab that never calls notifySuccess.
    const host = await openInTeams(page, { frameContext: 'sidePanel', view: 'tab', locale: 'nl-NL', user: { licenseType: 'Anonymous' } });
    await expect(host.app.getByRole('heading', { name: 'Fijn dat u er bent' })).toBeVisible();
    await host.waitForCall('appInitialization.success', 5_000);
  });

  test('Teams is detected at once: the app renders within 3 s, no fallback to local mode', async ({ page }) => {
    const consoleMessages = recordConsole(page);
    const host = await openInTeams(page, { frameContext: 'content', view: 'tab', locale: 'en-US', user: INGRID });

    await expect(host.app.getByRole('tab', { name: 'Timeline', selected: true })).toBeVisible();
    await host.waitForCall('appInitialization.success');

    // Measured in the browser, from the host page's start. The app renders right after
    // detectHost resolves, so its first render tells how long detection took; a fallback to
    // local mode would render only after the 3 s timeout.
    const { rendered, navigation } = await host.milestones();

    const successAt = await host.successAt();
    const requests = await host.requests();
    const initializeAt = requests.find((r) => r.func === 'initialize')?.at ?? Infinity;
    const contextAt = requests.find((r) => r.func === 'getContext')?.at ?? Infinity;
    test.info().annotations.push({
      type: 'timing',
      description:
        `initialize at ${initializeAt} ms, getContext at ${contextAt} ms, first render at ${rendered} ms, ` +
        `navigation at ${navigation} ms, notifySuccess at ${successAt} ms (from the host page's start)`,
    });

    expect(rendered).toBeDefined();
    expect(rendered as number).toBeLessThan(3_000);
    expect(contextAt - initializeAt).toBeLessThan(1_000);
    expect(consoleMessages.some((m) => m.text().includes(FALLBACK_WARNING))).toBe(false);
    await expect(host.app.getByRole('heading', { name: /Who are you\?|Wie ben je\?/ })).toHaveCount(0);
    await expect(host.app.getByText('Signed in as Ingrid Bakker')).toBeVisible();
  });

  test('share to the stage: staff share from the side panel, a guest on the stage sees the agenda and words, and no data is read', async ({
    page,
    browser,
    baseURL,
  }, testInfo) => {
    // Ingrid (IB) has the demo school's talk about Noah today.
    await page.setViewportSize({ width: 280, height: 900 });
    const host = await openInTeams(page, { frameContext: 'sidePanel', locale: 'nl-NL', user: INGRID, meetingId: 'bWVldGluZy1zdGFnZQ==' });
    const app = host.app;
    await app
      .getByRole('list', { name: 'Jouw gesprekken vandaag' })
      .getByRole('button', { name: /Gesprek over extra ondersteuning – Noah/ })
      .click();
    await expect(app.getByRole('heading', { level: 1, name: 'Gesprek over extra ondersteuning – Noah' })).toBeVisible();
    await app.getByRole('button', { name: 'Op het scherm voor iedereen' }).click();
    await app.getByRole('checkbox', { name: 'TLV' }).check();
    await app.getByRole('button', { name: 'Op het scherm delen' }).click();
    await expect(app.getByText(/^Staat op het scherm\./)).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('stage-share-panel.png'), fullPage: true });

    // Teams asked for the capability first, then shared a URL of the app's own origin.
    const calls = await host.calls();
    expect(calls.indexOf('meeting.getAppContentStageSharingCapabilities')).toBeGreaterThan(-1);
    expect(calls.indexOf('meeting.getAppContentStageSharingCapabilities')).toBeLessThan(calls.indexOf('meeting.shareAppContentToStage'));
    const shared = await host.stageUrl();
    expect(shared).not.toBeNull();
    expect(new URL(shared!).origin).toBe(APP_ORIGIN);
    expect(decodeURIComponent(shared!)).not.toMatch(/Noah|Jeroen|Peters|Ahmed|@/);

    // On the stage: an anonymous participant (a parent), in English, dark theme.
    for (const [locale, theme] of [
      ['nl-NL', 'default'],
      ['en-US', 'dark'],
    ] as const) {
      const context = await browser.newContext({ baseURL, locale, viewport: { width: 1280, height: 800 } });
      const stagePage = await context.newPage();
      const requests = recordRequests(stagePage);
      const stage = await openInTeams(stagePage, {
        frameContext: 'meetingStage',
        url: shared!,
        locale,
        theme,
        user: { licenseType: 'Anonymous', displayName: 'Gast' },
      });
      const heading = locale === 'nl-NL' ? 'Gesprek over extra ondersteuning' : 'Talk about extra support';
      await expect(stage.app.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(stage.app.getByText(locale === 'nl-NL' ? 'TLV (toelaatbaarheidsverklaring)' : /^TLV/)).toBeVisible();
      await expect(stage.app.getByText('Noah')).toHaveCount(0);
      await stage.waitForCall('appInitialization.success');
      await stagePage.screenshot({ path: testInfo.outputPath(`stage-${locale}-${theme}.png`) });
      await stagePage.waitForTimeout(500);
      const fromTab = requests.filter((r) => r.url().startsWith(APP_ORIGIN));
      expect(fromTab.length).toBeGreaterThan(0);
      expect(fromTab.filter((r) => r.url().includes('/graph/')).map((r) => r.url())).toEqual([]);
      expect(fromTab.filter((r) => /\/local\/(token|identities)/.test(r.url())).map((r) => r.url())).toEqual([]);
      await context.close();
    }
  });

  test('Instellingen in Teams: the MT gives a team member a role; a teacher is told whom to ask', async ({ page, browser, baseURL }, testInfo) => {
    const MARK = { loginHint: 'mark.devries@delinde.example', displayName: 'Mark de Vries', licenseType: 'Teacher', id: '1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d' };
    const host = await openInTeams(page, { frameContext: 'content', view: 'tab', locale: 'nl-NL', user: MARK, section: 'instellingen' });
    const app = host.app;
    await expect(app.getByRole('heading', { level: 1, name: 'Instellingen' })).toBeVisible({ timeout: 20_000 });
    const table = app.getByRole('table', { name: 'Teamleden en hun rol' });
    await expect(table.getByRole('row').filter({ hasText: 'Ingrid Bakker' })).toBeVisible();
    await expect(table.getByText(/Jeroen Peters/)).toHaveCount(0);

    // Eva moves from group 5 to group 4 (both middenbouw).
    await app.getByLabel('Groep: Eva de Boer').selectOption({ label: 'Groep 4' });
    await app.getByRole('button', { name: 'Rol van Eva de Boer opslaan' }).click();
    await expect(table.getByRole('row').filter({ hasText: 'Eva de Boer' }).getByText('Opgeslagen')).toBeVisible();
    await expect(app.getByLabel('Groep: Eva de Boer')).toHaveValue('4');
    await page.screenshot({ path: testInfo.outputPath('settings-nl-light.png'), fullPage: true });

    // Another bouw clears a group that is not part of it, so no impossible pair can be saved.
    await app.getByLabel('Groep: Noor Hendriks').selectOption({ label: 'Groep 6' });
    await app.getByLabel('Bouw: Noor Hendriks').selectOption({ label: 'Onderbouw (groep 1–3)' });
    await expect(app.getByLabel('Groep: Noor Hendriks')).toHaveValue('');

    const context = await browser.newContext({ baseURL, locale: 'en-US' });
    const teacher = await openInTeams(await context.newPage(), {
      frameContext: 'content',
      view: 'tab',
      locale: 'en-US',
      theme: 'dark',
      user: { loginHint: 'tom.mulder@delinde.example', displayName: 'Tom Mulder', licenseType: 'Teacher' },
      section: 'instellingen',
    });
    await expect(teacher.app.getByText('Roles are set by management and the intern begeleider. Is your role wrong? Ask them.')).toBeVisible({
      timeout: 20_000,
    });
    await expect(teacher.app.getByRole('table')).toHaveCount(0);
    await teacher.page.screenshot({ path: testInfo.outputPath('settings-en-dark-teacher.png'), fullPage: true });
    await context.close();

    const dark = await browser.newContext({ baseURL, locale: 'en-US' });
    const mtDark = await openInTeams(await dark.newPage(), { frameContext: 'content', view: 'tab', locale: 'en-US', theme: 'dark', user: MARK, section: 'instellingen' });
    await expect(mtDark.app.getByRole('table', { name: 'Team members and their role' })).toBeVisible({ timeout: 20_000 });
    await mtDark.page.screenshot({ path: testInfo.outputPath('settings-en-dark.png'), fullPage: true });
    await dark.close();
  });
});
