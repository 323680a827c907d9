/**
 * Fills a site with the demo school, through the same data path as the app: provisioning, then
 * the repositories. Idempotent: every demo item has a fixed client key, and items whose key
 * exists already are left as they are, so running it twice creates nothing new.
 */
import { createDataLayer } from '../data';
import type { ProvisioningReport } from '../data/provisioning';
import { buildDemoSchool } from './school';

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
  return {
    provisioning,
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
