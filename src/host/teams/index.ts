/**
 * The Teams adapter wired to the real teams-js. Importing this module loads teams-js (which
 * starts fetching its list of valid host origins), so src/host/index.ts imports it lazily and
 * local mode never loads it.
 */
import { app, meeting, pages } from '@microsoft/teams-js';
import { connectTeams, type ConnectTeamsOptions, type TeamsApis } from './host';

export const teamsApis: TeamsApis = { app, meeting, pagesConfig: pages.config };

export default function connectRealTeams(options?: ConnectTeamsOptions): ReturnType<typeof connectTeams> {
  return connectTeams(teamsApis, options);
}

export { connectTeams, type ConnectTeamsOptions, type TeamsApis } from './host';
export { ensureFrameContext, FrameContextError, type TeamsFrameContext } from './frameContexts';
