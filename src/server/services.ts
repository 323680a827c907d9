/**
 * Wires what the Graph pipeline needs around an open store: the demo school's directory, its
 * site and the team behind it (created on first run), the token secret, fault injection and counters.
 */
import { DEMO_SCHOOL } from '../demo/people';
import { demoDirectory } from './directory';
import { Faults } from './faults';
import type { Services } from './graph/context';
import { Stats } from './stats';
import { ensureSite, ensureTeam, tokenSecret } from './store/bootstrap';
import type { Store } from './store/store';
import { graphTimestamp } from './time';

export function createServices(store: Store, clock: () => Date, faults: Faults = new Faults()): Services {
  const directory = demoDirectory();
  const members = directory.users().filter((u) => u.member);
  const secret = store.transaction(() => {
    const now = graphTimestamp(clock());
    const site = ensureSite(
      store,
      { hostname: DEMO_SCHOOL.siteHostname, path: DEMO_SCHOOL.sitePath, displayName: DEMO_SCHOOL.siteDisplayName },
      members,
      now,
    );
    ensureTeam(store, site, { displayName: DEMO_SCHOOL.siteDisplayName, tenantDomain: DEMO_SCHOOL.tenantDomain }, members, now);
    return tokenSecret(store);
  });
  return { store, directory, clock, tokenSecret: secret, faults, stats: new Stats(clock) };
}
