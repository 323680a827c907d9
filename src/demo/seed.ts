/**
 * Fills a site with the demo school, through the same data path as the app: provisioning, then
 * the repositories. Idempotent: every demo item has a fixed client key, and items whose key
 * exists already are left as they are, so running it twice creates nothing new.
 */
import { createDataLayer } from '../data';
import type { ProvisioningReport } from '../data/provisioning';
import type { TalksApi } from '../data/api';
import { schoolToday } from '../domain/talks/time';
import { talksNl } from '../ui/i18n/talks.nl';
import { DEMO_TALKS, demoAgreements, demoFollowUpKey, demoTalk } from './content/talks';
import { seedDemoTeamScan } from './content/teamScan';
import { buildDemoSchool } from './school';
import { seedDemoIntervisie } from './content/intervisie';

export interface SeedOptions {
  /** Graph origin and prefix without version, e.g. "http://127.0.0.1:53000/graph". */
  graphBaseUrl: string;
  /** A token of someone allowed to manage the site (the demo school's IB). */
  getToken: () => Promise<string>;
  /** The demo's timeline is placed in the school year of this day. */
  today: Date;
  /** Retries per throttled request; a one-off job can afford more patience than a view (default 6). */
  maxRetries?: number;
}

export interface SeedReport {
  provisioning: ProvisioningReport;
  /** Items created per list; all zero on a second run. */
  created: Record<'staff' | 'cycles' | 'goals' | 'meetings' | 'commitments' | 'stepRecords', number>;
  /** Demo parent talks planned on this run (follow-ups included); zero on a second run. */
  talksPlanned: number;
}

/**
 * The demo's parent talks, planned through the talks service like a person planning them (so
 * each gets its Teams meeting in the seed user's calendar through Graph, never a row written
 * behind the app's back); held ones get their agreements, status and follow-up.
 */
async function seedDemoTalks(talks: TalksApi, now: Date): Promise<number> {
  const today = schoolToday(now);
  const options = { messages: talksNl };
  let planned = 0;
  const planOnce = async (plan: () => ReturnType<TalksApi['plan']>, id: string) => {
    const before = await talks.get(id);
    const outcome = before ? { planned: before } : await plan();
    if (!outcome.planned) throw new Error(`demo talk ${id} was not planned`);
    if (!before) planned += 1;
    return outcome.planned;
  };
  for (const source of DEMO_TALKS) {
    const talk = demoTalk(source, today);
    let stored = await planOnce(() => talks.plan(talk, options), talk.id);
    if (!source.held) continue;
    for (const agreement of demoAgreements(source, today)) await talks.createAgreement(agreement);
    stored = await talks.markHeld(stored);
    if (source.held.followUpWeeks) {
      const weeks = source.held.followUpWeeks;
      await planOnce(() => talks.planFollowUp(stored, { id: demoFollowUpKey(source), weeks }, options), demoFollowUpKey(source));
    }
  }
  return planned;
}

export async function seedDemoSchoolWithReport(options: SeedOptions): Promise<SeedReport> {
  const layer = createDataLayer({
    graphBaseUrl: options.graphBaseUrl,
    tokenProvider: { getToken: () => options.getToken() },
    site: { kind: 'root' },
    maxRetries: options.maxRetries ?? 6,
  });
  const provisioning = await layer.api.provision();
  const school = buildDemoSchool(options.today);
  const r = layer.repositories;
  const staff = await r.staff.ensureAll(school.staff);
  const cycle = await r.cycles.ensure(school.cycle);
  r.cycles.remember(cycle.item);
  const [goals, meetings] = await Promise.all([r.goals.ensureAll(school.goals), r.meetings.ensureAll(school.meetings)]);
  const [commitments, stepRecords] = await Promise.all([
    r.commitments.ensureAll(school.commitments),
    r.stepRecords.ensureAll(school.stepRecords),
  ]);
  const talksPlanned = await seedDemoTalks(layer.api.talks, options.today);
  await seedDemoTeamScan(layer, school.meetings, options.today);
  await seedDemoIntervisie(layer.api.intervisie, options.today);
  return {
    provisioning,
    talksPlanned,
    created: {
      staff: staff.created,
      cycles: cycle.created ? 1 : 0,
      goals: goals.created,
      meetings: meetings.created,
      commitments: commitments.created,
      stepRecords: stepRecords.created,
    },
  };
}

export async function seedDemoSchool(options: SeedOptions): Promise<void> {
  await seedDemoSchoolWithReport(options);
}

/**
 * A site seeded by an earlier version: its lists get the columns added since, with what they
 * need filled in (the cycle-status mirror), as a tenant's site gets on its next visit.
 * Idempotent; nothing else of the demo is touched.
 */
export async function upgradeDemoSite(options: Pick<SeedOptions, 'graphBaseUrl' | 'getToken'>): Promise<ProvisioningReport> {
  const layer = createDataLayer({
    graphBaseUrl: options.graphBaseUrl,
    tokenProvider: { getToken: () => options.getToken() },
    site: { kind: 'root' },
  });
  return layer.api.provision();
}
