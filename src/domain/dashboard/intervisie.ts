import { addTo, emptyFigure, type Figure } from './figure';
import { type DateRange, inRange } from './periods';

/**
 * What the dashboard needs of intervisie: the groups by name and that a session took place,
 * when and in which group (the fields of the intervisie module's group and session, so those
 * fit as they are). What was said never reaches the dashboard: records are for the group only.
 */
export interface IntervisieGroupFacts {
  id: string;
  name: string;
}

export interface IntervisieSessionFacts {
  id: string;
  groupId: string;
  /** ISO calendar date. */
  date: string;
}

export interface IntervisieGroupFigures {
  groupId: string;
  groupName: string;
  held: Figure;
}

/**
 * Sessions held per group in the period, groups by name. Every group appears, also one that
 * did not meet: that is worth seeing too. Sessions of groups not given are left out.
 */
export function intervisieFigures(
  groups: readonly IntervisieGroupFacts[],
  sessions: readonly IntervisieSessionFacts[],
  range: DateRange | null,
): IntervisieGroupFigures[] {
  const byId = new Map(
    groups.map((g): [string, IntervisieGroupFigures] => [g.id, { groupId: g.id, groupName: g.name, held: emptyFigure() }]),
  );
  for (const s of sessions) {
    const group = byId.get(s.groupId);
    if (group && inRange(s.date, range)) addTo(group.held, s.id);
  }
  return [...byId.values()].sort((a, b) => a.groupName.localeCompare(b.groupName, 'nl'));
}
