import { agendaTotal } from './agenda';
import { aTalk } from './fixtures';
import { busySlot, type CalendarSlot, detectDoubleBooking, planFollowUp, preTalkOf, talkSlot } from './schedule';
import { defaultDuration } from './templates';

const zorgteam = aTalk({
  type: 'zorgteam',
  durationMinutes: 45,
  withPreTalk: true,
  staff: [
    { name: 'Mirjam Jansen', email: 'mirjam@school.example', role: 'leerkracht' },
    { name: 'Peter Visser', email: 'peter@school.example', role: 'ib' },
    { name: 'Aylin Demir', email: 'aylin@swv.example', role: 'orthopedagoog' },
  ],
});

describe('preTalkOf', () => {
  it('plans a 15-minute staff-only meeting right before a zorgteam talk', () => {
    const pre = preTalkOf(zorgteam);
    expect(pre).toEqual({
      start: '2026-10-05T12:45:00.000Z',
      end: '2026-10-05T13:00:00.000Z',
      durationMinutes: 15,
      attendees: zorgteam.staff,
    });
    expect(pre?.attendees.map((a) => a.email)).not.toContain('sanne@example.nl');
  });

  it('is absent when not asked for, or for other talks', () => {
    expect(preTalkOf({ ...zorgteam, withPreTalk: false })).toBeNull();
    expect(preTalkOf(aTalk({ withPreTalk: true }))).toBeNull();
  });

  it('does not count toward the 45 minutes with the parents', () => {
    expect(talkSlot(zorgteam)).toEqual({ start: '2026-10-05T13:00:00.000Z', end: '2026-10-05T13:45:00.000Z' });
    expect(busySlot(zorgteam)).toEqual({ start: '2026-10-05T12:45:00.000Z', end: '2026-10-05T13:45:00.000Z' });
  });
});

describe('detectDoubleBooking', () => {
  const slot = { start: '2026-10-05T13:00:00Z', end: '2026-10-05T13:30:00Z' };
  const event = (id: string, start: string, end: string, extra: Partial<CalendarSlot> = {}): CalendarSlot => ({
    id,
    start: `2026-10-05T${start}:00Z`,
    end: `2026-10-05T${end}:00Z`,
    ...extra,
  });

  it('finds events that overlap, however little', () => {
    const clashes = detectDoubleBooking(
      [
        event('before', '12:00', '12:30'),
        event('touching-before', '12:30', '13:00'),
        event('overlap-start', '12:45', '13:01'),
        event('inside', '13:10', '13:20'),
        event('around', '12:00', '14:00'),
        event('touching-after', '13:30', '14:00'),
      ],
      slot,
    );
    expect(clashes.map((c) => c.id)).toEqual(['overlap-start', 'inside', 'around']);
  });

  it('ignores cancelled events and time shown as free', () => {
    expect(
      detectDoubleBooking(
        [
          event('cancelled', '13:00', '13:30', { isCancelled: true }),
          event('free', '13:00', '13:30', { showAs: 'free' }),
          event('tentative', '13:00', '13:30', { showAs: 'tentative' }),
        ],
        slot,
      ).map((c) => c.id),
    ).toEqual(['tentative']);
  });

  it('compares instants, whatever the offset they are written in', () => {
    expect(detectDoubleBooking([{ start: '2026-10-05T15:15+02:00', end: '2026-10-05T15:45+02:00' }], slot)).toHaveLength(1);
  });

  it('checks the pre-talk too when given the busy slot', () => {
    const clash = [event('lunch duty', '12:30', '12:50')];
    expect(detectDoubleBooking(clash, talkSlot(zorgteam))).toEqual([]);
    expect(detectDoubleBooking(clash, busySlot(zorgteam))).toHaveLength(1);
  });
});

describe('planFollowUp', () => {
  it('plans the same people at the same time some weeks later, as a draft', () => {
    const talk = aTalk();
    const next = planFollowUp(talk, 6);
    expect(next).toMatchObject({
      type: 'voortgang',
      pupil: talk.pupil,
      parents: talk.parents,
      staff: talk.staff,
      childJoins: true,
      mode: 'online',
      status: 'draft',
      followUpOf: 'talk-1',
      withPreTalk: false,
    });
    // 5 October 15:00 summer time → 16 November 15:00 winter time.
    expect(next.start).toBe('2026-11-16T14:00:00.000Z');
  });

  it('opens the follow-up by looking back on the agreements', () => {
    for (const type of ['startgesprek', 'voortgang', 'rapport', 'zorg', 'advies', 'zorgteam'] as const) {
      const next = planFollowUp(aTalk({ type }), 4);
      expect(next.agenda.map((i) => ('key' in i.title ? i.title.key : ''))).toContain('lookBack');
      expect(agendaTotal(next.agenda)).toBeLessThanOrEqual(next.durationMinutes);
      expect(next.durationMinutes).toBe(defaultDuration(next.type));
    }
  });

  it('keeps care talks in the care track, without a pre-talk', () => {
    expect(planFollowUp(zorgteam, 8)).toMatchObject({ type: 'zorg', withPreTalk: false });
  });

  it('does not share arrays with the original talk', () => {
    const talk = aTalk();
    const next = planFollowUp(talk, 2);
    next.parents[0]!.email = 'changed@example.nl';
    expect(talk.parents[0]!.email).toBe('sanne@example.nl');
  });

  it.each([0, -1, 1.5, 53])('refuses %p weeks', (weeks) => {
    expect(() => planFollowUp(aTalk(), weeks)).toThrow(RangeError);
  });
});
