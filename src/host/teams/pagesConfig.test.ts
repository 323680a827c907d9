import type { pages } from '@microsoft/teams-js';
import { FrameContextError } from './frameContexts';
import { createTabConfig, setConfig, type PagesConfigApi } from './pagesConfig';

type SaveHandler = (event: pages.config.SaveEvent) => void;

function fakeConfig() {
  let saveHandler: SaveHandler | undefined;
  const api = {
    setValidityState: jest.fn(),
    setConfig: jest.fn(async () => undefined),
    registerOnSaveHandler: jest.fn((handler: SaveHandler) => {
      saveHandler = handler;
    }),
  } satisfies PagesConfigApi;
  /** What Teams does when the user presses Save. */
  const save = async () => {
    const event = { result: {}, notifySuccess: jest.fn(), notifyFailure: jest.fn() };
    saveHandler?.(event);
    for (let i = 0; i < 5; i++) await Promise.resolve();
    return event;
  };
  return { api, save };
}

describe('tab configuration page', () => {
  it('enables Save and stores the config the handler returns', async () => {
    const { api, save } = fakeConfig();
    const tabConfig = createTabConfig(api, 'settings');
    tabConfig.setValid(true);
    tabConfig.onSave(() => ({ contentUrl: 'https://app.example/', entityId: 'driehoek' }));
    expect(api.setValidityState).toHaveBeenCalledWith(true);

    const event = await save();
    expect(api.setConfig).toHaveBeenCalledWith({ contentUrl: 'https://app.example/', entityId: 'driehoek' });
    expect(event.notifySuccess).toHaveBeenCalled();
    expect(event.notifyFailure).not.toHaveBeenCalled();
  });

  it('reports a failed save to Teams', async () => {
    const { api, save } = fakeConfig();
    createTabConfig(api, 'settings').onSave(async () => {
      throw new Error('site not provisioned');
    });
    const event = await save();
    expect(api.setConfig).not.toHaveBeenCalled();
    expect(event.notifyFailure).toHaveBeenCalledWith('site not provisioned');
  });

  it('refuses the Save flow outside the settings frame', () => {
    const { api } = fakeConfig();
    const tabConfig = createTabConfig(api, 'content');
    expect(() => tabConfig.onSave(() => ({ contentUrl: 'https://app.example/' }))).toThrow(FrameContextError);
    expect(() => tabConfig.setValid(true)).toThrow(FrameContextError);
    expect(api.registerOnSaveHandler).not.toHaveBeenCalled();
    expect(api.setValidityState).not.toHaveBeenCalled();
  });

  it('allows setConfig where teams-js does (content, settings, side panel)', async () => {
    const { api } = fakeConfig();
    await expect(setConfig(api, 'sidePanel', { contentUrl: 'https://app.example/' })).resolves.toBeUndefined();
    await expect(setConfig(api, 'meetingStage', { contentUrl: 'https://app.example/' })).rejects.toBeInstanceOf(
      FrameContextError,
    );
  });
});
