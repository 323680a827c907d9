/**
 * Data for the talks views' tests: Emma (group 7) with parents in two households, her teacher
 * and the IB, a talk planned at 15:00 on Monday 5 October 2026 (school time), and agreements.
 */
import type { ScheduledTalk, TalkRecordSnapshot, TalksSnapshot, Versioned } from '../../../../data/api';
import type { StaffMember } from '../../../../domain/people';
import type { Agreement } from '../../../../domain/talks/agreements';
import { aTalk } from '../../../../domain/talks/fixtures';
import type { Pupil, Talk } from '../../../../domain/talks/types';

export const TODAY = '2026-10-05';
/** 14:55 in Amsterdam on the talk's day. */
export const NOW = Date.parse('2026-10-05T12:55:00.000Z');

export const noor: StaffMember = {
  upn: 'noor.hendriks@delinde.example',
  displayName: 'Noor Hendriks',
  role: 'leerkracht',
  bouw: 'bovenbouw',
  group: 7,
  inChangeTeam: true,
};

let etag = 0;
export function versioned<T>(value: T, itemId = String(++etag)): Versioned<T> {
  return { value, itemId, etag: `"${itemId},${++etag}"` };
}

export const emma: Pupil = { id: 'pupil-1', firstName: 'Emma', group: 7 };
export const daan: Pupil = { id: 'pupil-2', firstName: 'Daan', group: 4 };
export const pupils = [versioned(emma, 'p1'), versioned(daan, 'p2')];

export function scheduled(talk: Partial<Talk> = {}, extra: Partial<ScheduledTalk> = {}): Versioned<ScheduledTalk> {
  return versioned({
    talk: aTalk({ pupil: emma, ...talk }),
    organizerUpn: noor.upn,
    eventId: 'event-1',
    joinUrl: 'https://teams.microsoft.com/l/meetup-join/abc',
    webLink: 'https://outlook.office365.com/calendar/item/abc',
    notes: [],
    ...extra,
  });
}

export const talkToday = scheduled();
export const talkLater = scheduled({ id: 'talk-2', type: 'rapport', pupil: daan, start: '2026-10-12T13:00:00.000Z', childJoins: false });

export function agreement(overrides: Partial<Agreement> = {}): Agreement {
  return {
    id: 'a-1',
    talkId: 'talk-1',
    pupilId: emma.id,
    owner: 'school',
    text: 'Elke vrijdag een kort bericht over de leesvorderingen',
    madeOn: TODAY,
    dueDate: '2026-11-02',
    status: 'open',
    whatWorked: '',
    whatWasHard: '',
    supportWanted: false,
    ...overrides,
  };
}

export function snapshotOf(talks: Versioned<ScheduledTalk>[]): TalksSnapshot {
  return { talks, pupils };
}

export function recordOf(talk: Versioned<ScheduledTalk>, agreements: Versioned<Agreement>[] = []): TalkRecordSnapshot {
  return {
    talk,
    agreements,
    record: {
      talkId: talk.value.talk.id,
      pupilId: talk.value.talk.pupil.id,
      notes: talk.value.notes,
      agreements: agreements.map((a) => a.value),
    },
  };
}
