/**
 * The MT dashboard against a real local server: the figures match the items stored (read in
 * full through the repositories and counted with the domain's rules), every figure's drill-down
 * lists exactly the items it counts, one load is one $batch round trip, and the dashboard still
 * loads, exactly and in two round trips, when the lists hold far more than 5,000 items.
 */
import { intervisieFactsOf } from '../../src/domain/dashboard/intervisie';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDataLayer, type DataLayer, type ScheduledTalk } from '../../src/data';
import { agreementMapper, type StoredAgreement } from '../../src/data/lists/agreements';
import { commitmentMapper, COMMITMENTS_LIST } from '../../src/data/lists/commitments';
import type { ListMapper } from '../../src/data/lists/mapper';
import { MEETINGS_LIST, meetingMapper } from '../../src/data/lists/meetings';
import { AGREEMENTS_LIST } from '../../src/data/lists/agreements';
import { TALKS_LIST, talkMapper } from '../../src/data/lists/talks';
import { DEMO_CYCLE_KEY } from '../../src/demo/content/cycle';
import { DEMO_PROVISIONER, DEMO_STAFF } from '../../src/demo/people';
import { seedDemoSchool } from '../../src/demo/seed';
import type { Commitment } from '../../src/domain/commitments';
import { aggregateDashboard, type DashboardAggregates } from '../../src/domain/dashboard/aggregate';
import { figureOf, type FigureRef } from '../../src/domain/dashboard/figureRef';
import { type Period, periodAround } from '../../src/domain/dashboard/periods';
import type { Meeting } from '../../src/domain/meetings';
import { BOUWEN } from '../../src/domain/people';
import { schoolYearOf } from '../../src/domain/schoolYear';
import { TRACK_STATUSES } from '../../src/domain/tracking';
import { startGraphServer } from '../../src/server';
import { applyFieldValues } from '../../src/server/store/fieldValues';
import { openStore } from '../../src/server/store/store';

jest.setTimeout(60_000);

const TODAY = '2026-11-23';
const today = new Date(2026, 10, 23, 12);
const MT = DEMO_STAFF.find((s) => s.role === 'mt')!;
const TEACHERS = DEMO_STAFF.filter((s) => s.bouw);

interface Site {
  dir: string;
  dbPath: string;
  server: Awaited<ReturnType<typeof startGraphServer>>;
  layer: DataLayer;
  cycleItemId: string;
}

async function startSite(): Promise<Site> {
  const dir = mkdtempSync(join(tmpdir(), 'driehoek-dashboard-'));
  const dbPath = join(dir, 'driehoek.sqlite');
  const server = await startGraphServer({ port: 0, dbPath });
  const graphBaseUrl = server.graphUrl.replace(/\/v1\.0$/, '');
  await seedDemoSchool({ graphBaseUrl, getToken: async () => server.tokenFor(DEMO_PROVISIONER), today });
  const layer = createDataLayer({ graphBaseUrl, tokenProvider: { getToken: async () => server.tokenFor(MT.upn) }, site: { kind: 'root' } });
  await layer.api.me();
  const cycle = (await layer.repositories.cycles.findByKey(DEMO_CYCLE_KEY))!;
  return { dir, dbPath, server, layer, cycleItemId: cycle.itemId };
}

async function stopSite(site: Site): Promise<void> {
  await site.server.close();
  rmSync(site.dir, { recursive: true, force: true });
}

/**
 * Writes items straight into the server's database, with the field values the server itself
 * makes of what the data layer would post: thousands of items in well under a second.
 */
function bulkInsert<T>(dbPath: string, listName: string, mapper: ListMapper<T>, values: readonly T[], extra: Record<string, string> = {}): void {
  const store = openStore(dbPath);
  try {
    const site = store.sites().find((s) => s.isRoot)!;
    const list = store.findList(site.id, listName)!;
    const columns = store.columnsOf(list.id);
    store.transaction(() => {
      for (const value of values) {
        store.insertItem({
          listId: list.id,
          uniqueId: randomUUID(),
          version: 1,
          created: '2026-09-01T08:00:00Z',
          modified: '2026-09-01T08:00:00Z',
          author: 1,
          editor: 1,
          values: applyFieldValues(columns, {}, { ...mapper.toFields(value), ...extra }, { personExists: () => true }, true),
        });
      }
    });
  } finally {
    store.close();
  }
}

