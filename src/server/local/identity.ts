/**
 * Local identity: the people an identity picker offers, and tokens for them.
 * GET /local/identities, POST /local/token {"user": "<upn>"}.
 */
import { TOKEN_LIFETIME_SECONDS } from '../auth/tokens';
import { type LocalRouter, localError } from './context';

export function identityRoutes(router: LocalRouter): void {
  router.add('GET', '/local/identities', ({ services }) => ({
    status: 200,
    body: {
      value: services.directory.users().map((u) => ({ upn: u.upn, displayName: u.displayName, role: u.role })),
    },
  }));
  router.add('POST', '/local/token', ({ body, services, tokenFor }) => {
    const upn = (body as { user?: unknown } | null)?.user;
    if (typeof upn !== 'string' || !services.directory.user(upn)) {
      return localError(400, 'invalidRequest', 'Unknown user: give {"user": "<upn>"} of someone from GET /local/identities.');
    }
    return { status: 200, body: { access_token: tokenFor(upn), token_type: 'Bearer', expires_in: TOKEN_LIFETIME_SECONDS } };
  });
}
