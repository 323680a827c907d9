/**
 * The Graph request pipeline, shared by top-level requests and $batch sub-requests:
 * fault injection → authentication → routing → site membership (the team's members for the team
 * site, a private channel's own members for its site) → handler (in a transaction)
 * → response with request-id/client-request-id, or Graph's error body.
 */
import { randomUUID } from 'node:crypto';
import { verifyToken } from '../auth/tokens';
import type { DirectoryUser } from '../directory';
import { GraphError, accessDenied, badRequest, invalidToken, itemNotFound } from '../errors';
import { GRAPH_JSON, type GraphResponse, errorResponse, idHeaders } from '../http/graphResponse';
import type { GraphRequest, GraphRouter, RouteContext, RouteResult, Services } from './context';
import { normalizeSitePath, resolveSite } from './sites';

export type Dispatch = (request: GraphRequest, origin: string) => Promise<GraphResponse>;

function authenticate(header: string | undefined, services: Services, now: Date): DirectoryUser {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match) throw invalidToken('Access token is empty.');
  const check = verifyToken(match[1]!, services.tokenSecret, now);
  if (!check.ok) {
    throw invalidToken(
      check.reason === 'expired'
        ? 'Lifetime validation failed, the token is expired.'
        : check.reason === 'malformed'
          ? 'Invalid JWT token. The token is malformed.'
          : 'Access token validation failure. Invalid signature.',
    );
  }
  const user = services.directory.user(check.claims.upn);
  if (!user) throw invalidToken('Access token validation failure. The user is unknown.');
  return user;
}

export function createDispatcher(services: Services, router: GraphRouter): Dispatch {
  const dispatch: Dispatch = async (request, origin) => {
    const now = services.clock();
    const requestId = randomUUID();
    const ids = { requestId, clientRequestId: request.headers['client-request-id'] ?? requestId };
    try {
      const fault = services.faults.failure();
      if (fault) {
        services.stats.fault();
        throw fault;
      }
      const user = authenticate(request.headers.authorization, services, now);
      const match = router.match(request.method, normalizeSitePath(request.path));
      if (match.kind === 'notFound') throw badRequest(`Resource not found for the segment '${match.segment}'.`);
      if (match.kind === 'methodNotAllowed') {
        throw new GraphError(405, 'BadRequest', `The HTTP method '${request.method}' is not allowed on this resource.`);
      }
      const ctx: RouteContext = {
        request,
        params: match.params,
        user,
        services,
        origin,
        now,
        dispatch: (sub) => dispatch(sub, origin),
      };
      if (match.params.site !== undefined) {
        // Non-members are refused everything under a site before anything about it is read.
        if (!user.member) throw accessDenied();
        ctx.site = resolveSite(services.store, match.params.site);
        if (!ctx.site) throw itemNotFound('Requested site could not be found');
        // A private channel's site has its own members: the channel's, not the whole team.
        const channel = services.store.teams.channelOfSite(ctx.site.id);
        if (channel && !services.store.teams.isChannelMember(channel.id, user.upn)) throw accessDenied();
      }
      const route = match.handler;
      const result: RouteResult = route.transactional
        ? services.store.transaction(() => route.handle(ctx))
        : await route.handle(ctx);
      return {
        status: result.status,
        headers: { ...idHeaders(ids), ...(result.body !== undefined ? { 'Content-Type': GRAPH_JSON } : {}), ...result.headers },
        ...(result.body !== undefined ? { body: result.body } : {}),
      };
    } catch (error) {
      if (error instanceof GraphError) return errorResponse(error, ids, now);
      console.error('Graph request failed', request.method, request.path, error);
      return errorResponse(new GraphError(500, 'generalException', 'General exception while processing'), ids, now);
    }
  };
  return dispatch;
}
