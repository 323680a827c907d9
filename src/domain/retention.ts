import { isCoachOrManagement, type Role } from './people';
import type { Agreement } from './talks/agreements';
import type { TalkRecord } from './talks/record';
import { schoolDate } from './talks/time';
import type { Pupil, Talk } from './talks/types';
import { isIsoDate } from './validation';

/**
 * Pupil data is kept no longer than needed (AVG): everything about a pupil goes two years
 * after the pupil is marked as left. Parents may ask for all of it at any time before then
 * (right of access). Both rules are pure; the retention job and the export screen do the I/O.
 */
export const RETENTION_YEARS = 2;

/** Anything that belongs to one pupil: a record with a pupilId, or a talk with its pupil. */
export type PupilLinked = { pupilId: string } | { pupil: Pick<Pupil, 'id'> };

const pupilIdOf = (item: PupilLinked) => ('pupilId' in item ? item.pupilId : item.pupil.id);

/**
 * The first day the pupil's data must be gone: the day two full years have passed since they
 * left. Leaving on 29 February makes that 1 March, as that year has no 29 February.
 */
export function removalDate(leftOn: string): string {
  const [y, m, d] = leftOn.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y + RETENTION_YEARS, m - 1, d)).toISOString().slice(0, 10);
}

export interface PurgePlan<T> {
  /** Pupils whose own entry goes too. */
  pupilIds: string[];
  records: T[];
}

/**
 * What the retention job removes at `now`, judged by the school's calendar date. Records whose
 * pupil is not in `pupils` are left alone: an absent pupil may only mean an incomplete load,
 * and deleting on absence could wipe the records of children still at school.
 */
export function recordsToPurge<T extends PupilLinked>(
  pupils: readonly Pupil[],
  records: readonly T[],
  now: Date,
): PurgePlan<T> {
  const today = schoolDate(now.getTime());
  const due = new Set(
    pupils
      .filter((p) => p.leftOn !== undefined && isIsoDate(p.leftOn) && removalDate(p.leftOn) <= today)
      .map((p) => p.id),
  );
  return {
    pupilIds: pupils.filter((p) => due.has(p.id)).map((p) => p.id),
    records: records.filter((r) => due.has(pupilIdOf(r))),
  };
}

export interface PupilData {
  talks: readonly Talk[];
  records: readonly TalkRecord[];
  /** Agreements tracked on their own, also when their talk record is gone. */
  agreements: readonly Agreement[];
}

export interface PupilExport {
  format: 'driehoek.pupil-export';
  version: 1;
  exportedAt: string;
  pupil: Pupil;
  /** When the data will be removed, once the pupil has left. */
  removalDate: string | null;
  talks: Talk[];
  /** Including internal notes: the right of access covers everything kept about the child. */
  records: TalkRecord[];
  agreements: Agreement[];
}

/**
 * Everything Driehoek keeps about one pupil, as structured data for the parents. Items of
 * other pupils passed in by mistake are filtered out, so an export can never leak them.
 */
export function exportPupil(pupil: Pupil, data: PupilData, now: Date): PupilExport {
  const mine = <T extends PupilLinked>(items: readonly T[]) =>
    structuredClone(items.filter((item) => pupilIdOf(item) === pupil.id));
  return {
    format: 'driehoek.pupil-export',
    version: 1,
    exportedAt: now.toISOString(),
    pupil: structuredClone(pupil),
    removalDate: pupil.leftOn && isIsoDate(pupil.leftOn) ? removalDate(pupil.leftOn) : null,
    talks: mine(data.talks).sort((a, b) => Date.parse(a.start) - Date.parse(b.start)),
    records: mine(data.records),
    agreements: mine(data.agreements).sort((a, b) => a.dueDate.localeCompare(b.dueDate)),
  };
}

/**
 * What retention does with the calendar event(s) of a talk it removes. Deleting a meeting from
 * the organiser's calendar sends every attendee a cancellation (Graph: DELETE /me/events/{id}
 * on the organiser's calendar "sends a cancellation message to the meeting attendees"; there is
 * no silent delete). For a talk held two years ago that would mail the parents a cancellation
 * out of the blue, so events that have ended are kept: they are Exchange data in the
 * organiser's mailbox, under the school's Microsoft 365 retention policy, and hold only the
 * invite the parents received themselves. An event still to come (a talk planned after the
 * pupil left) is cancelled, which is right: that talk will not take place. Only the organiser
 * can delete an event, so other people's events are kept too (and counted, for the report).
 */
export function retentionEventAction(
  talk: Pick<Talk, 'start' | 'durationMinutes'>,
  organisedBySignedInUser: boolean,
  now: Date,
): 'cancel' | 'keep' {
  const end = Date.parse(talk.start) + talk.durationMinutes * 60_000;
  return organisedBySignedInUser && end > now.getTime() ? 'cancel' : 'keep';
}

/**
 * Whether the retention job runs now. A tenant has no backend to run it on a schedule, so it runs
 * in the app when someone who may remove pupil data (the IB or the MT) opens it, at most once a
 * school day: `lastRunOn` is the school date it last ran in this browser session, if it did.
 * Another date than today (also a later one, after a clock correction) means it runs again; a
 * run removes only what is due, so running twice is harmless, merely wasteful.
 */
export function retentionJobDue(role: Role | null, lastRunOn: string | null, now: Date): boolean {
  if (role === null || !isCoachOrManagement(role)) return false;
  return lastRunOn !== schoolDate(now.getTime());
}
