/**
 * Builds the app and the minimal tab once per bench run, with the one webpack configuration
 * (scripts/build/webpackConfig.ts, production), into the bench's scratch folder; the bundle and
 * cold-load measures both use these builds, so they compare the same bytes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import webpack, { type StatsCompilation } from 'webpack';
import { bundleConfig } from '../build/webpackConfig';
import { type JsFile, partsOf } from './bundleParts';
import type { BenchContext } from './types';

export { type JsFile, totalGzip } from './bundleParts';

export interface BuiltBundle {
  dist: string;
  /** The JavaScript the page loads before anything lazy: the entry's files. */
  initial: JsFile[];
  /** Lazy chunks by name (webpackChunkName), e.g. "timeline"; unnamed chunks under their id. */
  lazy: Array<{ name: string; files: JsFile[] }>;
  /** The largest packages (node_modules/<name>) or source folders in the initial chunks, by raw size. */
  initialParts: Array<{ part: string; bytes: number }>;
}

export interface Bundles {
  app: BuiltBundle;
  minimal: BuiltBundle;
}

let pending: Promise<Bundles> | undefined;

export function bundles(ctx: BenchContext): Promise<Bundles> {
  pending ??= (async () => {
    const root = ctx.scratch('bundles');
    ctx.log('building the app and the minimal tab (production, same webpack settings)…');
    const app = await build(join(root, 'app'), 'src/ui/main.tsx', 'Driehoek');
    const minimal = await build(join(root, 'minimal'), 'scripts/bench/minimalTab/main.tsx', 'Minimal tab');
    return { app, minimal };
  })();
  return pending;
}

function compile(entry: string, outDir: string, title: string): Promise<StatsCompilation> {
  return new Promise((resolve, reject) => {
    webpack(bundleConfig({ entry, outDir, mode: 'production', title }), (error, stats) => {
      if (error) return reject(error);
      if (!stats) return reject(new Error(`no stats for ${entry}`));
      // The default stats keep module names (all: false drops them), nested ones for concatenated modules.
      const info = stats.toJson({ assets: true, chunks: true, chunkModules: true, nestedModules: true, entrypoints: true, errors: true });
      if (stats.hasErrors()) return reject(new Error((info.errors ?? []).map((e) => e.message).join('\n')));
      resolve(info);
    });
  });
}

async function build(dist: string, entry: string, title: string): Promise<BuiltBundle> {
  const info = await compile(entry, dist, title);
  const measureFile = (name: string): JsFile => {
    const content = readFileSync(join(dist, name));
    return { name, bytes: content.length, gzipBytes: gzipSync(content).length };
  };
  const initialNames = (info.entrypoints?.main?.assets ?? []).map((a) => a.name).filter((n) => n.endsWith('.js'));
  const initialChunks = (info.chunks ?? []).filter((c) => c.initial);
  const lazy = (info.chunks ?? [])
    .filter((c) => !c.initial)
    .map((c) => ({
      name: c.names?.[0] ?? String(c.id),
      files: (c.files ?? []).filter((f) => f.endsWith('.js')).map(measureFile),
    }));
  return {
    dist,
    initial: initialNames.map(measureFile),
    lazy,
    initialParts: partsOf(
      initialChunks
        .flatMap((c) => c.modules ?? [])
        // A concatenated module lists what it is made of; count those, so packages show.
        .flatMap((m) => (m.modules?.length ? m.modules : [m]))
        .map((m) => ({ name: m.name ?? '', size: m.size ?? 0 })),
    ),
  };
}
