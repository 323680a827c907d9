import type { app } from '@microsoft/teams-js';
import { connectTeams, type TeamsApis } from './host';

function fakeApis(frameContext: string, theme = 'default') {
  let themeHandler: ((theme: string) => void) | undefined;
  const context = {
    app: { locale: 'en-us', theme, sessionId: 's', host: { name: 'Teams', clientType: 'web', sessionId: 'h' } },
    page: { id: 'p', frameContext },
    dialogParameters: {},
  } as unknown as app.Context;
  const apis: TeamsApis = {
    app: {
      initialize: jest.fn(async () => undefined),
      getContext: jest.fn(async () => context),
      notifySuccess: jest.fn(async () => ({ hasFinishedSuccessfully: true as const })),
      notifyFailure: jest.fn(),
      registerOnThemeChangeHandler: jest.fn((handler: (theme: string) => void) => {
        themeHandler = handler;
      }),
    },
    meeting: {
      shareAppContentToStage: jest.fn(),
      getAppContentStageSharingState: jest.fn(),
      getAppContentStageSharingCapabilities: jest.fn(),
    },
    pagesConfig: { setValidityState: jest.fn(), setConfig: jest.fn(), registerOnSaveHandler: jest.fn() },
  };
  return { apis, changeTheme: (t: string) => themeHandler?.(t) };
}

describe('connectTeams', () => {
  it('initialises before reading the context and registers one theme handler', async () => {
    const { apis, changeTheme } = fakeApis('content', 'dark');
    const host = await connectTeams(apis, { validMessageOrigins: ['https://host.example'] });
    expect(apis.app.initialize).toHaveBeenCalledWith(['https://host.example']);
    expect(host.context).toMatchObject({ kind: 'teams', locale: 'en-US', theme: 'dark' });

    const a = jest.fn();
    const b = jest.fn();
    host.onThemeChange(a);
    host.onThemeChange(b);
    changeTheme('contrast');
    expect(a).toHaveBeenCalledWith('contrast');
    expect(b).toHaveBeenCalledWith('contrast');
    expect(apis.app.registerOnThemeChangeHandler).toHaveBeenCalledTimes(1);
  });

  it('does not read the context when initialize fails', async () => {
    const { apis } = fakeApis('content');
    (apis.app.initialize as jest.Mock).mockRejectedValueOnce(new Error('Initialization Failed. No Parent window found.'));
    await expect(connectTeams(apis)).rejects.toThrow('No Parent window found');
    expect(apis.app.getContext).not.toHaveBeenCalled();
  });

  it.each([
    ['content', false, false],
    ['settings', true, false],
    ['remove', false, false],
    ['sidePanel', false, true],
    ['meetingStage', false, true],
  ])('in %s: tab config %s, meeting stage %s', async (frameContext, hasTabConfig, hasMeetingStage) => {
    const host = await connectTeams(fakeApis(frameContext).apis);
    expect(host.tabConfig !== undefined).toBe(hasTabConfig);
    expect(host.meetingStage !== undefined).toBe(hasMeetingStage);
  });

  it('notifies success and failure', async () => {
    const { apis } = fakeApis('content');
    const host = await connectTeams(apis);
    host.notifySuccess();
    host.notifyFailure?.('AuthFailed');
    expect(apis.app.notifySuccess).toHaveBeenCalled();
    expect(apis.app.notifyFailure).toHaveBeenCalledWith({ reason: 'AuthFailed', message: undefined });
  });
});
