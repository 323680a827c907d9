import type { Commitment } from '../../domain/commitments';
import type { ChangeCycle } from '../../domain/cycles';
import type { Goal, StepRecord } from '../../domain/goals';
import type { Meeting } from '../../domain/meetings';
import type { StaffMember } from '../../domain/people';
import { commitmentMapper } from './commitments';
import { cycleMapper } from './cycles';
import type { ReadonlyFields } from './fields';
import { goalMapper } from './goals';
import type { ListMapper } from './mapper';
import { meetingMapper } from './meetings';
import { columnNames } from './schema';
import { staffMapper } from './staff';
import { stepRecordMapper } from './stepRecords';

/**
 * Samples use Required<…> so a field added to a domain type fails to compile here until the
 * mapper and this test know about it.
 */
const cycle: Required<ChangeCycle> = {
  id: 'cycle-1',
  title: 'Op weg naar educatief partnerschap',
  dream: 'Ouders en school\nals partners 🤝 — <b>niet</b> als HTML',
  schoolYear: '2026-2027',
  status: 'active',
  coachUpn: 'ingrid.bakker@delinde.example',
  coachName: 'Ingrid Bakker',
  memberUpns: ['ingrid.bakker@delinde.example', 'sanne.jansen@delinde.example'],
  round: 2,
  stepsDone: [2, 3, 5],
};

const meeting: Required<Meeting> = {
  id: 'meeting-1',
  cycleId: 'cycle-1',
  type: 'team',
  title: "Teambijeenkomst 1 — 'terugkoppeling'",
  date: '2026-10-13',
  purpose: 'Terugkoppeling en stap 5',
  stepsCovered: [5, 2, 3, 4],
  score: 6.5,
  minutes: 'We staan op een 6.',
  status: 'held',
};

const goal: Required<Goal> = {
  id: 'goal-1',
  cycleId: 'cycle-1',
  round: 1,
  title: 'Elk kind begint het jaar met een startgesprek',
  priority: 1,
  condition: 'structuur',
  epsteinForm: 'communicatie',
  level: 'meedenken',
  line: 'eigenKind',
  benefits: { personal: ['Ik ken de ouders eerder', 'regel, met komma'], team: ['Eén lijn'], school: [] },
  signsOfProgress: ['Ouders vullen het formulier in\nvóór het gesprek'],
};

const commitment: Required<Commitment> = {
  id: 'commitment-1',
  cycleId: 'cycle-1',
  ownerUpn: 'sanne.jansen@delinde.example',
  ownerName: 'Sanne Jansen',
  bouw: 'onderbouw',
  group: 1,
  goalId: 'goal-1',
  madeAtMeetingId: 'meeting-1',
  dueMeetingId: 'meeting-2',
  madeOn: '2026-10-13',
  dueDate: '2026-12-08',
  text: 'Ik bel elke ouder van groep 1 voor de herfstvakantie',
  status: 'partlyKept',
  whatWorked: 'De meeste ouders waren blij verrast.',
  whatWasHard: 'Tijd vinden na schooltijd.',
  supportWanted: true,
  reportedOn: '2026-12-08',
  renegotiatedFromId: 'commitment-0',
  supportGivenOn: '2026-12-10',
};

const record: Required<StepRecord> = {
  id: 'record-1',
  cycleId: 'cycle-1',
  round: 1,
  step: 5,
  meetingId: 'meeting-1',
  goalId: 'goal-1',
  date: '2026-10-13',
  items: ['Ouders komen vaker binnen', 'De nieuwsbrief wordt gelezen'],
  notes: 'Iedereen gaf eerst zelf een cijfer.',
  score: 6,
};

const staff: Required<StaffMember> = {
  upn: 'Sanne.Jansen@DeLinde.example',
  displayName: 'Sanne Jansen',
  role: 'leerkracht',
  bouw: 'onderbouw',
  group: 1,
  inChangeTeam: true,
};

/** What Graph sends back: the written fields plus its own (id, etag, Created…). */
function asStored(fields: Record<string, unknown>): ReadonlyFields {
  return { ...fields, id: '7', '@odata.etag': '"abc,1"', Created: '2026-10-13T08:00:00Z' };
}

function roundTrip<T>(mapper: ListMapper<T>, value: T): T {
  return mapper.fromFields(asStored(mapper.toFields(value)));
}

describe('list mappers', () => {
  it('round-trip a change cycle', () => {
    expect(roundTrip(cycleMapper, cycle)).toEqual(cycle);
  });

  it('round-trip a meeting, normalising the steps', () => {
    expect(roundTrip(meetingMapper, meeting)).toEqual({ ...meeting, stepsCovered: [2, 3, 4, 5] });
  });

  it('round-trip a goal, keeping commas and newlines inside lines', () => {
    expect(roundTrip(goalMapper, goal)).toEqual(goal);
  });

  it('round-trip a commitment', () => {
    expect(roundTrip(commitmentMapper, commitment)).toEqual(commitment);
  });

  it('round-trip a step record', () => {
    expect(roundTrip(stepRecordMapper, record)).toEqual(record);
  });

  it('store UPNs in lower case and key staff by UPN', () => {
    const fields = staffMapper.toFields(staff);
    expect(fields.Upn).toBe('sanne.jansen@delinde.example');
    expect(fields.ClientKey).toBe('staff-sanne.jansen@delinde.example');
    expect(staffMapper.fromFields(asStored(fields))).toEqual({ ...staff, upn: 'sanne.jansen@delinde.example' });
  });

  it('write dates as date-only values and read them back in any zone', () => {
    const fields = meetingMapper.toFields(meeting);
    expect(fields.MeetingDate).toBe('2026-10-13T00:00:00Z');
    expect(fields.SchoolYear).toBe('2026-2027');
    // SharePoint in Amsterdam stores 13 October as 12 October 22:00 UTC.
    const stored = asStored({ ...fields, MeetingDate: '2026-10-12T22:00:00Z' });
    expect(meetingMapper.fromFields(stored).date).toBe('2026-10-13');
  });

  it('leave optional values out when columns are empty', () => {
    const minimal: Meeting = { ...meeting, score: undefined } as Meeting;
    delete (minimal as Partial<Meeting>).score;
    const read = roundTrip(meetingMapper, minimal);
    expect('score' in read).toBe(false);
    const fields = meetingMapper.toFields(minimal);
    expect(fields.Score).toBeNull();
  });

  it('only write columns the list declares', () => {
    const mappers: Array<[ListMapper<never>, unknown]> = [
      [cycleMapper as ListMapper<never>, cycle],
      [meetingMapper as ListMapper<never>, meeting],
      [goalMapper as ListMapper<never>, goal],
      [commitmentMapper as ListMapper<never>, commitment],
      [stepRecordMapper as ListMapper<never>, record],
      [staffMapper as ListMapper<never>, staff],
    ];
    for (const [mapper, value] of mappers) {
      const declared = new Set(columnNames(mapper.list));
      for (const name of Object.keys(mapper.toFields(value as never))) expect(declared).toContain(name);
      expect(mapper.toFields(value as never).ClientKey).toBe(mapper.keyOf(value as never));
    }
  });

  it('fall back to safe defaults for unknown choices', () => {
    const stored = asStored({ ...commitmentMapper.toFields(commitment), Status: 'bogus', Bouw: 'kleuters' });
    const read = commitmentMapper.fromFields(stored);
    expect(read.status).toBe('open');
    expect(read.bouw).toBe('onderbouw');
  });
});
