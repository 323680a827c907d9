import { FrameContextError } from './frameContexts';
import { createMeetingStage, MeetingError, type MeetingApi } from './meeting';

function fakeMeeting(overrides: Partial<MeetingApi> = {}): MeetingApi {
  return {
    shareAppContentToStage: jest.fn((callback) => callback(null, true)),
    getAppContentStageSharingState: jest.fn((callback) => callback(null, { isAppSharing: false })),
    getAppContentStageSharingCapabilities: jest.fn((callback) => callback(null, { doesAppHaveSharePermission: true })),
    ...overrides,
  };
}

describe('meeting stage', () => {
  it('turns the callbacks into promises in the side panel', async () => {
    const api = fakeMeeting();
    const stage = createMeetingStage(api, 'sidePanel');
    await expect(stage.share('https://app.example/stage')).resolves.toBeUndefined();
    expect(api.shareAppContentToStage).toHaveBeenCalledWith(expect.any(Function), 'https://app.example/stage');
    await expect(stage.isSharing()).resolves.toBe(false);
    await expect(stage.canShare()).resolves.toBe(true);
  });

  it('rejects outside the side panel and the stage without calling teams-js', async () => {
    const api = fakeMeeting();
    const stage = createMeetingStage(api, 'content');
    await expect(stage.share('https://app.example/stage')).rejects.toBeInstanceOf(FrameContextError);
    await expect(stage.isSharing()).rejects.toThrow('only allowed in frame contexts "sidePanel", "meetingStage"');
    expect(api.shareAppContentToStage).not.toHaveBeenCalled();
    expect(api.getAppContentStageSharingState).not.toHaveBeenCalled();
  });

  it('passes on the host error', async () => {
    const api = fakeMeeting({
      shareAppContentToStage: (callback) => callback({ errorCode: 1000, message: 'no permission' }, null),
      getAppContentStageSharingCapabilities: (callback) => callback({ errorCode: 100 }, null),
    });
    const stage = createMeetingStage(api, 'meetingStage');
    const error = await stage.share('https://app.example/stage').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MeetingError);
    expect(error).toMatchObject({ errorCode: 1000, message: 'meeting.shareAppContentToStage failed (error 1000): no permission' });
    await expect(stage.canShare()).rejects.toThrow('(error 100)');
  });

  it('treats a share the host did not confirm as failed', async () => {
    const stage = createMeetingStage(fakeMeeting({ shareAppContentToStage: (callback) => callback(null, null) }), 'sidePanel');
    await expect(stage.share('https://app.example/stage')).rejects.toThrow('the host did not share');
  });
});
