/**
 * Each area's services (planner, promises, talks, dashboard, team scan, intervisie, roles) are a
 * chunk of their own that loads with the first view that needs it, not with the sign-in: the app
 * chunk then carries only what every session needs, namely the Graph client, the lists, who is
 * signed in and the timeline (docs/performance.md, cold load).
 *
 * An area's API is there at once, with every method of its interface; a method waits for the
 * area's code on its first call. `preloadArea` lets a view's loader fetch that code beside its own
 * chunk, so opening a view costs no extra wait.
 */
import type { DataApi } from './api';

/** The areas whose code loads on demand. */
export type AreaName = 'planner' | 'meetings' | 'commitments' | 'digest' | 'talks' | 'dashboard' | 'teamScan' | 'intervisie' | 'staffRoles';
type AreaApis = Pick<DataApi, AreaName>;

const CODE = {
  planner: () => import(/* webpackChunkName: "data-planner" */ './services/planner'),
  meetings: () => import(/* webpackChunkName: "data-meetings" */ './services/meetings'),
  commitments: () => import(/* webpackChunkName: "data-commitments" */ './services/commitments'),
  digest: () => import(/* webpackChunkName: "data-digest" */ './services/digest'),
  talks: () => import(/* webpackChunkName: "data-talks" */ './services/talks'),
  dashboard: () => import(/* webpackChunkName: "data-dashboard" */ './services/dashboard'),
  teamScan: () => import(/* webpackChunkName: "data-teamScan" */ './services/teamScan'),
  intervisie: () => import(/* webpackChunkName: "data-intervisie" */ './services/intervisie'),
  staffRoles: () => import(/* webpackChunkName: "data-staffRoles" */ './services/staffRoles'),
} satisfies Record<AreaName, () => Promise<unknown>>;

/** An area's code: the module its service comes from. */
export type AreaCode<A extends AreaName> = Awaited<ReturnType<(typeof CODE)[A]>>;

/**
 * Every method of every area's interface, named once. The type makes the compiler refuse a list
 * that misses a method or names one that does not exist, so an area's API is always complete.
 */
const METHODS: { [A in AreaName]: Record<keyof AreaApis[A], true> } = {
  planner: {
    open: true,
    load: true,
    createCycle: true,
    updateCycle: true,
    completeStep: true,
    startNextRound: true,
    startNextCycle: true,
    createGoal: true,
    updateGoal: true,
    deleteGoal: true,
  },
  meetings: { create: true, update: true, ofCycle: true },
  commitments: { load: true, openActive: true, create: true, report: true, renegotiate: true, markSupportGiven: true },
  digest: { postToChannel: true },
  talks: {
    load: true,
    get: true,
    record: true,
    clashes: true,
    plan: true,
    reschedule: true,
    cancel: true,
    markHeld: true,
    saveNotes: true,
    createAgreement: true,
    updateAgreement: true,
    renegotiateAgreement: true,
    agreements: true,
    planFollowUp: true,
    sendSummary: true,
    pupils: true,
    savePupil: true,
    markLeft: true,
    exportPupil: true,
    runRetention: true,
    previewRetention: true,
  },
  dashboard: { load: true, items: true },
  teamScan: {
    overview: true,
    openActive: true,
    scans: true,
    recordScan: true,
    updateScan: true,
    assess: true,
    addStatement: true,
    updateStatement: true,
    removeStatement: true,
    startRound: true,
    overDeStreep: true,
    vote: true,
    addRoomCounts: true,
    closeRound: true,
  },
  intervisie: {
    load: true,
    groups: true,
    createGroup: true,
    updateMembers: true,
    planSeries: true,
    sessions: true,
    saveSession: true,
    proposeRoles: true,
    addPromise: true,
  },
  staffRoles: { load: true, assign: true, change: true, remove: true, claimFirstRun: true },
};

/** Starts downloading areas' code (a view's loader, beside its own chunk); a failure is retried on first use. */
export function preloadArea(...areas: readonly AreaName[]): void {
  for (const area of areas) CODE[area]().catch(() => undefined);
}

/** An area's code; webpack loads each chunk once and tries a failed download again. */
export function loadArea<A extends AreaName>(area: A): Promise<AreaCode<A>> {
  return CODE[area]() as Promise<AreaCode<A>>;
}

type Method = (...args: unknown[]) => Promise<unknown>;

/**
 * The area's API at once; `create` makes the real one from the area's code on the first call (once
 * per session, or again after it failed) and every call is handed to it.
 */
export function lazyArea<A extends AreaName>(area: A, create: (code: AreaCode<A>) => AreaApis[A] | Promise<AreaApis[A]>): AreaApis[A] {
  let real: Promise<AreaApis[A]> | null = null;
  const ready = (): Promise<AreaApis[A]> =>
    (real ??= loadArea(area)
      .then(create)
      .catch((error: unknown) => {
        real = null;
        throw error;
      }));
  const api: Record<string, Method> = {};
  for (const name of Object.keys(METHODS[area])) {
    api[name] = (...args) => ready().then((loaded) => (loaded[name as keyof AreaApis[A]] as Method).apply(loaded, args));
  }
  return api as unknown as AreaApis[A];
}
