import type { GraphHttp } from '../graph/http';
import type { Repositories } from '../repositories';
import type { SiteResolver } from '../site';

/**
 * What a capability's API (./timeline, ./planner, …) is built from. Each takes the `Pick<>` of
 * this it needs, so it can be tested with just those parts.
 */
export interface ServiceContext {
  http: GraphHttp;
  site: SiteResolver;
  repositories: Repositories;
  /** The signed-in person's UPN (lower case) from GET /me, asked once per session. */
  signedInUpn(): Promise<string | null>;
  /** Where the tab runs in Teams: the team (and channel) for channel messages. */
  team?: { groupId: string; channelId?: string };
}
