/**
 * The data layer's front door. The UI receives a DataApi (./api.ts) built here; the seed and
 * tests use the fuller DataLayer (repositories, provisioning, request statistics).
 * Teams and local mode differ only in the base URL, the token provider and the site.
 */
import type { TokenProvider } from '../auth/types';
import type { SiteRef } from '../config';
import type { StaffMember } from '../domain/people';
import type { DataApi, TimelineSnapshot } from './api';
import { batchGet } from './graph/batch';
import { createGraphClient } from './graph/client';
import { GraphHttp } from './graph/http';
import type { RequestStats } from './graph/middleware';
import { where } from './graph/odata';
import { CYCLE_STATUS_MIRROR } from './lists/meetings';
import { provisionLists, type ProvisioningReport } from './provisioning';
import { createRepositories, type Repositories } from './repositories';
import { SiteResolver } from './site';

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

  async function me(): Promise<StaffMember | null> {
    // The profile and the site resolve side by side; a non-member fails on the site (403).
    const [profile] = await Promise.all([
      http.get<{ userPrincipalName?: string }>('/me?$select=userPrincipalName,displayName'),
      site.siteId(),
    ]);
    if (!profile.userPrincipalName) return null;
    return (await repositories.staff.byUpn(profile.userPrincipalName))?.value ?? null;
  }

  /**
   * The active cycle and its meetings in one $batch. Both requests filter on values known in
   * advance: cycles on Status = active, meetings on the mirrored CycleStatus = active (see
   * lists/meetings.ts). Meetings are then matched to the cycle by CycleKey.
   */
  async function loadTimeline(): Promise<TimelineSnapshot> {
    const { cycles, meetings } = repositories;
    const [cyclesUrl, meetingsUrl] = await Promise.all([
      cycles.queryUrl({
        filter: where.eq('Status', 'active'),
        orderBy: [{ column: 'SchoolYear', direction: 'desc' }],
      }),
      meetings.queryUrl({
        filter: where.eq(CYCLE_STATUS_MIRROR, 'active'),
        orderBy: [{ column: 'MeetingDate' }],
      }),
    ]);
    const answers = await batchGet(http, [
      { id: 'cycles', url: cyclesUrl },
      { id: 'meetings', url: meetingsUrl },
    ]);
    const active = (await cycles.fromAnswer(answers.get('cycles')))[0];
    const found = await meetings.fromAnswer(answers.get('meetings'));
    if (!active) return { cycle: null, meetings: [] };
    cycles.remember(active);
    const ofCycle = found
      .map((m) => m.value)
      .filter((m) => m.cycleId === active.value.id)
      .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
    return { cycle: active.value, meetings: ofCycle };
  }

  const api: DriehoekDataApi = {
    me,
    timeline: { load: loadTimeline },
    provision: async () => provisionLists(http, await site.sitePath()),
    diagnostics: () => http.stats(),
  };
  return { api, http, site, repositories };
}

/** What the UI uses: the DataApi over Graph for the given base URL, identity and site. */
export function createDataApi(options: DataApiOptions): DriehoekDataApi {
  return createDataLayer(options).api;
}

export type { DataApi, TimelineSnapshot } from './api';
export * from './errors';
export type { ProvisioningReport } from './provisioning';
export type { RequestStats } from './graph/middleware';
export type { Versioned } from './repositories';
