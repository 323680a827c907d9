import type { Agreement } from '../talks/agreements';
import { schoolDate, toMillis } from '../talks/time';
import type { Talk } from '../talks/types';
import { isOverdue } from '../tracking';
import { addTo, emptyFigure, type Figure } from './figure';
import { type DateRange, inRange } from './periods';

/** What the dashboard needs of a parent talk. */
export type TalkFacts = Pick<Talk, 'id' | 'start' | 'status' | 'followUpOf'>;
/** What the dashboard needs of an agreement made in a parent talk. */
export type AgreementFacts = Pick<Agreement, 'id' | 'status' | 'dueDate' | 'madeOn'>;

export interface TalkFigures {
  held: Figure;
  /** Held talks for which a follow-up talk is planned (or already held). */
  withFollowUp: Figure;
  /** Held talks nobody has planned a follow-up for yet: the list to act on. */
  withoutFollowUp: Figure;
}

/** Parent talks held in the period, by the school's calendar date of the talk. */
export function talkFigures(talks: readonly TalkFacts[], range: DateRange | null): TalkFigures {
  const followedUp = new Set<string>();
  for (const t of talks) {
    if (t.followUpOf && (t.status === 'planned' || t.status === 'held')) followedUp.add(t.followUpOf);
  }
  const figures: TalkFigures = { held: emptyFigure(), withFollowUp: emptyFigure(), withoutFollowUp: emptyFigure() };
  const startsInRange = onSchoolCalendar(range);
  for (const t of talks) {
    if (t.status !== 'held' || !startsInRange(t.start)) continue;
    addTo(figures.held, t.id);
    addTo(followedUp.has(t.id) ? figures.withFollowUp : figures.withoutFollowUp, t.id);
  }
  return figures;
}

const DAY = 86_400_000;

/**
 * Tests whether an instant falls in the range on the school's calendar. Dutch time is UTC+1
 * or +2, so the school's date is the UTC date or the day after; only instants on the range's
 * edges need the time-zone conversion, which is slow (Intl) over years of talks.
 */
function onSchoolCalendar(range: DateRange | null): (instant: string) => boolean {
  if (!range) return () => true;
  const dayBeforeFrom = new Date(Date.parse(`${range.from}T00:00:00Z`) - DAY).toISOString().slice(0, 10);
  return (instant) => {
    // Graph and the app write instants in UTC ("…Z"); read those without building a Date.
    const utcDay = instant.endsWith('Z') ? instant.slice(0, 10) : new Date(toMillis(instant)).toISOString().slice(0, 10);
    if (utcDay >= range.from && utcDay < range.to) return true;
    if (utcDay !== range.to && utcDay !== dayBeforeFrom) return false;
    return inRange(schoolDate(toMillis(instant)), range);
  };
}

export interface AgreementFigures {
  made: Figure;
  overdue: Figure;
}

/** Agreements with parents made in the period (older items without that day: by due date). */
export function agreementFigures(
  agreements: readonly AgreementFacts[],
  range: DateRange | null,
  today: string,
): AgreementFigures {
  const figures: AgreementFigures = { made: emptyFigure(), overdue: emptyFigure() };
  for (const a of agreements) {
    if (!inRange(a.madeOn ?? a.dueDate, range)) continue;
    if (a.status !== 'renegotiated') addTo(figures.made, a.id);
    if (isOverdue(a, today)) addTo(figures.overdue, a.id);
  }
  return figures;
}
