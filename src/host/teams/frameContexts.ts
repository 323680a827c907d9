/**
 * Frame contexts: where in Teams a page runs (tab content, configuration page, meeting side
 * panel, meeting stage, …). teams-js refuses a call outside the contexts it is allowed in
 * (`ensureInitialized(runtime, ...frameContexts)`); we check the same lists before calling, so
 * the error names our capability and the UI can leave a capability out where it cannot work.
 */
import type { FrameContexts } from '@microsoft/teams-js';
import type { FrameContext } from '../types';

/** teams-js's frame contexts as plain strings ("content", "sidePanel", …). */
export type TeamsFrameContext = `${FrameContexts}`;

/** Every frame context: for calls teams-js allows anywhere once initialised. */
export const ANY_FRAME_CONTEXT: readonly TeamsFrameContext[] = [
  'content',
  'settings',
  'remove',
  'task',
  'sidePanel',
  'stage',
  'meetingStage',
  'authentication',
];

export class FrameContextError extends Error {
  override name = 'FrameContextError';

  constructor(
    readonly api: string,
    readonly current: string | undefined,
    readonly allowed: readonly TeamsFrameContext[],
  ) {
    super(
      `${api} is only allowed in frame contexts ${allowed.map((c) => `"${c}"`).join(', ')}; ` +
        `the app runs in "${current ?? 'unknown'}".`,
    );
  }
}

/** Throws a FrameContextError unless `current` is one of `allowed`. */
export function ensureFrameContext(
  current: string | undefined,
  allowed: readonly TeamsFrameContext[],
  api: string,
): void {
  if (current === undefined || !(allowed as readonly string[]).includes(current)) {
    throw new FrameContextError(api, current, allowed);
  }
}

/** Whether `current` is one of `allowed`, for deciding which capabilities a Host offers. */
export function isFrameContextAllowed(current: string | undefined, allowed: readonly TeamsFrameContext[]): boolean {
  return current !== undefined && (allowed as readonly string[]).includes(current);
}

/**
 * teams-js's frame context as ours. The app has pages for content, settings, remove, side panel
 * and meeting stage; a dialog (task), stage view (stage) or auth window shows content.
 */
export function toFrameContext(raw: string | undefined): FrameContext {
  switch (raw) {
    case 'settings':
    case 'remove':
    case 'sidePanel':
    case 'meetingStage':
      return raw;
    default:
      return 'content';
  }
}
