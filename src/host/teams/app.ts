/**
 * App capability: initialize, context and the loading handshake (notifySuccess/notifyFailure).
 * teams-js allows these in every frame context; they only need `initialize` to have been called,
 * which the Host guarantees by calling `initializeApp` first.
 */
import type { app } from '@microsoft/teams-js';
import { resolveLocale } from '../locale';
import type { HostContext, LoadFailureReason } from '../types';
import { toFrameContext } from './frameContexts';
import { toThemeName } from './theme';

export type AppApi = Pick<typeof app, 'initialize' | 'getContext' | 'notifySuccess' | 'notifyFailure'>;

/** Our reasons are teams-js's `FailedReason` values; this fails to compile if they drift apart. */
const failedReasons: Record<LoadFailureReason, `${app.FailedReason}`> = {
  AuthFailed: 'AuthFailed',
  Timeout: 'Timeout',
  Other: 'Other',
};

/**
 * Connects to the host. Resolves once the host answered; rejects when there is no parent to talk
 * to. teams-js never times out here by itself: the caller (detectHost) does.
 */
export function initializeApp(teamsApp: Pick<typeof app, 'initialize'>, validMessageOrigins?: string[]): Promise<void> {
  return teamsApp.initialize(validMessageOrigins);
}

/** The non-empty string, or undefined: teams-js fills missing ids with "". */
function present(value: string | undefined): string | undefined {
  return value ? value : undefined;
}

/** Drops undefined properties, so a context without a user has no `user` at all. */
function compact<T extends object>(value: T): T | undefined {
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return entries.length ? (Object.fromEntries(entries) as T) : undefined;
}

/** teams-js's context as ours. Pure, so every host shape can be tested without teams-js. */
export function mapTeamsContext(context: app.Context): HostContext {
  const rawFrameContext: string = context.page.frameContext;
  const user = compact({
    id: present(context.user?.id),
    loginHint: present(context.user?.loginHint),
    displayName: present(context.user?.displayName),
    tenantId: present(context.user?.tenant?.id),
    licenseType: present(context.user?.licenseType),
  });
  const meetingId = present(context.meeting?.id);
  const teamSiteUrl = present(context.sharePointSite?.teamSiteUrl);
  return {
    kind: 'teams',
    frameContext: toFrameContext(rawFrameContext),
    locale: resolveLocale([context.app.locale]),
    theme: toThemeName(context.app.theme),
    ...(user ? { user } : {}),
    ...(meetingId ? { meetingId } : {}),
    ...(teamSiteUrl ? { teamSiteUrl } : {}),
    teams: {
      hostName: context.app.host.name,
      clientType: context.app.host.clientType,
      rawFrameContext,
      ...compact({
        groupId: present(context.team?.groupId),
        channelId: present(context.channel?.id),
        chatId: present(context.chat?.id),
      }),
    },
  };
}

/** Reads the context from the host and maps it. */
export async function getHostContext(teamsApp: Pick<typeof app, 'getContext'>): Promise<HostContext> {
  return mapTeamsContext(await teamsApp.getContext());
}

/**
 * Hides Teams' loading indicator. Teams shows an error page if this never comes, so a failure
 * to deliver it is logged rather than thrown into a React effect.
 */
export function notifySuccess(teamsApp: Pick<typeof app, 'notifySuccess'>): Promise<void> {
  return teamsApp.notifySuccess().then(
    () => undefined,
    (error: unknown) => console.error('Could not notify Teams that the app loaded', error),
  );
}

/** Makes Teams replace the tab with its error page. */
export function notifyFailure(
  teamsApp: Pick<typeof app, 'notifyFailure'>,
  reason: LoadFailureReason,
  message?: string,
): void {
  // The enum's string values are ours (checked by `failedReasons` above).
  teamsApp.notifyFailure({ reason: failedReasons[reason] as app.FailedReason, message });
}
