import { agendaClock } from './clock';

const MIN = 60_000;
const T0 = Date.UTC(2026, 9, 5, 13, 0);
const at = (minutes: number) => T0 + minutes * MIN;
const agenda = [{ minutes: 2 }, { minutes: 5 }, { minutes: 3 }];

describe('agendaClock, following the plan', () => {
  it('runs the first item at the start', () => {
    const clock = agendaClock(agenda, T0, T0);
    expect(clock.current).toBe(0);
    expect(clock.items.map((i) => i.state)).toEqual(['current', 'upcoming', 'upcoming']);
    expect(clock.total).toEqual({ plannedMs: 10 * MIN, elapsedMs: 0, remainingMs: 10 * MIN, overrunMs: 0, overrun: false });
  });

  it('moves to the next item when a time box is used up', () => {
    const clock = agendaClock(agenda, T0, at(3.5));
    expect(clock.current).toBe(1);
    expect(clock.items[0]).toMatchObject({ state: 'done', elapsedMs: 2 * MIN, remainingMs: 0, overrun: false });
    expect(clock.items[1]).toMatchObject({ state: 'current', elapsedMs: 1.5 * MIN, remainingMs: 3.5 * MIN });
    expect(clock.items[2]).toMatchObject({ state: 'upcoming', elapsedMs: 0, remainingMs: 3 * MIN });
    expect(clock.total.remainingMs).toBe(6.5 * MIN);
  });

  it('keeps the last item running and flags the overrun', () => {
    const clock = agendaClock(agenda, T0, at(12));
    expect(clock.current).toBe(2);
    expect(clock.items[2]).toMatchObject({ state: 'current', elapsedMs: 5 * MIN, overrunMs: 2 * MIN, overrun: true });
    expect(clock.total).toMatchObject({ elapsedMs: 12 * MIN, remainingMs: 0, overrunMs: 2 * MIN, overrun: true });
  });

  it('shows nothing elapsed before the start', () => {
    expect(agendaClock(agenda, T0, at(-1)).total.elapsedMs).toBe(0);
  });

  it('has no current item for an empty agenda', () => {
    expect(agendaClock([], T0, at(1))).toMatchObject({ current: -1, items: [] });
  });
});

describe('agendaClock with pauses', () => {
  it('stops the clock during a pause', () => {
    const clock = agendaClock(agenda, T0, at(5), [{ from: at(1), to: at(3) }]);
    expect(clock.total.elapsedMs).toBe(3 * MIN);
    expect(clock.current).toBe(1);
    expect(clock.paused).toBe(false);
  });

  it('knows a pause is still on, and freezes time at its start', () => {
    const clock = agendaClock(agenda, T0, at(6), [{ from: at(1) }]);
    expect(clock.paused).toBe(true);
    expect(clock.total.elapsedMs).toBe(1 * MIN);
  });

  it('counts overlapping pauses once and ignores pauses before the start', () => {
    const clock = agendaClock(agenda, T0, at(10), [
      { from: at(-5), to: at(-1) },
      { from: at(2), to: at(5) },
      { from: at(4), to: at(6) },
    ]);
    expect(clock.total.elapsedMs).toBe(6 * MIN);
  });
});

describe('agendaClock when someone presses "next"', () => {
  it('lets an item run over its time box until it is moved on', () => {
    const clock = agendaClock(agenda, T0, at(6), [], [at(4)]);
    expect(clock.current).toBe(1);
    expect(clock.items[0]).toMatchObject({ state: 'done', elapsedMs: 4 * MIN, overrunMs: 2 * MIN, overrun: true });
    expect(clock.items[1]).toMatchObject({ state: 'current', elapsedMs: 2 * MIN, remainingMs: 3 * MIN });
  });

  it('keeps an item current past its box when nobody moves on', () => {
    const clock = agendaClock(agenda, T0, at(3), [], []);
    expect(clock.current).toBe(0);
    expect(clock.items[0]).toMatchObject({ elapsedMs: 3 * MIN, overrun: true });
  });

  it('records an item finished early as done without overrun', () => {
    const clock = agendaClock(agenda, T0, at(9), [], [at(1), at(4)]);
    expect(clock.current).toBe(2);
    expect(clock.items.map((i) => i.elapsedMs)).toEqual([1 * MIN, 3 * MIN, 5 * MIN]);
    expect(clock.items.map((i) => i.overrun)).toEqual([false, false, true]);
  });

  it('ignores presses still in the future and presses beyond the last item', () => {
    expect(agendaClock(agenda, T0, at(1), [], [at(2)]).current).toBe(0);
    expect(agendaClock(agenda, T0, at(9), [], [at(1), at(2), at(3), at(4)]).current).toBe(2);
  });

  it('leaves the pauses out of the item that was paused', () => {
    const clock = agendaClock(agenda, T0, at(10), [{ from: at(1), to: at(4) }], [at(5)]);
    expect(clock.items[0]).toMatchObject({ elapsedMs: 2 * MIN, overrun: false });
    expect(clock.items[1]).toMatchObject({ elapsedMs: 5 * MIN, state: 'current' });
  });

  it('gives the same answer for the same inputs', () => {
    const args = [agenda, T0, at(7), [{ from: at(1), to: at(2) }], [at(3)]] as const;
    expect(agendaClock(...args)).toEqual(agendaClock(...args));
  });
});
