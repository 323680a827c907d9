/**
 * A Teams test host for the end-to-end tests: a page that plays the Teams web client, frames
 * our tab and answers teams-js's postMessage protocol (hostPage.js), so the real app in real
 * Chromium gets a Teams context and Teams events.
 *
 *   const host = await openInTeams(page, { frameContext: 'content', locale: 'en-US', user: { loginHint } });
 *   await expect(host.app.getByRole('tab', { name: 'Timeline' })).toBeVisible();
 *   await host.setTheme('dark');
 *   expect(await host.calls()).toContain('appInitialization.success');
 *
 * teams-js only listens to a parent on its list of Teams origins (https only), so the host page
 * is served as https://teams.microsoft.com through `page.route` (nothing leaves the machine).
 * The tab itself comes from the local server (http://127.0.0.1, a potentially trustworthy
 * origin, so an https page may frame it without a mixed-content block; Chromium's Local Network
 * Access check still asks permission for a public page framing loopback, which openInTeams
 * grants to the Teams origin). teams-js's request for its list of valid origins
 * (res.cdn.office.net) gets a fixed local answer, so no run depends on the network.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, FrameLocator, Page, Request } from '@playwright/test';

export const TEAMS_ORIGIN = 'https://teams.microsoft.com';
/** Where the host page lives; any path on the Teams origin would do. */
export const TEAMS_HOST_URL = `${TEAMS_ORIGIN}/v2/driehoek-test-host`;
/** teams-js 2.x fetches this on import (internal/constants.js, validOriginsCdnEndpoint). */
export const VALID_ORIGINS_URL = 'https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json';
/** The local server Playwright starts (playwright.config.ts). */
export const APP_ORIGIN = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 53210)}`;

export type TeamsFrameContext = 'content' | 'sidePanel' | 'meetingStage' | 'settings' | 'remove';
export type TeamsTheme = 'default' | 'dark' | 'contrast';

export interface TeamsUser {
  /** UPN/e-mail Teams gives as login hint; the local app signs this person in. */
  loginHint?: string;
  displayName?: string;
  /** e.g. 'Teacher', 'Student', 'Anonymous', 'Guest'. */
  licenseType?: string;
  /** AAD object id (userObjectId). */
  id?: string;
  /** Tenant id (tid). */
  tenant?: string;
}

export interface OpenInTeamsOptions {
  frameContext: TeamsFrameContext;
  /** Teams' locale, e.g. 'en-US' (Teams sends it lower-case, as 'en-us'). Default 'nl-NL'. */
  locale?: string;
  theme?: TeamsTheme;
  user?: TeamsUser;
  /** Meeting id for sidePanel/meetingStage (a default one is made up there). */
  meetingId?: string;
  /** A full tab URL to load instead (e.g. the one the tab shared to the stage); view/query/section are then ignored. */
  url?: string;
  /**
   * The tab URL's `?view=`, as in the manifest: 'tab' or 'personal' (the app), 'config' (the
   * configuration page), 'about', 'privacy', 'terms'. Default: none (the app).
   */
  view?: string;
  /** The section to open; the app keeps it in the URL hash, e.g. 'tijdspad'. */
  section?: string;
  /** Extra query for the tab URL, e.g. { lang: 'en' }; the app reads the URL only in local mode. */
  query?: Record<string, string>;
  /** 'web' unless told; 'desktop' is the other one Teams uses for a tab in an iframe. */
  hostClientType?: string;
  /** Fields to add to or override in the (v1, flat) context Teams sends for getContext. */
  context?: Record<string, unknown>;
  /** Fixed answers (the args array) for calls, overriding the host's own, e.g. {'settings.setSettings': [false]}. */
  answers?: Record<string, unknown[]>;
  /** Capabilities the host announces in its runtime (replaces the default `supports`). */
  supports?: Record<string, unknown>;
}

export interface HostRequest {
  func: string;
  args: unknown[];
  id: number;
  uuid?: string;
  /** ms since the host page started. */
  at: number;
}

export interface TeamsHost {
  page: Page;
  /** The tab's iframe, for locators: host.app.getByRole(…). */
  app: FrameLocator;
  /** The tab's Frame (for evaluate, url, …), once it is attached. */
  appFrame(): Promise<Frame>;
  /** The URL the iframe loads. */
  appUrl: string;
  /** Date.now() right before the host page was requested. */
  openedAt: number;
  /** Changes Teams' theme: sends themeChange to the tab and updates the context. */
  setTheme(theme: TeamsTheme): Promise<void>;
  /** Sends any host event to the tab. */
  emit(func: string, args?: unknown[]): Promise<void>;
  /** The funcs the tab called, in order (e.g. 'initialize', 'getContext', 'appInitialization.success'). */
  calls(): Promise<string[]>;
  /** The tab's requests with their args. */
  requests(): Promise<HostRequest[]>;
  /** Host events the tab registered handlers for (e.g. 'themeChange'). */
  registered(): Promise<string[]>;
  /** Waits until the tab called `func` (e.g. 'appInitialization.success'). */
  waitForCall(func: string, timeoutMs?: number): Promise<void>;
  /** ms from the host page's start to the tab's notifySuccess (appInitialization.success); null if not yet. */
  successAt(): Promise<number | null>;
  /** The URL the tab last shared to the meeting stage (meeting.shareAppContentToStage), or null. */
  stageUrl(): Promise<string | null>;
  /** Whether teams-js asked for its valid-origins list (answered locally). */
  validOriginsFetched(): boolean;
  /** console.error messages and uncaught errors of the tab (its frame only), oldest first. */
  appErrors(): string[];
  /**
   * When the tab first showed something, in ms from the host page's start (one clock: both are
   * epoch-based): `rendered` when React first put an element into #root (right after detectHost),
   * `navigation` when a selected tab of the navigation appeared. Undefined: not (yet) seen.
   */
  milestones(): Promise<TabMilestones>;
}

export interface TabMilestones {
  rendered?: number;
  navigation?: number;
}

/**
 * Runs in every frame before its own scripts; in the tab it notes (epoch ms) when the
 * milestones' elements first appear. Instrumentation only: it changes nothing in the tab.
 */
function watchMilestones(appOrigin: string): void {
  if (location.origin !== appOrigin) return;
  const marks: Record<string, number> = {};
  const selectors: Record<string, string> = { rendered: '#root > *', navigation: '[role="tab"][aria-selected="true"]' };
  (window as unknown as { __teamsHostMilestones: Record<string, number> }).__teamsHostMilestones = marks;
  const check = () => {
    for (const [name, selector] of Object.entries(selectors)) {
      if (marks[name] === undefined && document.querySelector(selector)) marks[name] = performance.timeOrigin + performance.now();
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
}

/** The runtime a current Teams web client announces on initialize (teams-js runtime v4). */
export const DEFAULT_SUPPORTS: Record<string, unknown> = {
  app: {},
  appInstallDialog: {},
  dialog: { card: { bot: {} }, url: { bot: {}, parentCommunication: {} }, update: {} },
  meeting: {},
  pages: { appButton: {}, backStack: {}, config: {}, currentApp: {}, fullTrust: {}, tabs: {} },
  sharing: {},
  stageView: {},
  teams: { fullTrust: { joinedTeams: {} } },
};

const TENANT_ID = '6f1b3c2a-5d4e-4f80-9a1b-2c3d4e5f6a7b';

/** The team the tab is added to, as Teams knows it: the local server's own team. */
export interface HostTeam {
  /** The Microsoft 365 group's id (context groupId / team.groupId). */
  groupId: string;
  /** The General channel's id, which is also the team's thread id (context teamId / team.internalId). */
  channelId: string;
  displayName: string;
  /** The team site's URL (context teamSiteUrl). */
  siteUrl: string;
}

let hostTeam: Promise<HostTeam> | undefined;

/**
 * The local server's team, read once through its Graph as the school's first staff member, so the
 * context names the team whose data the tab reads (a made-up id would name a team nobody is in).
 */
export function localTeam(): Promise<HostTeam> {
  hostTeam ??= (async () => {
    const identities = (await (await fetch(`${APP_ORIGIN}/local/identities`)).json()) as { value: { upn: string; role: string }[] };
    const member = identities.value.find((i) => i.role !== 'guest');
    if (!member) throw new Error('the local server lists no staff');
    const tokenAnswer = await fetch(`${APP_ORIGIN}/local/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: member.upn }),
    });
    const { access_token: token } = (await tokenAnswer.json()) as { access_token: string };
    const get = async <T>(path: string): Promise<T> => {
      const answer = await fetch(`${APP_ORIGIN}/graph/v1.0${path}`, { headers: { Authorization: `Bearer ${token}` } });
      if (!answer.ok) throw new Error(`GET ${path} → ${answer.status}`);
      return (await answer.json()) as T;
    };
    const [team] = (await get<{ value: { id: string; displayName: string }[] }>('/me/joinedTeams')).value;
    if (!team) throw new Error('the local server has no team');
    const [channel, site] = await Promise.all([
      get<{ id: string }>(`/teams/${team.id}/primaryChannel?$select=id`),
      get<{ webUrl: string }>(`/groups/${team.id}/sites/root?$select=webUrl`),
    ]);
    return { groupId: team.id, channelId: channel.id, displayName: team.displayName, siteUrl: site.webUrl };
  })();
  hostTeam.catch(() => (hostTeam = undefined));
  return hostTeam;
}

