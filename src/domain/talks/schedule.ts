import { agendaFromTemplate, allowsPreTalk, defaultDuration, PRE_TALK_MINUTES, questionsFromTemplate } from './templates';
import { addDaysKeepingWallClock, addMinutes, toMillis } from './time';
import type { Participant, Talk, TalkType } from './types';
import type { TalkDraft } from './validate';

export interface Slot {
  /** ISO instants; the end is exclusive, so back-to-back talks do not clash. */
  start: string;
  end: string;
}

export function talkSlot(talk: Pick<TalkDraft, 'start' | 'durationMinutes'>): Slot {
  return { start: talk.start, end: addMinutes(talk.start, talk.durationMinutes) };
}

/** The staff-only meeting before a zorgteam talk, planned as its own calendar event. */
export interface PreTalk extends Slot {
  durationMinutes: number;
  attendees: Participant[];
}

export function preTalkOf(talk: TalkDraft): PreTalk | null {
  if (!talk.withPreTalk || !allowsPreTalk(talk.type)) return null;
  return {
    start: addMinutes(talk.start, -PRE_TALK_MINUTES),
    end: talk.start,
    durationMinutes: PRE_TALK_MINUTES,
    // Parents are not invited: this is where the staff agree on the course of the talk.
    attendees: talk.staff,
  };
}

/** How long the organiser is busy: from the pre-talk, if any, to the end of the talk. */
export function busySlot(talk: TalkDraft): Slot {
  return { start: preTalkOf(talk)?.start ?? talk.start, end: talkSlot(talk).end };
}

/** An event already in the organiser's calendar, reduced to what a clash check needs. */
export interface CalendarSlot extends Slot {
  id?: string;
  subject?: string;
  isCancelled?: boolean;
  /** Graph's free/busy status; a "free" event does not block the time. */
  showAs?: 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';
}

/**
 * Events that overlap the new slot. A clash is a warning for the form, not an error: a teacher
 * may knowingly plan over a tentative appointment or move the other one afterwards.
 */
export function detectDoubleBooking(existing: readonly CalendarSlot[], slot: Slot): CalendarSlot[] {
  const start = toMillis(slot.start);
  const end = toMillis(slot.end);
  return existing.filter(
    (event) =>
      !event.isCancelled &&
      event.showAs !== 'free' &&
      toMillis(event.start) < end &&
      start < toMillis(event.end),
  );
}

/**
 * A follow-up looks back on the agreements made, so most talks are followed by a voortgang
 * talk; care talks stay in the care track, and the group 8 advice has its own follow-up.
 */
const FOLLOW_UP_TYPE: Record<TalkType, TalkType> = {
  startgesprek: 'voortgang',
  voortgang: 'voortgang',
  rapport: 'voortgang',
  zorg: 'zorg',
  zorgteam: 'zorg',
  advies: 'advies',
};

export const FOLLOW_UP_MAX_WEEKS = 52;

/**
 * The follow-up talk, planned while everyone is still together (seed 003 advises planning it at
 * once): same people, same wall-clock time `weeks` later, a fresh agenda that opens with looking
 * back. Returned as a draft for the teacher to adjust and schedule.
 */
export function planFollowUp(talk: Talk, weeks: number): TalkDraft {
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > FOLLOW_UP_MAX_WEEKS) {
    throw new RangeError(`weeks must be 1–${FOLLOW_UP_MAX_WEEKS}, got ${weeks}`);
  }
  const type = FOLLOW_UP_TYPE[talk.type];
  return {
    type,
    pupil: talk.pupil,
    parents: talk.parents.map((p) => ({ ...p })),
    staff: talk.staff.map((s) => ({ ...s })),
    childJoins: talk.childJoins,
    mode: talk.mode,
    ...(talk.location !== undefined ? { location: talk.location } : {}),
    start: addDaysKeepingWallClock(talk.start, weeks * 7),
    durationMinutes: defaultDuration(type),
    withPreTalk: false,
    agenda: agendaFromTemplate(type, talk.childJoins),
    preparationQuestions: questionsFromTemplate(type),
    status: 'draft',
    followUpOf: talk.id,
  };
}
