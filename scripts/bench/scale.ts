/**
 * Bench measure: scale (issue 7, item 4). The same school twice: with its history small (100
 * promises in total) and large (10,000 promises, 2,000 meetings, 500 parent talks: each list far
 * over SharePoint's 5,000-item threshold, so only indexed filters work). The promise tracker's
 * "overdue" view and the MT dashboard are loaded and rendered in headless Chromium on both, and
 * time and JS heap compared.
 *
 * What is shown is the same in both (the current cycle's overdue promises, the current cycle's
 * dashboard): the history belongs to an older cycle and older school years. So the budget, "cost
 * grows no worse than linearly in what is shown, not in what is stored", reads here:
 *
 *   time(large) / time(small) ≤ 1.5 × shown(large) / shown(small)   (= 1.5 when shown is equal)
 *   heap(large) / heap(small) ≤ 1.5 × shown(large) / shown(small)
 *
 * while stored(large) / stored(small) is 100. See docs/performance.md (Scale).
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createDataLayer } from '../../src/data';
import type { Commitment } from '../../src/domain/commitments';
import type { ChangeCycle } from '../../src/domain/cycles';
import type { Meeting } from '../../src/domain/meetings';
import { DEMO_PROVISIONER } from '../../src/demo/people';
import { seedDemoSchool } from '../../src/demo/seed';
import { startGraphServer, type RunningServer } from '../../src/server';
import { openStore } from '../../src/server/store/store';
import { CLIENT_KEY } from '../../src/data/lists/schema';
import { CHROMIUM_ARGS, rememberLocalUser } from './browser';
import { bundles } from './bundles';
import { atMost, formatRatio, info, median, ratio } from './figures';
import type { BenchContext, Figure, Measure } from './types';
import { chromium } from '@playwright/test';

export const title = 'Scale (10,000 promises, 2,000 meetings, 500 talks vs 100 promises)';

const HISTORY_CYCLE = 'scale-history-cycle';
const MT_USER = 'mark.devries@delinde.example';

export interface ScaleSize {
  name: string;
  promises: number;
  meetings: number;
  talks: number;
}

export const SMALL: ScaleSize = { name: 'small', promises: 100, meetings: 0, talks: 0 };
export const LARGE: ScaleSize = { name: 'large', promises: 10_000, meetings: 2_000, talks: 500 };

interface Seeded {
  dbPath: string;
  stored: { promises: number; meetings: number; talks: number };
  seedSeconds: { demo: number; bulk: number };
}

/**
 * The demo school, then history up to `size` in an older cycle: one promise, meeting and talk
 * made through the data layer (so their stored form is the real one), then copied straight into
 * the server's store inside one transaction, each copy with its own ClientKey.
 */
