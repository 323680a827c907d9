/**
 * First-run setup of a database: the token signing secret, the school's site with its
 * people, and the team behind the site with its General channel. Idempotent, so it runs on every start and also picks up staff added later.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { stableGuid } from '../directory';
import { type SitePerson, ensureSitePeople } from './siteUsers';
import type { SiteRecord, Store } from './store';
import type { TeamRecord } from './teams';

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

export interface TeamSpec {
  displayName: string;
  description?: string;
  /** The tenant's domain; the tenant id is derived from it. */
  tenantDomain: string;
}

/** The General channel's display name: Graph names the primary channel "General" in every language. */
export const PRIMARY_CHANNEL_NAME = 'General';

/**
 * Ensures the site has its team (the Microsoft 365 group behind a team site) with a General
 * channel, and that every member of the site is a member of the team; the first is its owner.
 * Ids are derived from the site, so they stay the same across fresh databases.
 */
export function ensureTeam(store: Store, site: SiteRecord, spec: TeamSpec, members: readonly SitePerson[], now: string): TeamRecord {
  const teams = store.teams;
  let team = teams.teamOfSite(site.id);
  if (!team) {
    const siteKey = `${site.hostname}${site.path}`.toLowerCase();
    team = {
      id: stableGuid(`team:${siteKey}`),
      siteId: site.id,
      tenantId: stableGuid(`tenant:${spec.tenantDomain}`),
      displayName: spec.displayName,
      description: spec.description ?? '',
      created: now,
    };
    teams.createTeam(team);
    teams.createChannel({
      id: `19:${stableGuid(`channel:${team.id}:general`).replace(/-/g, '')}@thread.tacv2`,
      teamId: team.id,
      displayName: PRIMARY_CHANNEL_NAME,
      description: '',
      isPrimary: true,
      created: now,
    });
  }
  for (const [i, person] of members.entries()) teams.addMember(team.id, person.upn, i === 0 ? 'owner' : 'member');
  return team;
}
