/** GET /sites/{site}: by "root", by composite id, or by "hostname:/server-relative-path". */
import type { SiteRecord, Store } from '../store/store';
import { type RouteModule, route, siteOf } from './context';
import { siteJson } from './representations';

const HOST_PATH = /^\/sites\/([^/:]+):(\/[^:]*)(?::(\/.*)?)?$/;

/**
 * Graph addresses a site by path as /sites/{hostname}:/{path} and continues below it after a
 * second colon (/sites/{hostname}:/{path}:/lists). Rewrites that form into one {site} segment.
 */
export function normalizeSitePath(path: string): string {
  const match = HOST_PATH.exec(path.replace(/%3A/gi, ':'));
  if (!match) return path;
  const [, host, sitePath, rest] = match;
  let decoded: string;
  try {
    decoded = decodeURIComponent(sitePath!);
  } catch {
    return path;
  }
  return `/sites/${encodeURIComponent(`${host}:${decoded}`)}${rest ?? ''}`;
}

export function resolveSite(store: Store, ref: string): SiteRecord | undefined {
  const sites = store.sites();
  if (ref.toLowerCase() === 'root') return sites.find((s) => s.isRoot);
  const colon = ref.indexOf(':');
  if (colon > 0) {
    const host = ref.slice(0, colon).toLowerCase();
    const path = ref.slice(colon + 1).replace(/\/+$/, '').toLowerCase();
    return sites.find((s) => s.hostname.toLowerCase() === host && s.path.toLowerCase() === path);
  }
  return store.siteById(ref);
}

export const siteRoutes: RouteModule = (router) => {
  router.add('GET', '/sites/{site}', route((ctx) => ({ status: 200, body: siteJson(siteOf(ctx), ctx.origin) })));
};
