/**
 * Meeting capability: sharing the app to the meeting stage. teams-js allows these calls only in
 * the meeting side panel and on the stage, and answers through Node-style callbacks; we guard
 * first and turn the callbacks into promises.
 */
import type { meeting, SdkError } from '@microsoft/teams-js';
import type { MeetingStage } from '../types';
import { ensureFrameContext, type TeamsFrameContext } from './frameContexts';

export type MeetingApi = Pick<
  typeof meeting,
  'shareAppContentToStage' | 'getAppContentStageSharingState' | 'getAppContentStageSharingCapabilities'
>;

/** Where teams-js allows the stage-sharing calls. */
export const MEETING_STAGE_CONTEXTS: readonly TeamsFrameContext[] = ['sidePanel', 'meetingStage'];

export class MeetingError extends Error {
  override name = 'MeetingError';

  constructor(
    readonly api: string,
    readonly errorCode: number | undefined,
    detail?: string,
  ) {
    super(`${api} failed${errorCode !== undefined ? ` (error ${errorCode})` : ''}${detail ? `: ${detail}` : ''}`);
  }
}

function toError(api: string, error: SdkError): MeetingError {
  return new MeetingError(api, error.errorCode, error.message);
}

/** Shares `contentUrl` to the stage, for everyone in the meeting. */
export function shareToStage(api: Pick<MeetingApi, 'shareAppContentToStage'>, frameContext: string | undefined, contentUrl: string): Promise<void> {
  const name = 'meeting.shareAppContentToStage';
  // Inside the executor, so a wrong frame context rejects like a host error does.
  return new Promise((resolve, reject) => {
    ensureFrameContext(frameContext, MEETING_STAGE_CONTEXTS, name);
    api.shareAppContentToStage((error, result) => {
      if (error) reject(toError(name, error));
      else if (result) resolve();
      else reject(new MeetingError(name, undefined, 'the host did not share'));
    }, contentUrl);
  });
}

export function isSharingToStage(api: Pick<MeetingApi, 'getAppContentStageSharingState'>, frameContext: string | undefined): Promise<boolean> {
  const name = 'meeting.getAppContentStageSharingState';
  return new Promise((resolve, reject) => {
    ensureFrameContext(frameContext, MEETING_STAGE_CONTEXTS, name);
    api.getAppContentStageSharingState((error, state) => {
      if (error) reject(toError(name, error));
      else resolve(state?.isAppSharing === true);
    });
  });
}

export function canShareToStage(api: Pick<MeetingApi, 'getAppContentStageSharingCapabilities'>, frameContext: string | undefined): Promise<boolean> {
  const name = 'meeting.getAppContentStageSharingCapabilities';
  return new Promise((resolve, reject) => {
    ensureFrameContext(frameContext, MEETING_STAGE_CONTEXTS, name);
    api.getAppContentStageSharingCapabilities((error, capabilities) => {
      if (error) reject(toError(name, error));
      else resolve(capabilities?.doesAppHaveSharePermission === true);
    });
  });
}

/** The MeetingStage capability for a page running in `frameContext`. */
export function createMeetingStage(api: MeetingApi, frameContext: string | undefined): MeetingStage {
  return {
    share: (contentUrl) => shareToStage(api, frameContext, contentUrl),
    isSharing: () => isSharingToStage(api, frameContext),
    canShare: () => canShareToStage(api, frameContext),
  };
}
