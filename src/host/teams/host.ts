/**
 * The Teams Host, put together from the capability modules. It takes the teams-js modules it
 * needs as parameters, so tests can pass fakes or the real teams-js talking to a fake Teams.
 */
import { ThemeListeners } from '../themeListeners';
import type { Host, HostContext } from '../types';
import { getHostContext, initializeApp, notifyFailure, notifySuccess, type AppApi } from './app';
import { isFrameContextAllowed } from './frameContexts';
import { createMeetingStage, MEETING_STAGE_CONTEXTS, type MeetingApi } from './meeting';
import { createTabConfig, SAVE_HANDLER_CONTEXTS, type PagesConfigApi } from './pagesConfig';
import { watchTheme, type ThemeApi } from './theme';

export interface TeamsApis {
  app: AppApi & ThemeApi;
  meeting: MeetingApi;
  pagesConfig: PagesConfigApi;
}

export interface ConnectTeamsOptions {
  /** Extra host origins to trust, for hosts outside teams-js's own list (rarely needed). */
  validMessageOrigins?: string[];
}

/**
 * Initialises teams-js, reads the context and returns the Host. Resolves only when Teams has
 * answered both; it does not time out by itself (see detectHost).
 */
export async function connectTeams(apis: TeamsApis, options: ConnectTeamsOptions = {}): Promise<Host> {
  await initializeApp(apis.app, options.validMessageOrigins);
  const initial: HostContext = await getHostContext(apis.app);
  const rawFrameContext = initial.teams?.rawFrameContext;

  const themes = new ThemeListeners(initial.theme);
  watchTheme(apis.app, (theme) => themes.emit(theme));

  // Offer a capability only where teams-js allows it, so the UI can test for its presence.
  const tabConfig = isFrameContextAllowed(rawFrameContext, SAVE_HANDLER_CONTEXTS)
    ? createTabConfig(apis.pagesConfig, rawFrameContext)
    : undefined;
  const meetingStage = isFrameContextAllowed(rawFrameContext, MEETING_STAGE_CONTEXTS)
    ? createMeetingStage(apis.meeting, rawFrameContext)
    : undefined;

  return {
    get context(): HostContext {
      return { ...initial, theme: themes.theme };
    },
    onThemeChange: (listener) => themes.subscribe(listener),
    notifySuccess: () => void notifySuccess(apis.app),
    notifyFailure: (reason, message) => notifyFailure(apis.app, reason, message),
    ...(tabConfig ? { tabConfig } : {}),
    ...(meetingStage ? { meetingStage } : {}),
  };
}
