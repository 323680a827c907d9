/** What Graph route handlers receive, and what they return. */
import type { Directory, DirectoryUser } from '../directory';
import type { Faults } from '../faults';
import type { GraphResponse } from '../http/graphResponse';
import type { Router } from '../http/router';
import type { Stats } from '../stats';
import type { SiteRecord, Store } from '../store/store';

export interface GraphRequest {
  method: string;
  /** Path below /graph/v1.0 as sent (still URL-encoded), e.g. "/sites/root/lists". */
  path: string;
  query: URLSearchParams;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: unknown;
}

export interface Services {
  store: Store;
  directory: Directory;
  clock: () => Date;
  tokenSecret: string;
  faults: Faults;
  stats: Stats;
}

export interface RouteContext {
  request: GraphRequest;
  params: Record<string, string>;
  user: DirectoryUser;
  /** Resolved for routes under /sites/{site}, after checking the user is a member. */
  site?: SiteRecord;
  services: Services;
  /** Origin of the server as the client sees it, e.g. "http://127.0.0.1:53000". */
  origin: string;
  now: Date;
  /** Runs another Graph request through the whole pipeline (used by $batch). */
  dispatch(request: GraphRequest): Promise<GraphResponse>;
}

export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * Synchronous handlers run inside one store transaction (all or nothing). $batch is the
 * exception: it awaits its sub-requests, each of which has its own transaction.
 */
export type GraphRoute =
  | { transactional: true; handle(ctx: RouteContext): RouteResult }
  | { transactional: false; handle(ctx: RouteContext): Promise<RouteResult> };

export type GraphRouter = Router<GraphRoute>;

/** A module of Graph routes; modules are listed in routes.ts. */
export type RouteModule = (router: GraphRouter) => void;

export const route = (handle: (ctx: RouteContext) => RouteResult): GraphRoute => ({ handle, transactional: true });

export const asyncRoute = (handle: (ctx: RouteContext) => Promise<RouteResult>): GraphRoute => ({ handle, transactional: false });

/** The site of a route under /sites/{site}; the dispatcher resolves it before the handler runs. */
export function siteOf(ctx: RouteContext): SiteRecord {
  if (!ctx.site) throw new Error(`route ${ctx.request.path} is not under /sites/{site}`);
  return ctx.site;
}
