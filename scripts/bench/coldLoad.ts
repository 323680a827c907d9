/**
 * Cold load in headless Chromium on a school laptop on a weak connection (4× CPU throttling,
 * slow 4G; see browser.ts): time from navigation to the first frame with a demo meeting on the
 * timeline, vs the minimal tab's time to its Button, run interleaved (app, tab, app, tab…) with
 * an empty cache each time; the figure is the median of the ratios pair by pair, budget ≤ 2.5×.
 */
import { DEMO_TIMELINE } from '../../src/demo/content/timeline';
import { type Browser } from '@playwright/test';
import { atMost, formatNumber, median, pairedRatio } from './figures';
import { launch, markWhenShown, readyAt, rememberLocalUser, throttle } from './browser';
import { bundles } from './bundles';
import { startStaticServer } from './processes';
import { appServer, DEMO_USER } from './shared';
import type { MeasureModule } from './types';

export const COLD_LOAD_BUDGET = 2.5;

const TIMEOUT_MS = 90_000;

async function loadOnce(browser: Browser, url: string, selector: string, texts: readonly string[], user?: string): Promise<number> {
  const context = await browser.newContext({ locale: 'nl-NL' });
  try {
    if (user) await rememberLocalUser(context, user);
    await markWhenShown(context, selector, texts);
    const page = await context.newPage();
    await throttle(context, page);
    await page.goto(url, { waitUntil: 'commit' });
    return await readyAt(page, TIMEOUT_MS);
  } finally {
    await context.close();
  }
}

export const title = 'Cold load, 4× CPU and slow 4G: timeline with demo data vs minimal tab';

export const measure: MeasureModule['measure'] = async (ctx) => {
  const { minimal } = await bundles(ctx);
  const app = await appServer(ctx);
  const tab = await startStaticServer(ctx, { port: ctx.port(1), dist: minimal.dist });
  const browser = await launch(ctx);
  const runs = ctx.quick ? 2 : 5;
  const appTimes: number[] = [];
  const tabTimes: number[] = [];
  try {
    const meetingTitles = DEMO_TIMELINE.map((m) => m.title);
    // One warm-up each (not counted), so first-request costs of the servers do not count.
    await loadOnce(browser, `${app.origin}/#tijdspad`, 'main h4', meetingTitles, DEMO_USER);
    await loadOnce(browser, `${tab.origin}/`, 'button', ['Driehoek']);
    for (let i = 0; i < runs; i += 1) {
      appTimes.push(await loadOnce(browser, `${app.origin}/#tijdspad`, 'main h4', meetingTitles, DEMO_USER));
      tabTimes.push(await loadOnce(browser, `${tab.origin}/`, 'button', ['Driehoek']));
      ctx.log(`run ${i + 1}/${runs}: timeline ${Math.round(appTimes[i]!)} ms, minimal tab ${Math.round(tabTimes[i]!)} ms`);
    }
  } finally {
    await browser.close();
    await tab.stop();
  }
  const appMedian = median(appTimes);
  const tabMedian = median(tabTimes);
  return [
    atMost(
      'cold load, timeline / minimal tab',
      Math.round(pairedRatio(appTimes, tabTimes) * 100) / 100,
      '×',
      COLD_LOAD_BUDGET,
      `timeline ${formatNumber(Math.round(appMedian))} ms vs minimal tab ${formatNumber(Math.round(tabMedian))} ms (medians of ${runs}; the ratio is the median pair by pair)`,
    ),
  ];
};