function promise(i: number, overrides: Partial<Commitment> = {}): Commitment {
  const owner = TEACHERS[i % TEACHERS.length]!;
  const statuses = ['open', 'kept', 'partlyKept', 'notKept', 'open'] as const;
  const month = ((i % 10) + 8) % 12 || 12; // august … may
  const year = month >= 8 ? 2026 : 2027;
  const madeOn = `${year}-${String(month).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
  return {
    id: `bulk-${i}`,
    cycleId: DEMO_CYCLE_KEY,
    ownerUpn: owner.upn,
    ownerName: owner.displayName,
    bouw: owner.bouw!,
    group: owner.group!,
    text: `Belofte ${i}`,
    madeOn,
    dueDate: madeOn,
    status: statuses[i % statuses.length]!,
    whatWorked: '',
    whatWasHard: '',
    supportWanted: i % 7 === 0,
    ...overrides,
  };
}

function scheduledTalk(i: number, overrides: Partial<ScheduledTalk['talk']> = {}): ScheduledTalk {
  const day = String((i % 27) + 1).padStart(2, '0');
  return {
    talk: {
      id: `talk-${i}`,
      type: 'voortgang',
      pupil: { id: `pupil-${i % 40}`, firstName: `Kind ${i % 40}`, group: (i % 8) + 1 },
      parents: [{ name: `Ouder ${i}`, email: `ouder${i}@ouders.example`, household: 1 }],
      staff: [],
      childJoins: false,
      mode: 'online',
      start: `2026-${i % 2 ? '10' : '11'}-${day}T13:00:00.000Z`,
      durationMinutes: 30,
      withPreTalk: false,
      agenda: [],
      preparationQuestions: [],
      status: i % 3 === 0 ? 'planned' : 'held',
      ...overrides,
    },
    organizerUpn: TEACHERS[i % TEACHERS.length]!.upn,
    notes: [],
  };
}

function agreement(i: number): StoredAgreement {
  return {
    id: `agreement-${i}`,
    talkId: `talk-${i % 30}`,
    pupilId: `pupil-${i % 40}`,
    owner: i % 2 ? 'school' : 'ouder',
    text: `Afspraak ${i}`,
    madeOn: `2026-10-${String((i % 27) + 1).padStart(2, '0')}`,
    dueDate: `2026-11-${String((i % 28) + 1).padStart(2, '0')}`,
    status: i % 4 === 0 ? 'kept' : 'open',
    whatWorked: '',
    whatWasHard: '',
    supportWanted: false,
  };
}

/** The aggregates counted from everything stored, read in full without any dashboard query. */
async function expectedAggregates(layer: DataLayer, period: Period | null): Promise<DashboardAggregates> {
  const r = layer.repositories;
  const cycle = (await r.cycles.findByKey(DEMO_CYCLE_KEY))!.value;
  const [stepRecords, meetings, commitments, talks, agreements, groups] = await Promise.all([
    r.stepRecords.ofCycle(DEMO_CYCLE_KEY),
    r.meetings.ofCycle(DEMO_CYCLE_KEY),
    r.commitments.ofCycle(DEMO_CYCLE_KEY),
    layer.http.get<{ value: { fields: Record<string, unknown> }[] }>(`/sites/root/lists/${TALKS_LIST.displayName}/items?expand=fields&$top=5000`),
    layer.http.get<{ value: { fields: Record<string, unknown> }[] }>(`/sites/root/lists/${AGREEMENTS_LIST.displayName}/items?expand=fields&$top=5000`),
    layer.api.intervisie.groups(),
  ]);
  const intervisie = intervisieFactsOf(groups.map((g) => g.value));
  return aggregateDashboard({
    cycle,
    stepRecords: stepRecords.map((s) => s.value),
    meetings: meetings.map((m) => m.value),
    commitments: commitments.map((c) => c.value),
    talks: talks.value.map((t) => talkMapper.fromFields(t.fields).talk),
    agreements: agreements.value.map((a) => agreementMapper.fromFields(a.fields)),
    intervisieGroups: intervisie.groups,
    intervisieSessions: intervisie.sessions,
    period,
    today: TODAY,
  });
}

/** The aggregates with every figure's ids in one order: reads in another order count the same. */
function normalised<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (key, v: unknown) =>
    key === 'ids' && Array.isArray(v) ? [...(v as string[])].sort() : v,
  ) as T;
}

/** Every figure of the dashboard by reference. */
function everyFigure(a: DashboardAggregates): FigureRef[] {
  return [
    ...(['planned', 'held', 'cancelled', 'notRecorded'] as const).map((figure): FigureRef => ({ panel: 'meetings', figure })),
    ...[null, ...BOUWEN].flatMap((bouw) =>
      (['made', 'overdue', 'supportOpen', ...TRACK_STATUSES] as const).map((figure): FigureRef => ({ panel: 'promises', bouw, figure })),
    ),
    ...(['held', 'withFollowUp', 'withoutFollowUp'] as const).map((figure): FigureRef => ({ panel: 'talks', figure })),
    ...(['made', 'overdue'] as const).map((figure): FigureRef => ({ panel: 'agreements', figure })),
    ...a.intervisie.map((g): FigureRef => ({ panel: 'intervisie', groupId: g.groupId })),
  ];
}

describe('the dashboard on the demo school', () => {
  let site: Site;
  beforeAll(async () => {
    site = await startSite();
    // Talks and agreements of this autumn, some talks followed up.
    const talks = Array.from({ length: 30 }, (_, i) => scheduledTalk(i, i >= 20 ? { followUpOf: `talk-${i - 19}`, status: 'planned', start: '2027-01-12T13:00:00.000Z' } : {}));
    bulkInsert(site.dbPath, TALKS_LIST.displayName, talkMapper, talks);
    bulkInsert(site.dbPath, AGREEMENTS_LIST.displayName, agreementMapper, Array.from({ length: 45 }, (_, i) => agreement(i)));
  });
  afterAll(() => stopSite(site));

  const periods: [string, Period | null][] = [
    ['all time', null],
    ['the school year', { kind: 'schoolYear', schoolYear: schoolYearOf(TODAY) }],
    ['the current term', periodAround(TODAY)],
  ];

  it.each(periods)('counts exactly what is stored, for %s, in one $batch, for the cycle asked for or the active one', async (_, period) => {
    const api = site.layer.api;
    const expected = await expectedAggregates(site.layer, period);
    // Without a cycle id the active cycle's items are asked for by their status mirror.
    for (const cycle of [{ cycleId: DEMO_CYCLE_KEY }, {}]) {
      const before = api.diagnostics();
      const serverBefore = await (await fetch(`${site.server.url}/local/admin/stats`)).json() as { total: number; batches: number };
      const snapshot = await api.dashboard.load({ ...cycle, period, today: TODAY });
      const after = api.diagnostics();
      const serverAfter = await (await fetch(`${site.server.url}/local/admin/stats`)).json() as { total: number; batches: number };
      expect(after.requests - before.requests).toBe(1);
      expect(after.batches - before.batches).toBe(1);
      expect(serverAfter.total - serverBefore.total).toBe(1);
      expect(normalised(snapshot.aggregates)).toEqual(normalised(expected));
      expect(snapshot.cycles.map((c) => c.id)).toContain(DEMO_CYCLE_KEY);
    }
  });

  it('has something to show on the demo data', async () => {
    const { aggregates } = await site.layer.api.dashboard.load({ cycleId: DEMO_CYCLE_KEY, period: null, today: TODAY });
    const a = aggregates!;
    expect(a.meetings.held.count).toBeGreaterThan(2);
    expect(a.meetings.planned.count).toBeGreaterThan(a.meetings.held.count);
    expect(a.scoreTrend.length).toBeGreaterThan(2);
    expect(a.promises.total.made.count).toBeGreaterThan(0);
    // The exact counts are checked against the stored items above; here: the talks added show.
    expect(a.talks.held.count).toBeGreaterThanOrEqual(20 - 7); // talks 0–19, every third one planned
    expect(a.talks.withFollowUp.count).toBeGreaterThanOrEqual(7); // talks 1–10 followed up, 3, 6 and 9 not held
    expect(a.agreements.overdue.count).toBeGreaterThan(0);
  });

  it('without a cycle id shows the active cycle, in the same one round trip', async () => {
    const api = site.layer.api;
    const before = api.diagnostics().requests;
    const snapshot = await api.dashboard.load({ period: null, today: TODAY });
    expect(api.diagnostics().requests - before).toBe(1);
    expect(snapshot.aggregates?.cycleId).toBe(DEMO_CYCLE_KEY);
  });

  it('reads the team-scan overview in the same round trip, equal to teamScan.overview()', async () => {
    const api = site.layer.api;
    const before = api.diagnostics().requests;
    const snapshot = await api.dashboard.load({ period: null, today: TODAY, withTeam: true });
    expect(api.diagnostics().requests - before).toBe(1);
    expect(snapshot.aggregates?.cycleId).toBe(DEMO_CYCLE_KEY);
    expect(snapshot.team).toEqual(await api.teamScan.overview());
  });

  it('lists exactly the items behind every figure, each in one round trip', async () => {
    const api = site.layer.api;
    const selection = { cycleId: DEMO_CYCLE_KEY, period: { kind: 'schoolYear', schoolYear: schoolYearOf(TODAY) } as Period, today: TODAY };
    const { aggregates } = await api.dashboard.load(selection);
    for (const ref of everyFigure(aggregates!)) {
      const before = api.diagnostics().requests;
      const listed = await api.dashboard.items(selection, ref);
      expect(api.diagnostics().requests - before).toBe(1);
      expect(listed.panel).toBe(ref.panel);
      expect({ ref, ids: listed.items.map((i) => i.id).sort() }).toEqual({ ref, ids: [...figureOf(aggregates!, ref).ids].sort() });
    }
  });

  it('refuses a bad selection before any request', async () => {
    const api = site.layer.api;
    const before = api.diagnostics().requests;
    await expect(api.dashboard.load({ cycleId: '', period: null, today: 'gisteren' })).rejects.toMatchObject({ name: 'ValidationError' });
    expect(api.diagnostics().requests).toBe(before);
  });

  it('without an active cycle shows the newest, read by its key in one round trip more', async () => {
    const api = site.layer.api;
    const { cycle } = await api.planner.load(DEMO_CYCLE_KEY);
    await api.planner.updateCycle(cycle, { ...cycle.value, status: 'archived' });
    const expected = await expectedAggregates(site.layer, null);
    const before = api.diagnostics().requests;
    const snapshot = await api.dashboard.load({ period: null, today: TODAY });
    expect(api.diagnostics().requests - before).toBe(2);
    expect(normalised(snapshot.aggregates)).toEqual(normalised(expected));
  });
});

describe('the dashboard on a board’s data volume', () => {
  const THIS_CYCLE = 6_000;
  const OTHER_CYCLES = 4_000;
  const MEETINGS = 2_000;
  let site: Site;
  let meetings: Meeting[];
  beforeAll(async () => {
    site = await startSite();
    // Most of this cycle's promises in the onderbouw: past one page of 5,000 in a single answer.
    const mine = Array.from({ length: THIS_CYCLE }, (_, i) => promise(i, i % 10 < 9 ? { bouw: 'onderbouw' } : {}));
    const others = Array.from({ length: OTHER_CYCLES }, (_, i) => promise(THIS_CYCLE + i, { cycleId: `earlier-${i % 5}` }));
    // As the data layer stores them: the status mirror of their cycle with each.
    const active = { CycleLookupId: site.cycleItemId, CycleStatus: 'active' };
    const archived = { CycleLookupId: site.cycleItemId, CycleStatus: 'archived' };
    bulkInsert(site.dbPath, COMMITMENTS_LIST.displayName, commitmentMapper, mine, active);
    bulkInsert(site.dbPath, COMMITMENTS_LIST.displayName, commitmentMapper, others, archived);
    meetings = Array.from({ length: MEETINGS }, (_, i): Meeting => ({
      id: `bulk-meeting-${i}`,
      cycleId: i % 4 === 0 ? DEMO_CYCLE_KEY : `earlier-${i % 5}`,
      type: 'team',
      title: `Bijeenkomst ${i}`,
      date: `20${22 + (i % 5)}-0${(i % 9) + 1}-1${i % 10}`,
      purpose: '',
      stepsCovered: [],
      minutes: '',
      status: i % 3 === 0 ? 'held' : 'planned',
      ...(i % 3 === 0 ? { score: (i % 10) + 0.5 } : {}),
    }));
    bulkInsert(site.dbPath, MEETINGS_LIST.displayName, meetingMapper, meetings.filter((m) => m.cycleId === DEMO_CYCLE_KEY), active);
    bulkInsert(site.dbPath, MEETINGS_LIST.displayName, meetingMapper, meetings.filter((m) => m.cycleId !== DEMO_CYCLE_KEY), archived);
  });
  afterAll(() => stopSite(site));

  it('is over the threshold, yet loads exactly, in two round trips', async () => {
    const refused = await fetch(
      `${site.server.graphUrl}/sites/root/lists/${COMMITMENTS_LIST.displayName}/items?$filter=${encodeURIComponent("fields/OwnerName eq 'Sanne Jansen'")}`,
      { headers: { Authorization: `Bearer ${site.server.tokenFor(MT.upn)}`, Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' } },
    );
    expect(refused.status).toBe(429); // SharePoint's list view threshold
    const api = site.layer.api;
    const before = api.diagnostics().requests;
    const started = performance.now();
    const { aggregates } = await api.dashboard.load({ cycleId: DEMO_CYCLE_KEY, period: null, today: TODAY });
    const ms = performance.now() - started;
    const trips = api.diagnostics().requests - before;
    const expected = await expectedAggregates(site.layer, null);
    console.log(`dashboard over ${THIS_CYCLE + OTHER_CYCLES}+ promises, ${MEETINGS}+ meetings: ${trips} round trips, ${ms.toFixed(0)} ms`);
    expect(trips).toBe(2); // the onderbouw's 5,400 promises need a second page
    expect(normalised(aggregates)).toEqual(normalised(expected));
    // The same without the cycle's key: the active cycle's items by their status mirror.
    const fromMirror = api.diagnostics().requests;
    const active = await api.dashboard.load({ period: null, today: TODAY });
    expect(api.diagnostics().requests - fromMirror).toBe(2);
    expect(normalised(active.aggregates)).toEqual(normalised(expected));
    expect(aggregates!.promises.total.made.count).toBeGreaterThan(THIS_CYCLE);
    expect(ms).toBeLessThan(10_000);
  });

  it('lists the items of a large figure', async () => {
    const api = site.layer.api;
    const selection = { cycleId: DEMO_CYCLE_KEY, period: null, today: TODAY };
    const { aggregates } = await api.dashboard.load(selection);
    const ref: FigureRef = { panel: 'promises', bouw: 'onderbouw', figure: 'kept' };
    const listed = await api.dashboard.items(selection, ref);
    expect(listed.items.length).toBe(figureOf(aggregates!, ref).count);
    expect(listed.items.length).toBeGreaterThan(1_000);
  });
});
