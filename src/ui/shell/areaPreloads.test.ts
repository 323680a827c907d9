/**
 * Every lazy view or panel names the data areas it calls (sections.ts `lazyView(…, areas)`,
 * elsewhere `withAreas(areas, …)`), so their code downloads beside the view's chunk and not one
 * step later on the first call (src/data/areas.ts). This reads the sources: from each lazily
 * imported module it follows the static imports inside src/ui and collects `api.<area>` calls.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const UI = resolve(__dirname, '..');
const AREAS = ['planner', 'meetings', 'commitments', 'digest', 'talks', 'dashboard', 'teamScan', 'intervisie', 'staffRoles'];
const CALL = new RegExp(`\\bapi\\.(${AREAS.join('|')})\\b`, 'g');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolveModule(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** The data areas called by a module and everything it statically imports inside src/ui. */
function areasCalledFrom(entry: string): Set<string> {
  const found = new Set<string>();
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !file.startsWith(UI)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(CALL)) found.add(m[1]!);
    // Static imports only (not `import type`, not import()): a lazy import names its own areas.
    for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'(\.[^']+)'/gm)) {
      const target = resolveModule(file, m[1]!);
      if (target) queue.push(target);
    }
  }
  return found;
}

interface Preload {
  where: string;
  module: string;
  areas: string[];
}

/** Each `lazyView(() => import('…'), [areas])` and `withAreas([areas], () => import('…'))` in src/ui. */
function preloads(): Preload[] {
  const out: Preload[] = [];
  for (const file of sourceFiles(UI)) {
    const text = readFileSync(file, 'utf8');
    const patterns = [
      /lazyView\(\(\) => import\([^']*'([^']+)'\)[\s\S]*?\}\)\),\s*\[([^\]]*)\]\)/g,
      /withAreas\(\[([^\]]*)\],\s*\(\) =>\s*import\([^']*'([^']+)'\)/g,
    ];
    for (const [i, pattern] of patterns.entries()) {
      for (const m of text.matchAll(pattern)) {
        const [specifier, list] = i === 0 ? [m[1]!, m[2]!] : [m[2]!, m[1]!];
        const module = resolveModule(file, specifier);
        if (!module) throw new Error(`${file}: cannot resolve ${specifier}`);
        const areas = [...list.matchAll(/'(\w+)'/g)].map((a) => a[1]!);
        out.push({ where: `${file.slice(UI.length + 1)} → ${specifier}`, module, areas });
      }
    }
  }
  return out;
}

describe('data areas preloaded with their views', () => {
  const all = preloads();

  it('finds every section view and panel that loads lazily', () => {
    // Eight sections, three meeting panel modes, the meeting editor.
    expect(all).toHaveLength(12);
  });

  it.each(all.map((p) => [p.where, p] as const))('%s names every area it calls', (_where, preload) => {
    const missing = [...areasCalledFrom(preload.module)].filter((area) => !preload.areas.includes(area));
    expect(missing).toEqual([]);
  });
});
