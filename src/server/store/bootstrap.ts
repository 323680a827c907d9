/**
 * First-run setup of a database: the token signing secret and the school's site with its
 * people. Idempotent, so it runs on every start and also picks up staff added later.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { type SitePerson, ensureSitePeople } from './siteUsers';
import type { SiteRecord, Store } from './store';

export interface SiteSpec {
  hostname: string;
  path: string;
  displayName: string;
}

const SECRET_KEY = 'tokenSecret';

export function tokenSecret(store: Store): string {
  let secret = store.getMeta(SECRET_KEY);
  if (!secret) {
    secret = randomBytes(32).toString('hex');
    store.setMeta(SECRET_KEY, secret);
  }
  return secret;
}

/** Ensures the (root) site exists and knows its members; returns it. */
export function ensureSite(store: Store, spec: SiteSpec, members: readonly SitePerson[], now: string): SiteRecord {
  let site = store
    .sites()
    .find((s) => s.hostname.toLowerCase() === spec.hostname.toLowerCase() && s.path.toLowerCase() === spec.path.toLowerCase());
  if (!site) {
    site = {
      id: `${spec.hostname},${randomUUID()},${randomUUID()}`,
      hostname: spec.hostname,
      path: spec.path,
      name: spec.path.split('/').filter(Boolean).pop() ?? spec.hostname,
      displayName: spec.displayName,
      description: '',
      isRoot: !store.sites().some((s) => s.isRoot),
      created: now,
    };
    store.createSite(site);
  }
  ensureSitePeople(store, site, members, now);
  return site;
}
