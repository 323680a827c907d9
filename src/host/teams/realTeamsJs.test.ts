/** @jest-environment jsdom */
/**
 * The Teams adapter against the real teams-js, running in jsdom, talking to a fake Teams in the
 * parent frame over teams-js's postMessage protocol (the way teams-js's own tests fake a host):
 *   app → host: { id, uuidAsString, func, args, … }   (the first one, "initialize", to "*")
 *   host → app: { id, uuidAsString, args }             (answers, matched by uuid, else id)
 *   host → app: { func, args }                          (events, e.g. "themeChange")
 * Answers must come from a window teams-js considers its parent, from an origin on its list.
 */
import type * as TeamsJs from '@microsoft/teams-js';
import { detectHost } from '../index';
import type { Host } from '../types';

// teams-js fetches its list of valid origins from a CDN as soon as it is imported. An empty
// list makes it use the list it ships with (teams.microsoft.com etc.). jsdom has no fetch.
const fetchStub = jest.fn(async () => ({ ok: true, json: async () => ({ validOrigins: [] }) }));
Object.defineProperty(globalThis, 'fetch', { value: fetchStub, configurable: true, writable: true });

const TEAMS_ORIGIN = 'https://teams.microsoft.com';

interface AppRequest {
  id: number;
  uuidAsString?: string;
  func: string;
  args: unknown[];
}

type Answer = (args: unknown[]) => unknown[] | undefined;

/** A stand-in for the Teams client hosting the app's iframe. */
class FakeTeams {
  readonly requests: AppRequest[] = [];
  /** What the app sees as `window.parent`. */
  readonly window = {
    closed: false,
    postMessage: (data: AppRequest, targetOrigin: string) => this.receive(data, targetOrigin),
  };
  readonly targetOrigins: string[] = [];

  constructor(
    private readonly answers: Record<string, Answer>,
    private readonly origin = TEAMS_ORIGIN,
  ) {}

  private receive(request: AppRequest, targetOrigin: string): void {
    this.requests.push(request);
    this.targetOrigins.push(targetOrigin);
    const answer = this.answers[request.func];
    const args = answer?.(request.args);
    // Asynchronously, as a real cross-frame answer would be.
    if (args) setTimeout(() => this.post({ id: request.id, uuidAsString: request.uuidAsString, args }), 0);
  }

  /** Sends a host event (no id), e.g. a theme change. */
  emit(func: string, args: unknown[]): void {
    this.post({ func, args });
  }

  private post(data: object): void {
    window.dispatchEvent(
      new MessageEvent('message', { data, origin: this.origin, source: this.window as unknown as Window }),
    );
  }

  funcs(): string[] {
    return this.requests.map((r) => r.func);
  }
}

/** The runtime a current Teams client announces on initialize (teams-js runtime v4). */
const runtime = JSON.stringify({
  apiVersion: 4,
  hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
  supports: { app: {}, appInstallDialog: {}, meeting: {}, pages: { appButton: {}, config: {}, tabs: {} }, teams: {} },
});

/** Teams' (legacy, flat) context as the host sends it for getContext. */
function legacyContext(frameContext: string): Record<string, unknown> {
  return {
    locale: 'en-gb',
    theme: 'default',
    frameContext,
    entityId: 'driehoek',
    hostName: 'Teams',
    hostClientType: 'web',
    userObjectId: 'user-1',
    userPrincipalName: 'ib@school.example',
    loginHint: 'ib@school.example',
    userDisplayName: 'Ingrid Bakker',
    userLicenseType: 'Teacher',
    tid: 'tenant-1',
    teamId: '19:team@thread.tacv2',
    groupId: 'group-1',
    channelId: '19:channel@thread.tacv2',
    teamSiteUrl: 'https://school.sharepoint.com/sites/team-delinde',
    meetingId: frameContext === 'sidePanel' ? 'meeting-1' : undefined,
  };
}

function teamsAnswering(frameContext: string, extra: Record<string, Answer> = {}): FakeTeams {
  return new FakeTeams({
    initialize: () => [frameContext, 'web', runtime, '2.0.0'],
    getContext: () => [legacyContext(frameContext)],
    ...extra,
  });
}

let teamsJs: typeof TeamsJs | undefined;

function frameInside(fake: FakeTeams): void {
  Object.defineProperty(window, 'parent', { configurable: true, get: () => fake.window });
}

async function connect(fake: FakeTeams, timeoutMs = 2000): Promise<Host> {
  frameInside(fake);
  // The same module instance detectHost will load lazily, so the test can reset it afterwards.
  teamsJs = await import('@microsoft/teams-js');
  return detectHost({
    frame: window,
    browser: { search: '', languages: ['nl-NL'] },
    teamsTimeoutMs: timeoutMs,
    onFallback: () => undefined,
  });
}

