import type { ScheduledTalk } from '../api';
import type { Pupil } from '../../domain/talks/types';
import { agreementMapper, AGREEMENTS_LIST, type StoredAgreement } from './agreements';
import { FieldFormatError, type ReadonlyFields } from './fields';
import type { ListMapper } from './mapper';
import { pupilMapper, PUPILS_LIST } from './pupils';
import { columnNames, isQueryable } from './schema';
import { talkMapper, TALKS_LIST, writeInstant } from './talks';

/** Samples use Required<…> so a field added to a domain type fails to compile until the mapper knows it. */
const pupil: Required<Pupil> = { id: 'pupil-1', firstName: 'Anne-Fleur', group: 6, leftOn: '2027-07-10' };

const scheduled: Required<Omit<ScheduledTalk, 'talk'>> & { talk: ScheduledTalk['talk'] } = {
  talk: {
    id: 'talk-1',
    type: 'zorgteam',
    pupil: { id: 'pupil-1', firstName: 'Anne-Fleur', group: 6 },
    parents: [
      { name: "Joke O'Neil & <b>Kees</b>", email: 'joke@example.org', household: 1 },
      { name: 'Kees de Vries', email: 'kees@example.org', household: 2 },
    ],
    staff: [
      { name: 'Tom Mulder', email: 'tom.mulder@delinde.example', role: 'leerkracht' },
      { name: 'Ingrid Bakker', email: 'ingrid.bakker@delinde.example', role: 'ib' },
    ],
    childJoins: true,
    mode: 'inPerson',
    location: 'Lokaal 6',
    start: '2026-10-05T13:00:00.000Z',
    durationMinutes: 45,
    withPreTalk: true,
    agenda: [
      { title: { key: 'welcome' } as never, minutes: 5 },
      { title: { text: 'Eigen punt, met "quotes"\nen een regel' }, minutes: 10 },
    ],
    preparationQuestions: [{ text: 'Wat gaat goed thuis?' }],
    status: 'planned',
    followUpOf: 'talk-0',
  },
  organizerUpn: 'tom.mulder@delinde.example',
  eventId: 'AAMkAGRlbGluZGUARgAAA1234=',
  preTalkEventId: 'AAMkAGRlbGluZGUARgAAA5678=',
  joinUrl: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${'x'.repeat(260)}%40thread.v2/0`,
  webLink: 'https://outlook.office365.com/owa/?itemid=AAMk&exvsurl=1&path=/calendar/item',
  notes: [
    { id: 'n1', text: 'Intern: lastige start', visibility: 'internal' },
    { id: 'n2', text: 'Gedeeld:\nfijn gesprek', visibility: 'shareable' },
  ],
  followUp: { talkId: 'talk-2', start: '2026-11-02T14:00:00.000Z' },
  summary: { sentAt: '2026-10-05T14:10:00.000Z', recipients: ['joke@example.org', 'kees@example.org'], text: 'Beste …' },
  // A resend on its way beside the summary sent before (both in the Summary column).
  summarySending: { startedAt: '2026-10-06T09:00:00.000Z', subject: 'Afspraken uit ons gesprek', recipients: ['joke@example.org', 'kees@example.org'], attempt: 'b3f0c2' },
};

const agreement: Required<StoredAgreement> = {
  id: 'agreement-1',
  talkId: 'talk-1',
  pupilId: 'pupil-1',
  owner: 'ouder',
  responsibleUpn: 'Tom.Mulder@DeLinde.example',
  organizerUpn: 'Noor.Hendriks@DeLinde.example',
  text: 'Samen elke avond tien minuten lezen',
  madeOn: '2026-10-05',
  dueDate: '2026-11-02',
  followUpDate: '2026-11-02',
  status: 'partlyKept',
  whatWorked: 'Lezen voor het slapen',
  whatWasHard: 'Weekenden',
  supportWanted: true,
  reportedOn: '2026-11-02',
  renegotiatedFromId: 'agreement-0',
  supportGivenOn: '2026-11-04',
};

function asStored(fields: Record<string, unknown>): ReadonlyFields {
  // The server leaves empty fields out, as Graph does.
  const present = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== ''));
  return { ...present, id: '7', '@odata.etag': '"abc,1"', Created: '2026-10-13T08:00:00Z' };
}

function roundTrip<T>(mapper: ListMapper<T>, value: T): T {
  return mapper.fromFields(asStored(mapper.toFields(value)));
}

describe('talks list mapper', () => {
  it('round-trips a talk with its record', () => {
    expect(roundTrip(talkMapper, scheduled)).toEqual(scheduled);
  });

  it('round-trips a summary still on its way, before any was sent', () => {
    const { summary: _sent, ...sending } = scheduled;
    expect(roundTrip(talkMapper, sending)).toEqual(sending);
    const { summarySending: _mark, ...sent } = scheduled;
    expect(roundTrip(talkMapper, sent)).toEqual(sent);
  });

  it('keeps the pupil to key, first name and group', () => {
    const fields = talkMapper.toFields({ ...scheduled, talk: { ...scheduled.talk, pupil } });
    expect(fields).toMatchObject({ Title: 'Anne-Fleur', PupilKey: 'pupil-1', Jaargroep: 6 });
    expect(JSON.stringify(fields)).not.toContain('2027-07-10');
  });

  it('stores parents, staff, agenda and notes as JSON text, markup as written', () => {
    const fields = talkMapper.toFields(scheduled);
    expect(JSON.parse(fields.Parents as string)).toEqual(scheduled.talk.parents);
    expect(fields.Parents).toContain('<b>Kees</b>');
    expect(JSON.parse(fields.Notes as string)).toHaveLength(2);
  });

  it('writes instants in one UTC form so text order is time order', () => {
    expect(writeInstant('2026-10-05T15:00:00+02:00')).toBe('2026-10-05T13:00:00.000Z');
    expect(talkMapper.toFields({ ...scheduled, talk: { ...scheduled.talk, start: '2026-10-05T13:00:00Z' } }).StartsAt).toBe(
      '2026-10-05T13:00:00.000Z',
    );
    expect(() => writeInstant('soon')).toThrow(FieldFormatError);
  });

  it('leaves out what a draft does not have yet', () => {
    const minimal: ScheduledTalk = { talk: { ...scheduled.talk }, organizerUpn: 'tom.mulder@delinde.example', notes: [] };
    delete (minimal.talk as Partial<ScheduledTalk['talk']>).location;
    delete (minimal.talk as Partial<ScheduledTalk['talk']>).followUpOf;
    const read = roundTrip(talkMapper, minimal);
    expect(read).toEqual(minimal);
    for (const key of ['eventId', 'preTalkEventId', 'joinUrl', 'webLink', 'followUp', 'summary']) expect(key in read).toBe(false);
  });

  it('refuses stored JSON of the wrong shape instead of guessing', () => {
    const fields = asStored({ ...talkMapper.toFields(scheduled), Parents: '[{"name":1}]' });
    expect(() => talkMapper.fromFields(fields)).toThrow(FieldFormatError);
    expect(() => talkMapper.fromFields({ ...fields, Parents: 'not json' })).toThrow(FieldFormatError);
  });

  it('indexes every column a talks view filters or orders on', () => {
    for (const column of ['PupilKey', 'StartsAt', 'Status', 'OrganizerUpn', 'FollowUpOfKey', 'ClientKey']) {
      expect(isQueryable(TALKS_LIST, column)).toBe(true);
    }
    expect(isQueryable(TALKS_LIST, 'Parents')).toBe(false);
  });
});

describe('agreements list mapper', () => {
  it('round-trips an agreement, the UPNs in lower case', () => {
    expect(roundTrip(agreementMapper, agreement)).toEqual({
      ...agreement,
      responsibleUpn: 'tom.mulder@delinde.example',
      organizerUpn: 'noor.hendriks@delinde.example',
    });
  });

  it('indexes every column a tracker view filters on', () => {
    for (const column of ['TalkKey', 'PupilKey', 'Owner', 'ResponsibleUpn', 'OrganizerUpn', 'DueDate', 'Status', 'ClientKey']) {
      expect(isQueryable(AGREEMENTS_LIST, column)).toBe(true);
    }
  });

  it('falls back to safe defaults for unknown choices', () => {
    const read = agreementMapper.fromFields(asStored({ ...agreementMapper.toFields(agreement), Status: 'bogus', Owner: 'opa' }));
    expect(read).toMatchObject({ status: 'open', owner: 'school' });
  });
});

describe('pupils list mapper', () => {
  it('round-trips a pupil and indexes LeftOn for the retention job', () => {
    expect(roundTrip(pupilMapper, pupil)).toEqual(pupil);
    const current: Pupil = { id: 'p2', firstName: 'Ömer', group: 3 };
    expect(roundTrip(pupilMapper, current)).toEqual(current);
    expect(isQueryable(PUPILS_LIST, 'LeftOn')).toBe(true);
  });
});

describe('the talk lists', () => {
  it('only write columns they declare, keyed by the domain id', () => {
    const cases: Array<[ListMapper<never>, unknown]> = [
      [talkMapper as ListMapper<never>, scheduled],
      [agreementMapper as ListMapper<never>, agreement],
      [pupilMapper as ListMapper<never>, pupil],
    ];
    for (const [mapper, value] of cases) {
      const declared = new Set(columnNames(mapper.list));
      for (const name of Object.keys(mapper.toFields(value as never))) expect(declared).toContain(name);
      expect(mapper.toFields(value as never).ClientKey).toBe(mapper.keyOf(value as never));
    }
  });
});
