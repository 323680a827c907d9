/**
 * Bench measure: data safety under faults (issue 7, item 5). Two clients create and edit the same
 * 200 meetings side by side while the server throttles 20% of requests (429/503 + Retry-After) and
 * drops connections before and after committing; see ./safetyRun.ts for what is checked and how.
 * Budgets are absolute: nothing lost, duplicated, corrupted or falsely shown as a conflict.
 */
import { atMost, info } from './figures';
import { describeSafety, runSafety } from './safetyRun';
import type { Measure } from './types';

export const title = 'Data safety under faults (2 clients, same items, 20% 429/503 + dropped connections)';

export const measure: Measure = async (ctx) => {
  const items = ctx.quick ? 50 : 200;
  const report = await runSafety({
    items,
    editsPerClient: 3,
    workers: 8,
    faults: { rate: 0.2, statuses: [429, 503], retryAfterSeconds: 1, latencyMs: 0, dropRate: 0.05, dropAfterRate: 0.1 },
    scratch: ctx.scratch('safety'),
    log: ctx.log,
  });
  for (const line of describeSafety(report)) ctx.log(line);
  const e = report.edits;
  return [
    atMost('safety: accepted edits lost', report.lost, 'edits', 0, `of ${e.accepted + e.queuedSaved} saved (${e.queuedSaved} via the outbox)`),
    atMost('safety: creates duplicated', report.duplicated, 'items', 0, `${report.stored} of ${items} stored, both clients created each`),
    atMost('safety: items corrupted', report.corrupted + report.etagRegressions, 'items', 0, 'parse + version = 1 + edits + etags only rise'),
    atMost('safety: false conflicts', report.falseConflicts, 'edits', 0, `${e.conflicts} conflicts shown (${report.overtaken} after the edit was saved and then changed by the other), ${e.failed} failed outright`),
    atMost('safety: queued edits unaccounted', report.unaccounted, 'edits', 0, `${e.queued} queued: ${e.queuedSaved} saved, ${e.queuedReported} shown as failed`),
    info('safety: faults injected', report.faulted, 'requests', `of ${report.requests} requests in ${report.seconds.toFixed(1)} s`),
  ];
};
