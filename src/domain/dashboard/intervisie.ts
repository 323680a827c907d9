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

/**
 * The facts of groups that carry the dates they met (as the intervisie module's group records
 * do): a session per date, its id made of the group and the date (and its place, for two
 * sessions on one day).
 */
export function intervisieFactsOf(groups: readonly { id: string; name: string; sessionDates: readonly string[] }[]): {
  groups: IntervisieGroupFacts[];
  sessions: IntervisieSessionFacts[];
} {
  return {
    groups: groups.map((g) => ({ id: g.id, name: g.name })),
    sessions: groups.flatMap((g) => g.sessionDates.map((date, i) => ({ id: `${g.id}:${date}:${i}`, groupId: g.id, date }))),
  };
}
