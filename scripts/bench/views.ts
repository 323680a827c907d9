/**
 * The built views and their chunk names, read from src/ui/shell/sections.ts itself (each lazy
 * view names its chunk with webpackChunkName), so a view added there is measured without an
 * edit here. The chunk name doubles as the view's name in the figures ("timeline", "talks").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BuiltView {
  /** The section id, as in the URL hash (#tijdspad). */
  section: string;
  /** Its webpack chunk name, e.g. "timeline". */
  chunk: string;
}

const LAZY_VIEW = /^\s*(\w+):\s*lazy(?:View)?\(\(\)\s*=>\s*import\(\/\*\s*webpackChunkName:\s*"([\w-]+)"\s*\*\//gm;

/** The entries of SECTION_VIEWS in `source` (the text of sections.ts), in their order. */
export function viewsIn(source: string): BuiltView[] {
  const block = /SECTION_VIEWS[^=]*=\s*\{([\s\S]*?)\n\};/.exec(source)?.[1] ?? '';
  return [...block.matchAll(LAZY_VIEW)].map((m) => ({ section: m[1]!, chunk: m[2]! }));
}

export function builtViews(root: string): BuiltView[] {
  return viewsIn(readFileSync(join(root, 'src', 'ui', 'shell', 'sections.ts'), 'utf8'));
}
