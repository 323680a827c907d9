/**
 * Local mode's person at boot, for main.tsx (which asks for their token while the app chunk
 * downloads) and SignedInApp (which signs them in). Part of the first chunk, so kept small.
 */
import { localOriginOf, LocalTokenProvider } from '../../auth/local';
import type { AppConfig } from '../../config';
import type { Host } from '../../host/types';
import { hostSaysGuest } from './access';

type FetchFn = Pick<typeof globalThis, 'fetch'>['fetch'];

/** Only the picked person's name is remembered (per tab), never a token. */
export const LOCAL_USER_KEY = 'driehoek.localUser';

/**
 * Local mode's person: the one picked earlier in this tab, or, when a (test) Teams host frames
 * the local app, the person its context names, so the tab opens as it would in Teams.
 */
export function initialLocalUser(config: AppConfig, host: Host, sessionStore: Pick<Storage, 'getItem'>): string | null {
  if (config.auth !== 'local') return null;
  const fromTeams = host.context.kind === 'teams' ? host.context.user?.loginHint : undefined;
  return sessionStore.getItem(LOCAL_USER_KEY) ?? fromTeams ?? null;
}

/**
 * A returning local person's token provider, already asking for the token, so the sign-in can
 * go straight to the site when the app chunk is in (docs/performance.md, cold load). Null outside
 * local mode, for a guest and before anyone was picked. A failed early request is made again by
 * the sign-in.
 */
export function earlyLocalToken(config: AppConfig, host: Host, sessionStore: Pick<Storage, 'getItem'>, fetchFn: FetchFn): LocalTokenProvider | null {
  // A guest is never signed in (SignedInApp), so nothing is asked for them either.
  const upn = hostSaysGuest(host.context.user) ? null : initialLocalUser(config, host, sessionStore);
  if (!upn) return null;
  const provider = new LocalTokenProvider(localOriginOf(config.graphBaseUrl), upn, fetchFn);
  provider.getToken().catch(() => undefined);
  return provider;
}
