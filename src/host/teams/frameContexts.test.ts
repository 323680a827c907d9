import { ANY_FRAME_CONTEXT, ensureFrameContext, FrameContextError, isFrameContextAllowed, toFrameContext } from './frameContexts';

describe('ensureFrameContext', () => {
  it('lets a call through in an allowed frame context', () => {
    expect(() => ensureFrameContext('sidePanel', ['sidePanel', 'meetingStage'], 'meeting.share')).not.toThrow();
  });

  it('names the call, the allowed contexts and the current one when refused', () => {
    let error: unknown;
    try {
      ensureFrameContext('content', ['sidePanel', 'meetingStage'], 'meeting.share');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FrameContextError);
    expect(error).toMatchObject({ api: 'meeting.share', current: 'content', allowed: ['sidePanel', 'meetingStage'] });
    expect((error as Error).message).toBe(
      'meeting.share is only allowed in frame contexts "sidePanel", "meetingStage"; the app runs in "content".',
    );
  });

  it('refuses when the frame context is unknown (teams-js not initialised)', () => {
    expect(() => ensureFrameContext(undefined, ANY_FRAME_CONTEXT, 'app.x')).toThrow('the app runs in "unknown"');
  });

  it('answers the same question without throwing', () => {
    expect(isFrameContextAllowed('settings', ['settings'])).toBe(true);
    expect(isFrameContextAllowed('remove', ['settings'])).toBe(false);
    expect(isFrameContextAllowed(undefined, ANY_FRAME_CONTEXT)).toBe(false);
  });
});

describe('toFrameContext', () => {
  it.each([
    ['content', 'content'],
    ['settings', 'settings'],
    ['remove', 'remove'],
    ['sidePanel', 'sidePanel'],
    ['meetingStage', 'meetingStage'],
    ['task', 'content'],
    ['stage', 'content'],
    ['authentication', 'content'],
    [undefined, 'content'],
  ])('maps %s to %s', (raw, expected) => {
    expect(toFrameContext(raw)).toBe(expected);
  });
});
