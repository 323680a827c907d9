/**
 * Recurring events: POST /me/events with a recurrence makes a series master (type seriesMaster,
 * the recurrence in Graph's shape); /me/events lists the master, calendarView and /instances its
 * occurrences (type occurrence, seriesMasterId), weekly, absoluteMonthly and relativeMonthly,
 * at the same wall-clock time across daylight saving; bad patterns answer Graph's 400s; a
 * PATCH can change or clear the recurrence.
 */
import { DEMO_STAFF } from '../../src/demo/people';
import { type GraphClient, type Json, type TestServer, allPages, expectGraphError, startTestServer } from './helpers';

let server: TestServer;
let client: GraphClient;

beforeAll(async () => {
  server = await startTestServer();
  client = server.as(DEMO_STAFF[5]!.upn);
});
afterAll(() => server.stop());

const ZONE = 'W. Europe Standard Time';
const series = (subject: string, start: string, end: string, recurrence: Json): Json => ({
  subject,
  start: { dateTime: start, timeZone: ZONE },
  end: { dateTime: end, timeZone: ZONE },
  recurrence,
  isOnlineMeeting: true,
  onlineMeetingProvider: 'teamsForBusiness',
});
const view = (from: string, to: string) => `/me/calendarView?startDateTime=${from}&endDateTime=${to}`;

