import type { app } from '@microsoft/teams-js';
import { getHostContext, initializeApp, mapTeamsContext, notifyFailure, notifySuccess } from './app';

/** A context as teams-js builds it from what Teams sends (see transformLegacyContextToAppContext). */
type ContextOverrides = Omit<Partial<app.Context>, 'app' | 'page'> & {
  app?: Partial<app.AppInfo>;
  page?: Partial<app.PageInfo>;
};

function teamsContext(overrides: ContextOverrides = {}): app.Context {
  const { app: appInfo, page, ...rest } = overrides;
  return {
    app: {
      locale: 'nl-nl',
      theme: 'default',
      sessionId: 's-1',
      host: { name: 'Teams', clientType: 'desktop', sessionId: 'h-1' },
      ...appInfo,
    } as app.AppInfo,
    page: { id: 'driehoek', frameContext: 'content', ...page } as app.PageInfo,
    dialogParameters: {},
    ...rest,
  };
}

describe('mapTeamsContext', () => {
  it('maps a team tab with user, site and team details', () => {
    const context = teamsContext({
      user: {
        id: 'u-1',
        loginHint: 'mt@school.example',
        displayName: 'Mia de Vries',
        licenseType: 'Teacher',
        userPrincipalName: 'mt@school.example',
        tenant: { id: 't-1', teamsSku: 'edu' },
      },
      sharePointSite: { teamSiteUrl: 'https://school.sharepoint.com/sites/delinde', teamSiteDomain: 'school.sharepoint.com' },
      team: { internalId: '19:x', groupId: 'g-1' },
      channel: { id: '19:c' },
    });
    expect(mapTeamsContext(context)).toEqual({
      kind: 'teams',
      frameContext: 'content',
      locale: 'nl-NL',
      theme: 'default',
      user: { id: 'u-1', loginHint: 'mt@school.example', displayName: 'Mia de Vries', tenantId: 't-1', licenseType: 'Teacher' },
      teamSiteUrl: 'https://school.sharepoint.com/sites/delinde',
      teams: { hostName: 'Teams', clientType: 'desktop', rawFrameContext: 'content', groupId: 'g-1', channelId: '19:c' },
    });
  });

  it('maps a meeting side panel with its meeting id', () => {
    const mapped = mapTeamsContext(
      teamsContext({ page: { frameContext: 'sidePanel' as app.PageInfo['frameContext'] }, meeting: { id: 'm-1' }, chat: { id: '19:meeting' } }),
    );
    expect(mapped).toMatchObject({ frameContext: 'sidePanel', meetingId: 'm-1', teams: { chatId: '19:meeting' } });
  });

  it('leaves out what Teams does not know (anonymous meeting guest, no team)', () => {
    // teams-js fills a missing user object id with "".
    const mapped = mapTeamsContext(teamsContext({ user: { id: '' } }));
    expect(mapped.user).toBeUndefined();
    expect(mapped).not.toHaveProperty('meetingId');
    expect(mapped).not.toHaveProperty('teamSiteUrl');
    expect(mapped.teams).toEqual({ hostName: 'Teams', clientType: 'desktop', rawFrameContext: 'content' });
  });

  it.each([
    ['dark', 'dark'],
    ['contrast', 'contrast'],
    ['default', 'default'],
    ['glass', 'default'],
  ])('maps theme %s to %s', (theme, expected) => {
    expect(mapTeamsContext(teamsContext({ app: { theme } })).theme).toBe(expected);
  });

  it.each([
    ['en-us', 'en-US'],
    ['en-gb', 'en-GB'],
    ['nl-be', 'nl-BE'],
    ['de-de', 'nl-NL'],
    ['', 'nl-NL'],
  ])('resolves locale %s to %s', (locale, expected) => {
    expect(mapTeamsContext(teamsContext({ app: { locale } })).locale).toBe(expected);
  });

  it('keeps the original frame context for ones the app folds into content', () => {
    const mapped = mapTeamsContext(teamsContext({ page: { frameContext: 'task' as app.PageInfo['frameContext'] } }));
    expect(mapped.frameContext).toBe('content');
    expect(mapped.teams?.rawFrameContext).toBe('task');
  });
});

describe('app calls', () => {
  it('passes extra valid origins to initialize', async () => {
    const initialize = jest.fn(async () => undefined);
    await initializeApp({ initialize }, ['https://host.example']);
    expect(initialize).toHaveBeenCalledWith(['https://host.example']);
  });

  it('reads and maps the context', async () => {
    const getContext = jest.fn(async () => teamsContext({ app: { theme: 'dark' } }));
    await expect(getHostContext({ getContext })).resolves.toMatchObject({ kind: 'teams', theme: 'dark' });
  });

  it('logs instead of throwing when notifySuccess fails', async () => {
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const failing = { notifySuccess: jest.fn(async () => Promise.reject(new Error('not initialised'))) };
    await expect(notifySuccess(failing)).resolves.toBeUndefined();
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });

  it('sends the failure reason and message', () => {
    const fake = { notifyFailure: jest.fn() };
    notifyFailure(fake, 'Timeout', 'Graph did not answer');
    expect(fake.notifyFailure).toHaveBeenCalledWith({ reason: 'Timeout', message: 'Graph did not answer' });
  });
});
