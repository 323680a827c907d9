/**
 * Graph round trips per view on a cold load, counted at the local server: a new browser context
 * (empty cache) per view, signed in as the demo IB, counters reset before the page opens. The
 * budget is one batched request after sign-in (see roundTripCount.ts for what sign-in is).
 */
import type { Page } from '@playwright/test';
import { atMost, formatRatio, ratio } from './figures';
import { launch, rememberLocalUser } from './browser';
import { countView, describe } from './roundTripCount';
import { appServer, DEMO_USER, readStats, resetStats } from './shared';
import type { Figure, MeasureModule } from './types';
import { builtViews } from './views';

/** Quiet: no spinner in the view and no new Graph request for this long. */
const QUIET_MS = 1500;

async function settle(page: Page, origin: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  // The shell's main; a view may hold a main landmark of its own inside it.
  await page.getByRole('main').first().waitFor({ timeout: timeoutMs });
  let last = -1;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    const total = (await readStats(origin)).total;
    const busy = (await page.locator('main .fui-Spinner').count()) > 0;
    if (total !== last || busy) {
      last = total;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= QUIET_MS) {
      return;
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`the view did not settle within ${timeoutMs} ms`);
}

export const title = 'Graph round trips per view (cold load, after sign-in)';

export const measure: MeasureModule['measure'] = async (ctx) => {
  const server = await appServer(ctx);
  const browser = await launch(ctx);
  const figures: Figure[] = [];
  try {
    for (const { section, chunk: name } of builtViews(ctx.root)) {
      const context = await browser.newContext({ locale: 'nl-NL' });
      await rememberLocalUser(context, DEMO_USER);
      const page = await context.newPage();
      await resetStats(server.origin);
      await page.goto(`${server.origin}/#${section}`);
      await settle(page, server.origin, 60_000);
      const count = countView((await readStats(server.origin)).requests);
      await context.close();
      ctx.log(`${name}: sign-in ${count.signIn.length}, view ${count.view.map(describe).join(' | ')}`);
      const unit = count.view.length === 1 ? 'request' : 'requests';
      figures.push(
        atMost(
          `${name} round trips after sign-in`,
          count.view.length,
          unit,
          1,
          `naive ${count.naive} list reads  ${formatRatio(ratio(count.naive, count.view.length))}`,
        ),
      );
    }
  } finally {
    await browser.close();
  }
  return figures;
};
