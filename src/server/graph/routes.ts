/**
 * The Graph routing table. Each capability registers its routes here. Teams and channel
 * messages (the weekly digest) are in ./teams.ts, channel creation, members and private channels'
 * sites in ./channels.ts; calendar events (/me/events, calendarView)
 * in ./events.ts and sendMail with Sent Items in ./mail.ts (parent talks).
 */
import { Router } from '../http/router';
import { batchRoutes } from './batch';
import { channelRoutes } from './channels';
import type { GraphRoute, RouteModule } from './context';
import { eventRoutes } from './events';
import { itemRoutes } from './items';
import { listRoutes } from './lists';
import { mailRoutes } from './mail';
import { meRoutes } from './me';
import { siteRoutes } from './sites';
import { teamRoutes } from './teams';

export const GRAPH_MODULES: readonly RouteModule[] = [meRoutes, siteRoutes, listRoutes, itemRoutes, teamRoutes, channelRoutes, eventRoutes, mailRoutes, batchRoutes];

export function graphRouter(modules: readonly RouteModule[] = GRAPH_MODULES): Router<GraphRoute> {
  const router = new Router<GraphRoute>();
  for (const register of modules) register(router);
  return router;
}
