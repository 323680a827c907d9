/**
 * Initial JavaScript (gzip) of the app vs a minimal Teams tab built in the same run with the
 * same webpack settings; budget ≤ 2.0× that floor. Also checks that every built view is a lazy
 * chunk of its own (named as in src/ui/shell/sections.ts), not part of the first load.
 */
import { atMost, formatRatio, info, ratio } from './figures';
import { bundles, totalGzip } from './bundles';
import type { Figure, MeasureModule } from './types';
import { builtViews } from './views';

export const BUNDLE_BUDGET = 2.0;

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

export const title = 'Bundle: initial JavaScript (gzip), app vs minimal Teams tab';

export const measure: MeasureModule['measure'] = async (ctx) => {
  const { app, minimal } = await bundles(ctx);
  const appGzip = totalGzip(app.initial);
  const minimalGzip = totalGzip(minimal.initial);
  ctx.log(`app initial files: ${app.initial.map((f) => `${f.name} ${kb(f.gzipBytes)} KB`).join(', ')}`);
  ctx.log(`largest parts of the initial chunk (raw): ${app.initialParts.slice(0, 8).map((p) => `${p.part} ${kb(p.bytes)} KB`).join(', ')}`);
  const figures: Figure[] = [
    atMost(
      'initial JavaScript, app / minimal tab',
      Math.round(ratio(appGzip, minimalGzip) * 100) / 100,
      '×',
      BUNDLE_BUDGET,
      `app ${kb(appGzip)} KB vs minimal tab ${kb(minimalGzip)} KB gzip`,
    ),
    info('initial JavaScript, app', kb(appGzip), 'KB', `gzip; ${kb(app.initial.reduce((s, f) => s + f.bytes, 0))} KB raw`),
  ];
  const lazyNames = new Set(app.lazy.map((c) => c.name));
  const views = builtViews(ctx.root).map((v) => v.chunk);
  const eager = views.filter((name) => !lazyNames.has(name));
  figures.push(
    atMost(
      'built views not loaded lazily',
      eager.length,
      eager.length === 1 ? 'view' : 'views',
      0,
      eager.length ? `eager: ${eager.join(', ')}` : `lazy chunks: ${views.join(', ')}`,
    ),
  );
  return figures;
};
