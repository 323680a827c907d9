/**
 * The Graph routing table. Each capability registers its routes here; calendar events
 * (/me/events) and sendMail arrive as further modules in a later issue.
 */
import { Router } from '../http/router';
import { batchRoutes } from './batch';
import type { GraphRoute, RouteModule } from './context';
import { itemRoutes } from './items';
import { listRoutes } from './lists';
import { meRoutes } from './me';
import { siteRoutes } from './sites';

export const GRAPH_MODULES: readonly RouteModule[] = [meRoutes, siteRoutes, listRoutes, itemRoutes, batchRoutes];

export function graphRouter(modules: readonly RouteModule[] = GRAPH_MODULES): Router<GraphRoute> {
  const router = new Router<GraphRoute>();
  for (const register of modules) register(router);
  return router;
}