describe('a weekly series', () => {
  let master: Json;
  beforeAll(async () => {
    const answer = await client.post(
      '/me/events',
      series('Intervisie', '2026-10-13T15:30:00', '2026-10-13T17:00:00', {
        pattern: { type: 'weekly', interval: 2, daysOfWeek: ['Tuesday'] },
        range: { type: 'numbered', startDate: '2026-10-13', numberOfOccurrences: 4, recurrenceTimeZone: ZONE },
      }),
    );
    expect(answer.status).toBe(201);
    master = answer.body;
  });

  it('is a series master with the recurrence in Graph’s shape', () => {
    expect(master.type).toBe('seriesMaster');
    expect(master.onlineMeeting.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\//);
    expect(master.recurrence).toEqual({
      pattern: { type: 'weekly', interval: 2, month: 0, dayOfMonth: 0, daysOfWeek: ['tuesday'], firstDayOfWeek: 'sunday', index: 'first' },
      range: { type: 'numbered', startDate: '2026-10-13', endDate: '0001-01-01', recurrenceTimeZone: ZONE, numberOfOccurrences: 4 },
    });
  });

  it('expands in calendarView at the same local time across the change to winter time', async () => {
    const items = (await allPages(client, view('2026-10-01T00:00:00Z', '2026-12-31T00:00:00Z'))).flat();
    expect(items.map((e: Json) => [e.type, e.seriesMasterId, e.start.dateTime.slice(0, 16), e.end.dateTime.slice(0, 16)])).toEqual([
      ['occurrence', master.id, '2026-10-13T13:30', '2026-10-13T15:00'], // CEST, UTC+2
      ['occurrence', master.id, '2026-10-27T14:30', '2026-10-27T16:00'], // CET, UTC+1
      ['occurrence', master.id, '2026-11-10T14:30', '2026-11-10T16:00'],
      ['occurrence', master.id, '2026-11-24T14:30', '2026-11-24T16:00'],
    ]);
    expect(new Set(items.map((e: Json) => e.id)).size).toBe(4);
    expect(items[0].recurrence).toBeNull();
    expect(items[0].onlineMeeting.joinUrl).toBe(master.onlineMeeting.joinUrl);
    const local = await client.get(view('2026-10-26T00:00:00Z', '2026-10-28T00:00:00Z'), { Prefer: `outlook.timezone="${ZONE}"` });
    expect(local.body.value[0].start).toEqual({ dateTime: '2026-10-27T15:30:00.0000000', timeZone: ZONE });
  });

  it('lists only the master in /me/events, and the occurrences in a window under /instances', async () => {
    const events = (await client.get('/me/events')).body.value;
    expect(events.filter((e: Json) => e.subject === 'Intervisie').map((e: Json) => e.type)).toEqual(['seriesMaster']);
    const instances = await client.get(`/me/events/${encodeURIComponent(master.id)}/instances?startDateTime=2026-11-01T00:00:00Z&endDateTime=2026-12-01T00:00:00Z`);
    expect(instances.status).toBe(200);
    expect(instances.body.value.map((e: Json) => e.start.dateTime.slice(0, 10))).toEqual(['2026-11-10', '2026-11-24']);
    expectGraphError(await client.get(`/me/events/${encodeURIComponent(master.id)}/instances`), 400, 'ErrorInvalidParameter');
  });

  it('changes with a PATCH, and becomes a single event without its recurrence', async () => {
    const path = `/me/events/${encodeURIComponent(master.id)}`;
    const monthly = await client.patch(path, {
      recurrence: {
        pattern: { type: 'relativeMonthly', interval: 1, daysOfWeek: ['tuesday'], index: 'second' },
        range: { type: 'endDate', startDate: '2026-10-13', endDate: '2027-01-31' },
      },
    });
    expect(monthly.status).toBe(200);
    const dates = (await allPages(client, view('2026-10-01T00:00:00Z', '2027-06-01T00:00:00Z'))).flat()
      .filter((e: Json) => e.seriesMasterId === master.id).map((e: Json) => e.start.dateTime.slice(0, 10));
    expect(dates).toEqual(['2026-10-13', '2026-11-10', '2026-12-08', '2027-01-12']);
    const single = await client.patch(path, { recurrence: null });
    expect(single.body).toMatchObject({ type: 'singleInstance', recurrence: null });
    const after = (await allPages(client, view('2026-10-01T00:00:00Z', '2027-06-01T00:00:00Z'))).flat();
    expect(after.filter((e: Json) => e.id === master.id).map((e: Json) => e.type)).toEqual(['singleInstance']);
  });
});

describe('absoluteMonthly and a series without an end', () => {
  it('expands day 31 to the last day of shorter months, within the window only', async () => {
    const created = await client.post(
      '/me/events',
      series('Maandafsluiting', '2027-01-31T09:00:00', '2027-01-31T09:30:00', {
        pattern: { type: 'absoluteMonthly', interval: 1, dayOfMonth: 31 },
        range: { type: 'noEnd', startDate: '2027-01-31' },
      }),
    );
    const items = (await allPages(client, view('2027-02-01T00:00:00Z', '2027-05-01T00:00:00Z'))).flat()
      .filter((e: Json) => e.seriesMasterId === created.body.id);
    expect(items.map((e: Json) => e.start.dateTime.slice(0, 10))).toEqual(['2027-02-28', '2027-03-31', '2027-04-30']);
  });
});

describe('bad recurrences', () => {
  const base = (recurrence: Json) => series('Fout', '2026-10-13T15:30:00', '2026-10-13T16:30:00', recurrence);
  const range = { type: 'numbered', startDate: '2026-10-13', numberOfOccurrences: 3 };
  it.each([
    ['an unknown pattern type', { pattern: { type: 'hourly', interval: 1 }, range }, 'RequestBodyRead'],
    ['interval 0', { pattern: { type: 'daily', interval: 0 }, range }, 'ErrorPropertyValidationFailure'],
    ['weekly without days', { pattern: { type: 'weekly', interval: 1 }, range }, 'ErrorPropertyValidationFailure'],
    ['absoluteMonthly without a day', { pattern: { type: 'absoluteMonthly', interval: 1 }, range }, 'RequestBodyRead'],
    ['an end before the start', { pattern: { type: 'daily', interval: 1 }, range: { type: 'endDate', startDate: '2026-10-13', endDate: '2026-10-01' } }, 'ErrorPropertyValidationFailure'],
    ['numbered without a count', { pattern: { type: 'daily', interval: 1 }, range: { type: 'numbered', startDate: '2026-10-13' } }, 'RequestBodyRead'],
    ['an unknown property', { pattern: { type: 'daily', interval: 1, every: 2 }, range }, 'RequestBodyRead'],
  ])('refuses %s', async (_label, recurrence, code) => {
    expectGraphError(await client.post('/me/events', base(recurrence)), 400, code as string);
  });
});