/** Lets queued message events and their promise chains run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

afterEach(() => {
  // teams-js keeps module-wide state (initialize runs once); reset it like its own tests do.
  teamsJs?.app._uninitialize();
  Object.defineProperty(window, 'parent', { configurable: true, get: () => window });
});

describe('the Teams adapter over the real teams-js', () => {
  it('initializes, maps the real context and follows theme changes', async () => {
    const fake = teamsAnswering('content');
    const host = await connect(fake);

    expect(fake.requests[0]?.func).toBe('initialize');
    expect(fake.targetOrigins[0]).toBe('*'); // teams-js does not know its host's origin yet
    expect(fake.funcs()).toContain('getContext');
    expect(host.context).toEqual({
      kind: 'teams',
      frameContext: 'content',
      locale: 'en-GB',
      theme: 'default',
      user: {
        id: 'user-1',
        loginHint: 'ib@school.example',
        displayName: 'Ingrid Bakker',
        tenantId: 'tenant-1',
        licenseType: 'Teacher',
      },
      teamSiteUrl: 'https://school.sharepoint.com/sites/team-delinde',
      teams: {
        hostName: 'Teams',
        clientType: 'web',
        rawFrameContext: 'content',
        groupId: 'group-1',
        channelId: '19:channel@thread.tacv2',
      },
    });
    // Once Teams answered, teams-js addresses it by its origin only.
    expect(fake.targetOrigins.slice(1).every((origin) => origin === TEAMS_ORIGIN)).toBe(true);
    // Only the configuration page gets the Save flow; only the meeting the stage.
    expect(host.tabConfig).toBeUndefined();
    expect(host.meetingStage).toBeUndefined();

    await settle();
    const registration = fake.requests.find((r) => r.func === 'registerHandler');
    expect(registration?.args).toEqual(['themeChange']);

    const seen: string[] = [];
    const unsubscribe = host.onThemeChange((theme) => seen.push(theme));
    fake.emit('themeChange', ['dark']);
    await settle();
    expect(seen).toEqual(['dark']);
    expect(host.context.theme).toBe('dark');

    unsubscribe();
    fake.emit('themeChange', ['contrast']);
    await settle();
    expect(seen).toEqual(['dark']);
    expect(host.context.theme).toBe('contrast');
  });

  it('tells Teams the app loaded', async () => {
    const fake = teamsAnswering('content');
    const host = await connect(fake);
    host.notifySuccess();
    await settle();
    expect(fake.funcs()).toContain('appInitialization.success');

    host.notifyFailure?.('AuthFailed', 'no token');
    const failure = fake.requests.find((r) => r.func === 'appInitialization.failure');
    expect(failure?.args.slice(0, 2)).toEqual(['AuthFailed', 'no token']);
  });

  it('offers stage sharing in the meeting side panel', async () => {
    const fake = teamsAnswering('sidePanel', {
      'meeting.getAppContentStageSharingState': () => [null, { isAppSharing: true }],
      'meeting.getAppContentStageSharingCapabilities': () => [null, { doesAppHaveSharePermission: true }],
      'meeting.shareAppContentToStage': () => [null, true],
    });
    const host = await connect(fake);
    expect(host.context.frameContext).toBe('sidePanel');
    expect(host.context.meetingId).toBe('meeting-1');
    const stage = host.meetingStage;
    if (!stage) throw new Error('expected a meeting stage capability in the side panel');

    await expect(stage.isSharing()).resolves.toBe(true);
    await expect(stage.canShare()).resolves.toBe(true);
    await expect(stage.share('https://driehoek.example/#/stage')).resolves.toBeUndefined();
    const share = fake.requests.find((r) => r.func === 'meeting.shareAppContentToStage');
    expect(share?.args[0]).toBe('https://driehoek.example/#/stage');
  });

  it('runs the configuration page Save flow', async () => {
    const fake = teamsAnswering('settings', { 'settings.setSettings': () => [true] });
    const host = await connect(fake);
    const tabConfig = host.tabConfig;
    if (!tabConfig) throw new Error('expected a tab config capability in the settings frame');

    tabConfig.setValid(true);
    tabConfig.onSave(async () => ({ contentUrl: 'https://driehoek.example/', suggestedDisplayName: 'Driehoek' }));
    await settle();
    expect(fake.requests.find((r) => r.func === 'settings.setValidityState')?.args).toEqual([true]);

    fake.emit('settings.save', [{}]);
    await settle();
    expect(fake.requests.find((r) => r.func === 'settings.setSettings')?.args).toEqual([
      { contentUrl: 'https://driehoek.example/', suggestedDisplayName: 'Driehoek' },
    ]);
    expect(fake.funcs()).toContain('settings.save.success');
  });

  it('ignores a parent outside teams-js’s valid origins and falls back to local mode', async () => {
    const fake = new FakeTeams(
      { initialize: () => ['content', 'web', runtime, '2.0.0'] },
      'https://evil.example',
    );
    const host = await connect(fake, 300);
    expect(fake.funcs()).toEqual(['initialize']);
    expect(host.context.kind).toBe('browser');
  });
});