export async function seedScale(dir: string, size: ScaleSize, port: number): Promise<Seeded> {
  const dbPath = join(dir, `${size.name}.sqlite`);
  const today = new Date();
  let started = performance.now();
  let server: RunningServer = await startGraphServer({ port, dbPath });
  const graphBaseUrl = server.graphUrl.replace(/\/v1\.0$/, '');
  await seedDemoSchool({ graphBaseUrl, getToken: async () => server.tokenFor(DEMO_PROVISIONER), today });
  const layer = createDataLayer({ graphBaseUrl, tokenProvider: { getToken: async () => server.tokenFor(DEMO_PROVISIONER) }, site: { kind: 'root' } });
  const { repositories: r } = layer;
  const existing = (await r.commitments.query()).length;
  const cycle: ChangeCycle = {
    ...(await r.cycles.query())[0]!.value,
    id: HISTORY_CYCLE,
    title: 'Oudercontact (eerdere jaren)',
    status: 'draft',
    schoolYear: '2019-2020',
  } as ChangeCycle;
  await r.cycles.create(cycle);
  const promise: Commitment = {
    ...(await r.commitments.query())[0]!.value,
    id: 'scale-promise-template',
    cycleId: HISTORY_CYCLE,
    madeOn: '2020-01-10',
    dueDate: '2020-02-10',
    status: 'kept',
  } as Commitment;
  await r.commitments.create(promise);
  const meeting: Meeting = { ...(await r.meetings.query())[0]!.value, id: 'scale-meeting-template', cycleId: HISTORY_CYCLE, date: '2020-01-10' };
  await r.meetings.create(meeting);
  await server.close();
  const demoSeconds = (performance.now() - started) / 1000;

  started = performance.now();
  const store = openStore(dbPath);
  const counts = { promises: existing + 1, meetings: 0, talks: 0 };
  try {
    const site = store.sites().find((s) => s.isRoot) ?? store.sites()[0]!;
    const listOf = (displayName: string) => store.findList(site.id, displayName)!;
    const templateOf = (listId: string, key: string) => {
      const found = store.queryItems(listId, { where: [], orderBy: ['id'], sortExpressions: [], limit: 100_000 }).items.find((i) => i.values[CLIENT_KEY] === key);
      if (!found) throw new Error(`template ${key} not stored`);
      return found;
    };
    const promises = listOf(r.commitments.list.displayName);
    const meetings = listOf(r.meetings.list.displayName);
    const talksList = store.listsOf(site.id).find((l) => /gesprek|talk/i.test(l.displayName) && !/afspra|agree/i.test(l.displayName));
    const copy = (listId: string, template: ReturnType<typeof templateOf>, n: number, vary: (i: number) => Record<string, unknown>) => {
      for (let i = 0; i < n; i += 1) {
        store.insertItem({
          ...template,
          listId,
          uniqueId: crypto.randomUUID(),
          version: 1,
          values: { ...template.values, ...vary(i) } as typeof template.values,
        });
      }
    };
    store.transaction(() => {
      const p = templateOf(promises.id, 'scale-promise-template');
      const toAdd = Math.max(0, size.promises - counts.promises);
      copy(promises.id, p, toAdd, (i) => ({ [CLIENT_KEY]: `scale-promise-${i}`, Title: `Belofte ${i}` }));
      counts.promises += toAdd;
      const m = templateOf(meetings.id, 'scale-meeting-template');
      copy(meetings.id, m, size.meetings, (i) => ({ [CLIENT_KEY]: `scale-meeting-${i}` }));
      counts.meetings = size.meetings;
      if (talksList && size.talks > 0) {
        const t = store.queryItems(talksList.id, { where: [], orderBy: ['id'], sortExpressions: [], limit: 1 }).items[0];
        if (t) {
          // Talks of earlier school years: held long ago, another pupil each.
          copy(talksList.id, t, size.talks, (i) => ({
            [CLIENT_KEY]: `scale-talk-${i}`,
            PupilKey: `scale-pupil-${i % 250}`,
            StartsAt: `2020-0${1 + (i % 9)}-1${i % 10}T08:00:00Z`,
            Status: 'held',
            FollowUpOfKey: null,
          }));
          counts.talks = size.talks;
        }
      }
    });
  } finally {
    store.close();
  }
  return { dbPath, stored: counts, seedSeconds: { demo: demoSeconds, bulk: (performance.now() - started) / 1000 } };
}