/** Teams' legacy (flat, v1) context, as the client sends it for getContext. */
export function legacyContext(options: OpenInTeamsOptions, team: HostTeam): Record<string, unknown> {
  const { frameContext, user } = options;
  const inMeeting = frameContext === 'sidePanel' || frameContext === 'meetingStage';
  const meetingId = options.meetingId ?? (inMeeting ? 'MCMxOTptZWV0aW5nX2RyaWVob2VrQHRocmVhZC52Mg==' : undefined);
  const context: Record<string, unknown> = {
    locale: (options.locale ?? 'nl-NL').toLowerCase(),
    osLocaleInfo: { platform: 'windows', regionalFormat: (options.locale ?? 'nl-NL').toLowerCase() },
    theme: options.theme ?? 'default',
    frameContext,
    entityId: 'driehoek',
    subEntityId: '',
    appSessionId: 'a7e2f9b4-0c1d-4e2f-8a3b-9c0d1e2f3a4b',
    sessionId: 'b8f3a0c5-1d2e-4f30-9b4c-0d1e2f3a4b5c',
    hostName: 'Teams',
    hostClientType: options.hostClientType ?? 'web',
    ringId: 'general',
    isFullScreen: false,
    isMultiWindow: false,
    appLaunchId: 'c9a4b1d6-2e3f-4a41-8c5d-1e2f3a4b5c6d',
    userClickTime: Date.now(),
    teamSiteUrl: team.siteUrl,
    teamSiteDomain: new URL(team.siteUrl).hostname,
    teamSitePath: new URL(team.siteUrl).pathname,
    tenantSKU: 'education',
  };
  if (user?.loginHint) {
    context.loginHint = user.loginHint;
    context.userPrincipalName = user.loginHint;
  }
  if (user?.displayName) context.userDisplayName = user.displayName;
  if (user?.licenseType) context.userLicenseType = user.licenseType;
  if (user?.id) context.userObjectId = user.id;
  if (user && user.licenseType?.toLowerCase() !== 'anonymous') context.tid = user.tenant ?? TENANT_ID;
  else if (user?.tenant) context.tid = user.tenant;
  if (inMeeting) {
    context.meetingId = meetingId;
    context.chatId = '19:meeting_driehoek@thread.v2';
  } else {
    if (meetingId) context.meetingId = meetingId;
    Object.assign(context, {
      teamId: team.channelId,
      teamName: team.displayName,
      teamType: 0,
      groupId: team.groupId,
      userTeamRole: 1,
      channelId: team.channelId,
      channelName: 'General',
      channelType: 'Regular',
    });
  }
  return { ...context, ...options.context };
}

