/**
 * Who is signed in and the DataApi that acts for them. The one place where the configured auth
 * mode picks a token provider; past this point local mode and a tenant look the same.
 */
import { createTokenProvider } from '../../auth';
import { localOriginOf, LocalTokenProvider } from '../../auth/local';
import type { TokenProvider } from '../../auth/types';
import type { AppConfig } from '../../config';
import { createDataApi, type DriehoekDataApi } from '../../data';
import type { TimelineSnapshot } from '../../data/api';
import type { HostContext } from '../../host/types';

type FetchFn = Pick<typeof globalThis, 'fetch'>['fetch'];

export interface Session {
  api: DriehoekDataApi;
  /** The local person picked in the identity picker; absent in a tenant. */
  localUpn?: string;
}

/** The browser's network state (navigator.onLine and the window's `online` event), from main.tsx. */
export interface NetworkWatch {
  isOnline(): boolean;
  onOnline(listener: () => void): () => void;
}

/** The browser's own network state; undefined outside a browser. */
export function browserNetwork(): NetworkWatch | undefined {
  if (typeof window === 'undefined' || typeof navigator === 'undefined') return undefined;
  return {
    isOnline: () => navigator.onLine,
    onOnline: (listener) => {
      window.addEventListener('online', listener);
      return () => window.removeEventListener('online', listener);
    },
  };
}

export interface SessionDependencies {
  fetchFn: FetchFn;
  /**
   * Where writes wait while the network is away: the tab's sessionStorage (it survives a reload and
   * holds pupil data, so never localStorage). Without it a failed write only fails.
   */
  outbox?: { storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>; network?: NetworkWatch };
  /** Local mode: a token provider already started at boot (localUser.ts); used if it is for `localUpn`. */
  localToken?: LocalTokenProvider;
}

export function startSession(config: AppConfig, host: HostContext, localUpn: string | null, deps: SessionDependencies): Session {
  const local: TokenProvider | null =
    config.auth !== 'local' || !localUpn
      ? null
      : deps.localToken?.upn === localUpn
        ? deps.localToken
        : new LocalTokenProvider(localOriginOf(config.graphBaseUrl), localUpn, deps.fetchFn);
  if (config.auth === 'local' && !local) throw new Error('local mode needs a picked identity');
  const tokenProvider = createTokenProvider(config, host, local ?? { getToken: () => Promise.reject(new Error('no local identity')) });
  const api = createDataApi({
    graphBaseUrl: config.graphBaseUrl,
    tokenProvider,
    site: config.site,
    ...(host.teamSiteUrl ? { teamSiteUrl: host.teamSiteUrl } : {}),
    // In a team the tab knows its team (and channel): nobody has to look it up through joinedTeams.
    ...(host.teams?.groupId
      ? { team: { groupId: host.teams.groupId, ...(host.teams.channelId ? { channelId: host.teams.channelId } : {}) } }
      : {}),
    ...(deps.outbox
      ? {
          outbox: {
            storage: deps.outbox.storage,
            // One person's waiting changes are never sent as another's.
            ...(localUpn ? { scope: localUpn } : {}),
            ...(deps.outbox.network ? { isOnline: deps.outbox.network.isOnline, onOnline: deps.outbox.network.onOnline } : {}),
          },
        }
      : {}),
  });
  return { api, ...(localUpn ? { localUpn } : {}) };
}

/**
 * Sends the timeline's read beside the sign-in instead of after it (the site refuses non-members
 * either way), so on a cold load its answer is there when the view mounts (docs/performance.md,
 * cold load). The view's first load takes that answer; when the early read failed (say, a tenant's
 * lists do not exist yet) it asks again.
 */
export function withEarlyTimeline(api: DriehoekDataApi): DriehoekDataApi {
  let early: Promise<TimelineSnapshot> | null = api.timeline.load();
  // Handled here: an early read nobody takes (a guest, another section) must not report an error.
  early.catch(() => undefined);
  return {
    ...api,
    timeline: {
      load: () => {
        const first = early;
        early = null;
        return first ? first.catch(() => api.timeline.load()) : api.timeline.load();
      },
    },
  };
}