interface ViewCost {
  ms: number;
  heapMb: number;
  shown: number;
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

/** Opens the app, then times one view from navigation to its content on screen. */
async function measureView(
  ctx: BenchContext,
  origin: string,
  view: 'overdue' | 'dashboard',
  runs: number,
): Promise<ViewCost> {
  const browser = await chromium.launch({ executablePath: ctx.chromium, args: CHROMIUM_ARGS });
  try {
    const times: number[] = [];
    const heaps: number[] = [];
    let shown = 0;
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext({ baseURL: origin, locale: 'nl-NL' });
      await rememberLocalUser(context, view === 'dashboard' ? MT_USER : DEMO_PROVISIONER);
      const page = await context.newPage();
      if (view === 'overdue') {
        await page.goto('/#beloftes');
        const tab = page.getByRole('tablist', { name: 'Welke beloftes' }).getByRole('tab', { name: 'Over de datum' });
        await tab.waitFor({ timeout: 60_000 });
        const started = Date.now();
        await tab.click();
        const list = page.getByRole('list', { name: 'Over de datum' });
        await list.getByRole('listitem').first().waitFor({ timeout: 60_000 });
        times.push(Date.now() - started);
        shown = await list.getByRole('listitem').count();
      } else {
        const started = Date.now();
        await page.goto('/#dashboard');
        await page.getByRole('region', { name: 'Beloftes per bouw' }).waitFor({ timeout: 60_000 });
        times.push(Date.now() - started);
        shown = await page.getByRole('region').count();
      }
      heaps.push(await heapMb(page));
      await context.close();
    }
    return { ms: median(times), heapMb: median(heaps), shown };
  } finally {
    await browser.close();
  }
}

export const measure: Measure = async (ctx) => {
  const { app } = await bundles(ctx);
  const runs = ctx.quick ? 1 : 3;
  const port = ctx.port(6);
  const results: Record<string, { seeded: Seeded; overdue: ViewCost; dashboard: ViewCost }> = {};
  for (const size of [SMALL, LARGE]) {
    const dir = ctx.scratch(`scale-${size.name}`);
    ctx.log(`scale: seeding ${size.name} (${size.promises} promises, ${size.meetings} extra meetings, ${size.talks} talks)…`);
    const seeded = await seedScale(dir, size, port);
    ctx.log(
      `scale: ${size.name} seeded in ${seeded.seedSeconds.demo.toFixed(1)} s (demo via Graph) + ${seeded.seedSeconds.bulk.toFixed(2)} s (bulk into the store)`,
    );
    const server = await startGraphServer({ port, dbPath: seeded.dbPath, staticDir: app.dist });
    try {
      const overdue = await measureView(ctx, server.url, 'overdue', runs);
      const dashboard = await measureView(ctx, server.url, 'dashboard', runs);
      ctx.log(`scale: ${size.name} overdue ${overdue.ms} ms, ${overdue.heapMb.toFixed(1)} MB, ${overdue.shown} shown; dashboard ${dashboard.ms} ms, ${dashboard.heapMb.toFixed(1)} MB`);
      results[size.name] = { seeded, overdue, dashboard };
    } finally {
      await server.close();
    }
  }
  const small = results[SMALL.name]!;
  const large = results[LARGE.name]!;
  const storedRatio = ratio(large.seeded.stored.promises, small.seeded.stored.promises);
  const figures: Figure[] = [
    info('scale: seeding 10,000 promises + 2,000 meetings + 500 talks', Number(large.seeded.seedSeconds.bulk.toFixed(2)), 's', `demo school through Graph first: ${large.seeded.seedSeconds.demo.toFixed(1)} s`),
  ];
  for (const view of ['overdue', 'dashboard'] as const) {
    const a = small[view];
    const b = large[view];
    const shownRatio = Math.max(1, ratio(b.shown, a.shown));
    const limit = 1.5 * shownRatio;
    const label = view === 'overdue' ? 'promises "overdue"' : 'MT dashboard';
    figures.push(
      atMost(`scale: ${label} time, large/small`, ratio(b.ms, a.ms), '×', limit, `${b.ms} vs ${a.ms} ms; shown ${b.shown} vs ${a.shown}; stored ${formatRatio(storedRatio)}`),
      atMost(`scale: ${label} JS heap, large/small`, ratio(b.heapMb, a.heapMb), '×', limit, `${b.heapMb.toFixed(1)} vs ${a.heapMb.toFixed(1)} MB`),
    );
  }
  return figures;
};