/** The tab URL the iframe loads. */
export function appUrlFor(options: OpenInTeamsOptions): string {
  if (options.url) return options.url;
  const url = new URL('/index.html', APP_ORIGIN);
  if (options.view) url.searchParams.set('view', options.view);
  for (const [key, value] of Object.entries(options.query ?? {})) url.searchParams.set(key, value);
  if (options.section) url.hash = options.section;
  return url.toString();
}

let hostScript: string | undefined;
function hostPageScript(): string {
  hostScript ??= readFileSync(join(__dirname, 'hostPage.js'), 'utf8');
  return hostScript;
}

/** JSON that is safe inside <script>: no "</script>", no "<!--". */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

export function hostPageHtml(options: OpenInTeamsOptions, team: HostTeam): string {
  const appUrl = appUrlFor(options);
  const config = {
    appUrl,
    frameContext: options.frameContext,
    hostClientType: options.hostClientType ?? 'web',
    runtime: {
      apiVersion: 4,
      hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
      isLegacyTeams: false,
      supports: options.supports ?? DEFAULT_SUPPORTS,
    },
    clientSupportedSDKVersion: '2.0.0',
    context: legacyContext(options, team),
    answers: options.answers ?? {},
  };
  const src = appUrl.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Microsoft Teams (test host)</title>
<style>
  html, body { margin: 0; height: 100%; }
  body { display: flex; flex-direction: column; font: 14px system-ui, sans-serif; background: #ebebeb; }
  #teams-bar { flex: none; height: 32px; display: flex; align-items: center; padding: 0 12px; background: #464775; color: #fff; }
  #teams-app-frame { flex: 1; width: 100%; border: 0; }
</style>
<script type="application/json" id="teams-host-config">${scriptJson(config)}</script>
</head>
<body>
<div id="teams-bar">Teams test host · ${options.frameContext}</div>
<iframe id="teams-app-frame" title="Driehoek" src="${src}"></iframe>
<script>${hostPageScript()}</script>
</body>
</html>`;
}

/** Opens the tab in the Teams test host and returns a handle on the host. */
export async function openInTeams(page: Page, options: OpenInTeamsOptions): Promise<TeamsHost> {
  const appUrl = appUrlFor(options);
  const team = await localTeam();
  let validOriginsFetched = false;

  // The host page: anything on the Teams origin answers with it (a favicon request included).
  await page.route(`${TEAMS_ORIGIN}/**`, (route) =>
    route.request().resourceType() === 'document'
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: hostPageHtml(options, team) })
      : route.fulfill({ status: 404, body: '' }),
  );
  // teams-js's valid origins, answered locally (the tab fetches it cross-origin: CORS header).
  await page.route(VALID_ORIGINS_URL, (route) => {
    validOriginsFetched = true;
    return route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { 'Access-Control-Allow-Origin': '*' },
      body: JSON.stringify({ validOrigins: ['teams.microsoft.com', 'teams.cloud.microsoft', '*.teams.microsoft.com'] }),
    });
  });

  // Chromium's Local Network Access blocks a public page (the Teams origin) from framing a
  // loopback one unless the user allows it. In real Teams the tab is public too; here the user
  // has "allowed" Teams to reach the local server, which is what a developer does for localhost.
  await page.context().grantPermissions(['local-network-access'], { origin: TEAMS_ORIGIN });

  // The tab's errors (logged from its scripts), so a failing test can say why the tab broke.
  const appErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && message.location().url.startsWith(APP_ORIGIN)) appErrors.push(message.text());
  });
  page.on('pageerror', (error) => appErrors.push(`uncaught: ${error.message}`));

  await page.addInitScript(watchMilestones, APP_ORIGIN);

  const openedAt = Date.now();
  await page.goto(TEAMS_HOST_URL);

  const evaluate = <T>(fn: string): Promise<T> => page.evaluate(fn) as Promise<T>;
  const host: TeamsHost = {
    page,
    app: page.frameLocator('#teams-app-frame'),
    appUrl,
    openedAt,
    async appFrame() {
      const element = await page.waitForSelector('#teams-app-frame', { state: 'attached' });
      const frame = await element.contentFrame();
      if (!frame) throw new Error('the tab iframe has no frame');
      return frame;
    },
    setTheme: (theme) => page.evaluate((t) => (window as unknown as TestHostWindow).teamsHost.setTheme(t), theme),
    emit: (func, args = []) =>
      page.evaluate(([f, a]) => (window as unknown as TestHostWindow).teamsHost.emit(f as string, a as unknown[]), [func, args] as const),
    calls: () => evaluate<string[]>('window.teamsHost.calls()'),
    requests: () => evaluate<HostRequest[]>('window.teamsHost.requests()'),
    registered: () => evaluate<string[]>('window.teamsHost.registered()'),
    async waitForCall(func, timeoutMs = 10_000) {
      try {
        await page.waitForFunction((f) => (window as unknown as TestHostWindow).teamsHost.calls().includes(f), func, {
          timeout: timeoutMs,
        });
      } catch (error) {
        const seen = await evaluate<string[]>('window.teamsHost.calls()').catch(() => ['(host page gone)']);
        throw new Error(`the tab did not call ${func} within ${timeoutMs} ms; it called: ${seen.join(', ') || 'nothing'}`, {
          cause: error,
        });
      }
    },
    successAt: () => evaluate<number | null>('window.teamsHost.successAt()'),
    stageUrl: () => evaluate<string | null>('window.teamsHost.stageUrl()'),
    validOriginsFetched: () => validOriginsFetched,
    appErrors: () => [...appErrors],
    async milestones() {
      const hostStart = await page.evaluate(() => performance.timeOrigin);
      const frame = await host.appFrame();
      const marks = await frame.evaluate(
        () => (window as unknown as { __teamsHostMilestones?: Record<string, number> }).__teamsHostMilestones ?? {},
      );
      return Object.fromEntries(Object.entries(marks).map(([name, at]) => [name, Math.round(at - hostStart)]));
    },
  };
  return host;
}

/** The host page's window.teamsHost (hostPage.js). */
interface TestHostWindow {
  teamsHost: {
    setTheme(theme: string): void;
    emit(func: string, args: unknown[]): void;
    calls(): string[];
  };
}

/** Requests the tab (any frame of the page) makes, for asserting what it did or did not read. */
export function recordRequests(page: Page): Request[] {
  const seen: Request[] = [];
  page.on('request', (request) => seen.push(request));
  return seen;
}
