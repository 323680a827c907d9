import type { Role } from '../people';
import { isLargeEnough } from './anonymity';
import { addEntry, type Distribution, emptyDistribution, type Scan, type ScanEntry } from './scan';

export interface GroupSummary {
  group: string;
  /** Null when the group is too small to show, or must be hidden so it cannot be worked out. */
  distribution: Distribution | null;
}

/**
 * What of a scan may be shown to everyone who sees aggregates. It is what staff other than
 * the IB receive: the data layer can keep it beside the scan for them, while the entries stay
 * readable by the IB only.
 */
export interface ScanSummary {
  scanId: string;
  cycleId: string;
  takenAt: string;
  /** The whole team; null when the scan covers too few people. */
  total: Distribution | null;
  /** Subgroups in the order the IB entered them. */
  groups: GroupSummary[];
}

export type VisibleScan =
  | { level: 'individual'; summary: ScanSummary; entries: readonly ScanEntry[] }
  | { level: 'aggregate'; summary: ScanSummary };

/**
 * The IB sees who is where; other staff see totals only; a guest sees nothing (guests never
 * read the app's data). The data layer enforces the same on the server side; this decides
 * what a view may hold.
 */
export function visibleScan(scan: Scan, viewerRole: Role): VisibleScan | null {
  if (viewerRole === 'guest') return null;
  const summary = summarizeScan(scan);
  return viewerRole === 'ib'
    ? { level: 'individual', summary, entries: scan.entries }
    : { level: 'aggregate', summary };
}

/**
 * Totals per subgroup with small groups withheld. Withholding one group is not enough: the
 * team total minus the groups shown would give it away. So while the withheld groups together
 * hold too few people, the smallest shown group is withheld as well; what can then be worked
 * out is only the sum of several groups, large enough to show.
 */
export function summarizeScan(scan: Scan): ScanSummary {
  const byGroup = new Map<string, Distribution>();
  const total = emptyDistribution();
  for (const entry of scan.entries) {
    let group = byGroup.get(entry.group);
    if (!group) byGroup.set(entry.group, (group = emptyDistribution()));
    addEntry(group, entry);
    addEntry(total, entry);
  }
  const groups = [...byGroup].map(([group, distribution]) => ({ group, distribution }));
  const hidden = new Set(groups.filter((g) => !isLargeEnough(g.distribution.people)));
  let hiddenPeople = 0;
  for (const g of hidden) hiddenPeople += g.distribution.people;
  while (hidden.size > 0 && !isLargeEnough(hiddenPeople) && hidden.size < groups.length) {
    const smallest = groups
      .filter((g) => !hidden.has(g))
      .reduce((a, b) => (b.distribution.people < a.distribution.people ? b : a));
    hidden.add(smallest);
    hiddenPeople += smallest.distribution.people;
  }
  return {
    scanId: scan.id,
    cycleId: scan.cycleId,
    takenAt: scan.takenAt,
    total: isLargeEnough(total.people) ? total : null,
    groups: groups.map((g) => ({ group: g.group, distribution: hidden.has(g) ? null : g.distribution })),
  };
}
