import type { MeetingStatus } from '../meetings';
import { addTo, emptyFigure, type Figure } from './figure';
import { type DateRange, inRange } from './periods';

/**
 * What the dashboard needs of an intervisie session. The intervisie module did not exist when
 * the dashboard was written; the data layer maps its sessions onto this. Only counts leave the
 * group: what was discussed stays with its members.
 */
export interface IntervisieSessionFacts {
  id: string;
  groupId: string;
  groupName: string;
  /** ISO calendar date. */
  date: string;
  status: MeetingStatus;
}

export interface IntervisieGroupFigures {
  groupId: string;
  groupName: string;
  held: Figure;
  /** On the plan in the period: held or still to come. */
  planned: Figure;
}

/** Sessions per intervisie group in the period, groups by name. */
export function intervisieFigures(
  sessions: readonly IntervisieSessionFacts[],
  range: DateRange | null,
): IntervisieGroupFigures[] {
  const groups = new Map<string, IntervisieGroupFigures>();
  for (const s of sessions) {
    if (s.status === 'cancelled' || !inRange(s.date, range)) continue;
    let g = groups.get(s.groupId);
    if (!g) {
      g = { groupId: s.groupId, groupName: s.groupName, held: emptyFigure(), planned: emptyFigure() };
      groups.set(s.groupId, g);
    }
    addTo(g.planned, s.id);
    if (s.status === 'held') addTo(g.held, s.id);
  }
  return [...groups.values()].sort((a, b) => a.groupName.localeCompare(b.groupName, 'nl'));
}
