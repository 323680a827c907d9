import { agendaTimes, agendaTotal, fitAgenda } from './agenda';
import type { AgendaItem } from './types';

const item = (text: string, minutes: number): AgendaItem => ({ title: { text }, minutes });
const minutesOf = (agenda: AgendaItem[]) => agenda.map((i) => i.minutes);

describe('agendaTotal', () => {
  it('adds the time boxes', () => {
    expect(agendaTotal([])).toBe(0);
    expect(agendaTotal([item('a', 5), item('b', 10)])).toBe(15);
  });
});

describe('fitAgenda', () => {
  it('leaves an agenda that fits as it is, as a copy', () => {
    const agenda = [item('a', 5), item('b', 10)];
    const fitted = fitAgenda(agenda, 20);
    expect(fitted).toEqual(agenda);
    expect(fitted[0]).not.toBe(agenda[0]);
  });

  it('scales time boxes down to exactly the duration, in proportion', () => {
    const fitted = fitAgenda([item('a', 10), item('b', 20), item('c', 30)], 30);
    expect(minutesOf(fitted)).toEqual([5, 10, 15]);
  });

  it('gives left-over minutes to the largest remainders', () => {
    const fitted = fitAgenda([item('a', 10), item('b', 10), item('c', 10)], 20);
    expect(agendaTotal(fitted)).toBe(20);
    expect(minutesOf(fitted)).toEqual([7, 7, 6]);
  });

  it('keeps at least one minute per item, taking back from the biggest', () => {
    const fitted = fitAgenda([item('long', 100), item('b', 1), item('c', 1), item('d', 1), item('e', 1)], 5);
    expect(minutesOf(fitted)).toEqual([1, 1, 1, 1, 1]);
    const wider = fitAgenda([item('long', 100), item('b', 1), item('c', 1)], 10);
    expect(minutesOf(wider)).toEqual([8, 1, 1]);
  });

  it('drops middle items when there are more items than minutes, but keeps the agreements', () => {
    const fitted = fitAgenda(
      [item('welcome', 2), item('view', 5), item('child', 5), item('more', 5), item('agreements', 3)],
      3,
    );
    expect(fitted.map((i) => ('text' in i.title ? i.title.text : ''))).toEqual(['welcome', 'view', 'agreements']);
    expect(minutesOf(fitted)).toEqual([1, 1, 1]);
  });

  it('returns nothing for no time at all', () => {
    expect(fitAgenda([item('a', 5)], 0)).toEqual([]);
  });

  it('always fits, never exceeds and keeps the order, for many shapes', () => {
    for (let n = 1; n <= 8; n++) {
      for (let d = 1; d <= 50; d++) {
        const agenda = Array.from({ length: n }, (_, i) => item(`i${i}`, ((i * 7) % 13) + 1));
        const fitted = fitAgenda(agenda, d);
        expect(agendaTotal(fitted)).toBeLessThanOrEqual(d);
        // Nothing dropped: scaled to use exactly the time there is.
        if (agendaTotal(agenda) > d && fitted.length === n) expect(agendaTotal(fitted)).toBe(d);
        expect(fitted.every((i) => i.minutes >= 1)).toBe(true);
        expect(fitted.at(-1)?.title).toEqual(agenda.at(-1)?.title);
      }
    }
  });
});

describe('agendaTimes', () => {
  it('gives each item its clock times from the start', () => {
    const times = agendaTimes([item('a', 5), item('b', 10)], '2026-10-05T13:00:00.000Z');
    expect(times.map((t) => [t.start, t.end])).toEqual([
      ['2026-10-05T13:00:00.000Z', '2026-10-05T13:05:00.000Z'],
      ['2026-10-05T13:05:00.000Z', '2026-10-05T13:15:00.000Z'],
    ]);
  });
});
