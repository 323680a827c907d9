/**
 * The data layer's front door. The UI receives a DataApi (./api.ts) built here; the seed and
 * tests use the fuller DataLayer (repositories, provisioning, request statistics).
 * Teams and local mode differ only in the base URL, the token provider and the site.
 */
import type { TokenProvider } from '../auth/types';
import type { SiteRef } from '../config';
import type { StaffMember } from '../domain/people';
import type { DataApi } from './api';
import { createGraphClient } from './graph/client';
import { GraphHttp } from './graph/http';
import { Outbox, QUEUED_WRITES, withOutbox, type OutboxOptions } from './graph/outbox';
import type { RequestStats } from './graph/middleware';
import { provisionLists, type ProvisioningReport } from './provisioning';
import { createRepositories, type Repositories } from './repositories';
import { lazyArea, loadArea } from './areas';
import type { ServiceContext } from './services/context';
import { listStaff } from './services/staff';
import { loadTimeline } from './services/timeline';
import { SiteResolver } from './site';
import { PrivateSpaces } from './privateSpaces';
import { TeamResolver } from './team';

export interface DataApiOptions {
  /** Graph origin and prefix without version, e.g. "http://127.0.0.1:53000/graph". */
  graphBaseUrl: string;
  tokenProvider: TokenProvider;
  site: SiteRef;
  /** The Team's SharePoint site URL from the Teams context; required for site.kind "teamSite". */
  teamSiteUrl?: string;
  /** Retries on 429/503 (default 3) and their base delay in seconds (default 1). */
  maxRetries?: number;
  retryDelaySeconds?: number;
  /** Deadline per HTTP attempt in ms (default 30 000). */
  timeoutMs?: number;
  /** The Team (and channel) the tab runs in, from the Teams context; for channel messages. */
  team?: { groupId: string; channelId?: string };
  /**
   * Keeps writes that fail for network reasons and replays them (./graph/outbox.ts); the app
   * passes sessionStorage. Without it a failed write simply rejects.
   */
  outbox?: OutboxOptions;
}

/** The DataApi plus what the app shell needs around it. */
export interface DriehoekDataApi extends DataApi {
  /** Creates missing lists and columns; needs a user allowed to manage the site. */
  provision(): Promise<ProvisioningReport>;
  /** Requests and attempts made so far (diagnostics). */
  diagnostics(): RequestStats;
}

export interface DataLayer {
  api: DriehoekDataApi;
  http: GraphHttp;
  site: SiteResolver;
  repositories: Repositories;
  /** The school's team (from the Teams context, or found from the site). */
  team: TeamResolver;
  /** Private channels as storage only their members can read (./privateSpaces.ts). */
  spaces: PrivateSpaces;
  /** Present when the layer was made with the outbox option. */
  outbox?: Outbox;
}

export function createDataLayer(options: DataApiOptions): DataLayer {
  const graph = createGraphClient({
    graphBaseUrl: options.graphBaseUrl,
    tokenProvider: options.tokenProvider,
    ...(options.maxRetries === undefined ? {} : { maxRetries: options.maxRetries }),
    ...(options.retryDelaySeconds === undefined ? {} : { retryDelaySeconds: options.retryDelaySeconds }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  });
  const http = new GraphHttp(graph);
  const site = new SiteResolver(http, options.site, options.teamSiteUrl);
  const repositories = createRepositories({ http, sitePath: () => site.sitePath() });
  // The Teams context names the team; so does a site found through its group (local mode).
  const team = new TeamResolver(http, site, options.team?.groupId ?? (options.site.kind === 'group' ? options.site.groupId : undefined));
  const spaces = new PrivateSpaces(http, team);

  let profile: Promise<{ userPrincipalName?: string }> | null = null;
  const signedInUpn = async (): Promise<string | null> => {
    // Asked once per session; a failed answer is asked again next time.
    profile ??= http.get<{ userPrincipalName?: string }>('/me?$select=userPrincipalName,displayName').catch((error: unknown) => {
      profile = null;
      throw error;
    });
    return (await profile).userPrincipalName?.toLowerCase() ?? null;
  };

  let staffRow: Promise<StaffMember | null> | null = null;
  function me(): Promise<StaffMember | null> {
    // Asked once per session like the profile (the access gate asks, then each view): one
    // round trip less per view. A failed answer is asked again next time.
    staffRow ??= (async () => {
      // The profile and the site resolve side by side; a non-member fails on the site (403).
      const [upn] = await Promise.all([signedInUpn(), site.siteId()]);
      if (!upn) return null;
      return (await repositories.staff.byUpn(upn))?.value ?? null;
    })().catch((error: unknown) => {
      staffRow = null;
      throw error;
    });
    return staffRow;
  }

  const context: ServiceContext = {
    http,
    site,
    repositories,
    signedInUpn,
    ...(options.team ? { team: options.team } : {}),
  };
  const api: DriehoekDataApi = {
    me,
    timeline: { load: () => loadTimeline(context) },
    // Each area's code loads on its first call (./areas.ts), not with the sign-in.
    planner: lazyArea('planner', (code) => code.createPlannerApi(context)),
    meetings: lazyArea('meetings', (code) => code.createMeetingsApi(context)),
    commitments: lazyArea('commitments', (code) => code.createCommitmentsApi(context)),
    digest: lazyArea('digest', (code) => code.createDigestApi(context, team)),
    talks: lazyArea('talks', (code) => code.createTalksApi(context)),
    dashboard: lazyArea('dashboard', (code) => code.createDashboardApi(context)),
    teamScan: lazyArea('teamScan', (code) => code.createTeamScanApi({ ...context, spaces })),
    staff: () => listStaff(context),
    staffRoles: lazyArea('staffRoles', (code) =>
      code.createStaffRolesApi({
        ...context,
        team,
        onStaffChanged: () => void (staffRow = null),
        // The team scan's code only when an IB role changes, not with every roles call.
        scanChannel: { follow: async (ibUpns) => (await loadArea('teamScan')).teamScanMembership({ ...context, spaces }).follow(ibUpns) },
      }),
    ),
    intervisie: lazyArea('intervisie', (code) => code.createIntervisieApi({ ...context, spaces })),
    provision: async () => {
      const report = await provisionLists(http, await site.sitePath());
      // Items stored before their list had the cycle-status mirror get it now (idempotent).
      await repositories.cycles.mirrorActive();
      return report;
    },
    diagnostics: () => http.stats(),
  };
  if (!options.outbox) return { api, http, site, repositories, team, spaces };
  const outbox = new Outbox(options.outbox);
  const queued: DriehoekDataApi = { ...withOutbox(api, outbox, QUEUED_WRITES), pendingChanges: outbox };
  void outbox.start();
  return { api: queued, http, site, repositories, team, spaces, outbox };
}

/** What the UI uses: the DataApi over Graph for the given base URL, identity and site. */
export function createDataApi(options: DataApiOptions): DriehoekDataApi {
  return createDataLayer(options).api;
}

export type * from './api';
export { SCHEMA_FINGERPRINT } from './lists';
export { preloadArea, type AreaName } from './areas';
export * from './errors';
export type { ProvisioningReport } from './provisioning';
export type { RequestStats } from './graph/middleware';
export { QueuedOfflineError, memoryStorage } from './graph/outbox';
export type { OutboxOptions, OutboxStorage, PendingChanges, PendingChangesState, FailedChange } from './graph/outbox';
