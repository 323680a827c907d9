/**
 * Calendar events: creating a Teams meeting (201, Graph's event shape, onlineMeeting.joinUrl,
 * body stored as given), idempotent creates with transactionId, reading, rescheduling with
 * If-Match (412 on a stale changeKey), deleting and cancelling, calendarView over a window with
 * Outlook's paging, $filter/$orderby/$top/$select on /me/events, time zones, 400 for bad input
 * in Graph's error shape, $batch, and 404 MailboxNotEnabledForRESTAPI for the guest.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_STAFF } from '../../src/demo/people';
import { startGraphServer } from '../../src/server';
import { GUEST, IB, TEACHER, GraphClient, type Json, type TestServer, allPages, expectGraphError, startTestServer } from './helpers';

const GRAPH_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}$/;
const OUTLOOK_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}Z$/;
const JOIN_URL = /^https:\/\/teams\.microsoft\.com\/l\/meetup-join\/19%3ameeting_[A-Za-z0-9]+%40thread\.v2\/0\?context=/;

let server: TestServer;
let ib: GraphClient;
let teacher: GraphClient;
let guest: GraphClient;

beforeAll(async () => {
  server = await startTestServer();
  ib = server.as(IB);
  teacher = server.as(TEACHER);
  guest = server.as(GUEST);
});
afterAll(() => server.stop());

const PARENT = { emailAddress: { address: 'ouder.de.vries@example.org', name: 'Joke de Vries' }, type: 'required' };

function talk(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    subject: 'Startgesprek Fenna',
    body: { contentType: 'html', content: '<p>Welkom &lt;script&gt;alert(1)&lt;/script&gt;</p><ul><li>Joke &amp; Kees</li></ul>' },
    start: { dateTime: '2026-10-05T15:00:00', timeZone: 'W. Europe Standard Time' },
    end: { dateTime: '2026-10-05T15:30:00', timeZone: 'W. Europe Standard Time' },
    location: { displayName: 'Lokaal 6' },
    attendees: [PARENT, { emailAddress: { address: TEACHER, name: 'Sanne Jansen' }, type: 'optional' }],
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    ...overrides,
  };
}

const path = (id: string) => `/me/events/${encodeURIComponent(id)}`;

describe('creating an event with a Teams meeting', () => {
  let created: Json;
  let answer: Awaited<ReturnType<GraphClient['post']>>;

  beforeAll(async () => {
    answer = await ib.post('/me/events', talk());
    created = answer.body;
  });

  it('answers 201 with the event in Graph shape', () => {
    expect(answer.status).toBe(201);
    expect(created).toMatchObject({
      '@odata.context': expect.stringMatching(/\$metadata#users\('[0-9a-f-]{36}'\)\/events\/\$entity$/),
      '@odata.etag': `W/"${created.changeKey}"`,
      id: expect.stringMatching(/^AAMk[A-Za-z0-9_=-]+$/),
      createdDateTime: expect.stringMatching(OUTLOOK_TIMESTAMP),
      lastModifiedDateTime: expect.stringMatching(OUTLOOK_TIMESTAMP),
      changeKey: expect.any(String),
      subject: 'Startgesprek Fenna',
      isCancelled: false,
      isOrganizer: true,
      type: 'singleInstance',
      showAs: 'busy',
      originalStartTimeZone: 'W. Europe Standard Time',
      location: { displayName: 'Lokaal 6', locationType: 'default' },
      organizer: { emailAddress: { address: IB, name: DEMO_STAFF[0]!.displayName } },
      webLink: expect.stringMatching(/^https:\/\/outlook\.office365\.com\/owa\/\?itemid=/),
    });
    expect(answer.headers.get('etag')).toBe(created['@odata.etag']);
  });

  it('is an online meeting with a Teams join link', () => {
    expect(created.isOnlineMeeting).toBe(true);
    expect(created.onlineMeetingProvider).toBe('teamsForBusiness');
    expect(created.onlineMeeting.joinUrl).toMatch(JOIN_URL);
  });

  it('keeps the body exactly as sent, with a plain-text preview', () => {
    expect(created.body).toEqual(talk().body);
    expect(created.bodyPreview).toBe('Welkom <script>alert(1)</script> Joke & Kees');
  });

  it('lists the attendees with their type and a response status', () => {
    expect(created.attendees).toEqual([
      { type: 'required', status: { response: 'none', time: '0001-01-01T00:00:00Z' }, emailAddress: PARENT.emailAddress },
      {
        type: 'optional',
        status: { response: 'none', time: '0001-01-01T00:00:00Z' },
        emailAddress: { address: TEACHER, name: 'Sanne Jansen' },
      },
    ]);
  });

  it('answers times in UTC unless the request prefers a zone', async () => {
    expect(created.start).toEqual({ dateTime: '2026-10-05T13:00:00.0000000', timeZone: 'UTC' });
    expect(created.end).toEqual({ dateTime: '2026-10-05T13:30:00.0000000', timeZone: 'UTC' });
    const local = await ib.get(path(created.id), { Prefer: 'outlook.timezone="W. Europe Standard Time"' });
    expect(local.body.start).toEqual({ dateTime: '2026-10-05T15:00:00.0000000', timeZone: 'W. Europe Standard Time' });
    expect(local.headers.get('preference-applied')).toBe('outlook.timezone="W. Europe Standard Time"');
  });

  it('reads back the same event', async () => {
    const read = await ib.get(path(created.id));
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created);
  });

  it('is in the organiser\'s calendar only', async () => {
    const other = await teacher.get(path(created.id));
    expectGraphError(other, 404, 'ErrorItemNotFound');
  });

  it('has no online meeting unless asked for', async () => {
    const plain = await ib.post('/me/events', talk({ isOnlineMeeting: undefined, onlineMeetingProvider: undefined, subject: 'In person' }));
    expect(plain.status).toBe(201);
    expect(plain.body).toMatchObject({ isOnlineMeeting: false, onlineMeetingProvider: 'unknown', onlineMeeting: null });
  });

  it('uses Teams when isOnlineMeeting is set without a provider', async () => {
    const online = await ib.post('/me/events', talk({ onlineMeetingProvider: undefined, subject: 'Default provider' }));
    expect(online.body.onlineMeetingProvider).toBe('teamsForBusiness');
    expect(online.body.onlineMeeting.joinUrl).toMatch(JOIN_URL);
  });
});

describe('transactionId', () => {
  it('makes a retried create return the first event instead of a second one', async () => {
    const first = await teacher.post('/me/events', talk({ transactionId: 'talk-123:talk', subject: 'Once' }));
    const again = await teacher.post('/me/events', talk({ transactionId: 'talk-123:talk', subject: 'Once' }));
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.transactionId).toBe('talk-123:talk');
    const all = await teacher.get(`/me/events?$filter=${encodeURIComponent("transactionId eq 'talk-123:talk'")}`);
    expect(all.body.value).toHaveLength(1);
  });

  it('is per mailbox and not returned when not set', async () => {
    const mine = await ib.post('/me/events', talk({ transactionId: 'talk-123:talk' }));
    const theirs = (await teacher.get(`/me/events?$filter=${encodeURIComponent("transactionId eq 'talk-123:talk'")}`)).body.value[0];
    expect(mine.body.id).not.toBe(theirs.id);
    const plain = await ib.post('/me/events', talk());
    expect(plain.body).not.toHaveProperty('transactionId');
  });

  it('cannot be changed afterwards', async () => {
    const event = (await ib.post('/me/events', talk({ transactionId: 'fixed' }))).body;
    expectGraphError(await ib.patch(path(event.id), { transactionId: 'other' }), 400, 'ErrorInvalidRequest');
  });
});

describe('rescheduling with PATCH', () => {
  let event: Json;

  beforeEach(async () => {
    event = (await ib.post('/me/events', talk({ subject: 'To move' }))).body;
  });

  it('moves the event and gives it a new changeKey', async () => {
    const moved = await ib.patch(
      path(event.id),
      {
        start: { dateTime: '2026-10-12T15:00:00', timeZone: 'W. Europe Standard Time' },
        end: { dateTime: '2026-10-12T15:45:00', timeZone: 'W. Europe Standard Time' },
      },
      { 'If-Match': event['@odata.etag'] },
    );
    expect(moved.status).toBe(200);
    expect(moved.body.start.dateTime).toBe('2026-10-12T13:00:00.0000000');
    expect(moved.body.end.dateTime).toBe('2026-10-12T13:45:00.0000000');
    expect(moved.body.changeKey).not.toBe(event.changeKey);
    expect(moved.body['@odata.etag']).toBe(`W/"${moved.body.changeKey}"`);
    expect(moved.body.onlineMeeting.joinUrl).toBe(event.onlineMeeting.joinUrl);
    expect(moved.body.subject).toBe('To move');
    expect((await ib.get(path(event.id))).body.start.dateTime).toBe('2026-10-12T13:00:00.0000000');
  });

  it('accepts the bare changeKey and * as If-Match', async () => {
    const a = await ib.patch(path(event.id), { subject: 'A' }, { 'If-Match': event.changeKey });
    expect(a.status).toBe(200);
    expect((await ib.patch(path(event.id), { subject: 'B' }, { 'If-Match': '*' })).status).toBe(200);
  });

  it('refuses a stale If-Match with 412 and changes nothing', async () => {
    await ib.patch(path(event.id), { subject: 'Changed by someone else' });
    const stale = await ib.patch(path(event.id), { subject: 'Mine' }, { 'If-Match': event['@odata.etag'] });
    expectGraphError(stale, 412, 'ErrorIrresolvableConflict');
    expect((await ib.get(path(event.id))).body.subject).toBe('Changed by someone else');
  });

  it('refuses an end before the start, also against the stored start', async () => {
    const bad = await ib.patch(path(event.id), { end: { dateTime: '2026-10-05T14:00:00', timeZone: 'W. Europe Standard Time' } });
    expectGraphError(bad, 400, 'ErrorPropertyValidationFailure');
  });

  it('answers 404 for an unknown event', async () => {
    expectGraphError(await ib.patch(path('AAMkAGRlbGluZGUnope'), { subject: 'x' }), 404, 'ErrorItemNotFound');
  });
});

describe('deleting and cancelling', () => {
  it('deletes with 204, after which the event is gone', async () => {
    const event = (await ib.post('/me/events', talk())).body;
    const deleted = await ib.delete(path(event.id));
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeUndefined();
    expectGraphError(await ib.get(path(event.id)), 404, 'ErrorItemNotFound');
    expectGraphError(await ib.delete(path(event.id)), 404, 'ErrorItemNotFound');
  });

  it('refuses a delete with a stale If-Match', async () => {
    const event = (await ib.post('/me/events', talk())).body;
    await ib.patch(path(event.id), { subject: 'newer' });
    expectGraphError(await ib.delete(path(event.id), { 'If-Match': event['@odata.etag'] }), 412, 'ErrorIrresolvableConflict');
  });

  it('cancels with 202 and a comment', async () => {
    const event = (await ib.post('/me/events', talk())).body;
    const cancelled = await ib.post(`${path(event.id)}/cancel`, { Comment: 'Helaas gaat het niet door.' });
    expect(cancelled.status).toBe(202);
    expectGraphError(await ib.get(path(event.id)), 404, 'ErrorItemNotFound');
  });
});

describe('validation', () => {
  it('refuses an end before the start', async () => {
    const answer = await ib.post('/me/events', talk({ end: { dateTime: '2026-10-05T14:00:00', timeZone: 'W. Europe Standard Time' } }));
    expectGraphError(answer, 400, 'ErrorPropertyValidationFailure');
  });

  it('refuses an event without a start or end', async () => {
    expectGraphError(await ib.post('/me/events', talk({ start: undefined })), 400, 'ErrorPropertyValidationFailure');
    expectGraphError(await ib.post('/me/events', talk({ end: null })), 400, 'ErrorPropertyValidationFailure');
  });

  it('refuses an unknown or missing time zone', async () => {
    const unknown = await ib.post('/me/events', talk({ start: { dateTime: '2026-10-05T15:00:00', timeZone: 'Mars Standard Time' } }));
    expectGraphError(unknown, 400, 'TimeZoneNotSupportedException');
    const missing = await ib.post('/me/events', talk({ start: { dateTime: '2026-10-05T15:00:00' } }));
    expectGraphError(missing, 400, 'TimeZoneNotSupportedException');
  });

  it('accepts IANA zone names', async () => {
    const answer = await ib.post('/me/events', talk({
      start: { dateTime: '2026-12-07T15:00:00', timeZone: 'Europe/Amsterdam' },
      end: { dateTime: '2026-12-07T15:30:00', timeZone: 'Europe/Amsterdam' },
    }));
    expect(answer.status).toBe(201);
    // Winter time: UTC+1.
    expect(answer.body.start.dateTime).toBe('2026-12-07T14:00:00.0000000');
  });

  it('refuses a bad attendee address', async () => {
    const answer = await ib.post('/me/events', talk({ attendees: [{ emailAddress: { address: 'not an address', name: 'X' }, type: 'required' }] }));
    const error = expectGraphError(answer, 400, 'ErrorInvalidRecipients');
    expect(error.message).toContain('not an address');
    const missing = await ib.post('/me/events', talk({ attendees: [{ type: 'required' }] }));
    expectGraphError(missing, 400, 'ErrorInvalidRecipients');
  });

  it('refuses an unknown attendee type and unknown properties', async () => {
    expectGraphError(await ib.post('/me/events', talk({ attendees: [{ ...PARENT, type: 'vip' }] })), 400, 'RequestBodyRead');
    const unknown = await ib.post('/me/events', talk({ colour: 'red' }));
    expect(expectGraphError(unknown, 400, 'RequestBodyRead').message).toContain("'colour'");
  });

  it('refuses a malformed date-time and an empty body', async () => {
    expectGraphError(await ib.post('/me/events', talk({ start: { dateTime: 'next monday', timeZone: 'UTC' } })), 400, 'ErrorPropertyValidationFailure');
    expectGraphError(await ib.post('/me/events', undefined), 400, 'BadRequest');
  });

  it('creates nothing when it refuses', async () => {
    const before = (await teacher.get('/me/events?$top=1000')).body.value.length;
    await teacher.post('/me/events', talk({ end: { dateTime: '2020-01-01T00:00:00', timeZone: 'UTC' } }));
    expect((await teacher.get('/me/events?$top=1000')).body.value).toHaveLength(before);
  });
});

describe('calendarView and listing', () => {
  const upn = DEMO_STAFF[5]!.upn;
  let client: GraphClient;

  beforeAll(async () => {
    client = server.as(upn);
    // Twelve half-hour talks on one afternoon, one the evening before, one the next day.
    for (let i = 0; i < 12; i += 1) {
      const minutes = 13 * 60 + i * 30;
      const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
      const mm = String(minutes % 60).padStart(2, '0');
      const end = minutes + 30;
      const eh = String(Math.floor(end / 60)).padStart(2, '0');
      const em = String(end % 60).padStart(2, '0');
      await client.post('/me/events', talk({
        subject: `Talk ${String(i + 1).padStart(2, '0')}`,
        start: { dateTime: `2026-11-10T${hh}:${mm}:00`, timeZone: 'UTC' },
        end: { dateTime: `2026-11-10T${eh}:${em}:00`, timeZone: 'UTC' },
      }));
    }
    await client.post('/me/events', talk({ subject: 'Evening before', start: { dateTime: '2026-11-09T19:00:00', timeZone: 'UTC' }, end: { dateTime: '2026-11-09T20:00:00', timeZone: 'UTC' } }));
    await client.post('/me/events', talk({ subject: 'Next day', start: { dateTime: '2026-11-11T08:00:00', timeZone: 'UTC' }, end: { dateTime: '2026-11-11T09:00:00', timeZone: 'UTC' } }));
  });

  const view = (from: string, to: string, extra = '') =>
    `/me/calendarView?startDateTime=${encodeURIComponent(from)}&endDateTime=${encodeURIComponent(to)}${extra}`;

  it('returns the events overlapping the window, 10 per page, with @odata.nextLink', async () => {
    const first = await client.get(view('2026-11-10T00:00:00Z', '2026-11-11T00:00:00Z'));
    expect(first.status).toBe(200);
    expect(first.body['@odata.context']).toMatch(/\/calendarView$/);
    expect(first.body.value).toHaveLength(10);
    expect(first.body['@odata.nextLink']).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graph\/v1\.0\/me\/calendarView\?.*\$skip=10/);
    const pages = await allPages(client, view('2026-11-10T00:00:00Z', '2026-11-11T00:00:00Z'));
    const subjects = pages.flat().map((e: Json) => e.subject);
    expect(subjects).toEqual(Array.from({ length: 12 }, (_, i) => `Talk ${String(i + 1).padStart(2, '0')}`));
  });

  it('counts events that only partly overlap, and not those that merely touch the window', async () => {
    // 13:15–13:45 overlaps talks 1 and 2; 13:30 is where talk 1 ends, so 13:30–14:00 holds talk 2 only.
    const partial = (await client.get(view('2026-11-10T13:15:00Z', '2026-11-10T13:45:00Z'))).body.value.map((e: Json) => e.subject);
    expect(partial).toEqual(['Talk 01', 'Talk 02']);
    const touching = (await client.get(view('2026-11-10T13:30:00Z', '2026-11-10T14:00:00Z'))).body.value.map((e: Json) => e.subject);
    expect(touching).toEqual(['Talk 02']);
  });

  it('reads bounds with an offset, and in local time', async () => {
    const evening = await client.get(view('2026-11-09T20:00:00+01:00', '2026-11-09T21:00:00+01:00'));
    expect(evening.body.value.map((e: Json) => e.subject)).toEqual(['Evening before']);
  });

  it('takes $top and $select', async () => {
    const answer = await client.get(view('2026-11-09T00:00:00Z', '2026-11-12T00:00:00Z', '&$top=3&$select=subject,start,end'));
    expect(answer.body.value).toHaveLength(3);
    expect(Object.keys(answer.body.value[0]).sort()).toEqual(['@odata.etag', 'end', 'id', 'start', 'subject']);
    expect(answer.body['@odata.nextLink']).toContain('$top=3&$skip=3');
    const all = await allPages(client, view('2026-11-09T00:00:00Z', '2026-11-12T00:00:00Z', '&$top=3'));
    expect(all.flat()).toHaveLength(14);
  });

  it('requires both bounds', async () => {
    const error = expectGraphError(await client.get('/me/calendarView?startDateTime=2026-11-10T00:00:00Z'), 400, 'ErrorInvalidParameter');
    expect(error.message).toContain('StartDateTime and EndDateTime');
    expectGraphError(await client.get(view('yesterday', '2026-11-10T00:00:00Z')), 400, 'ErrorInvalidParameter');
  });

  it('is also under /me/calendar', async () => {
    const answer = await client.get(`/me/calendar/calendarView?startDateTime=2026-11-11T00:00:00Z&endDateTime=2026-11-12T00:00:00Z`);
    expect(answer.body.value.map((e: Json) => e.subject)).toEqual(['Next day']);
  });

  it('filters and orders /me/events', async () => {
    const filter = encodeURIComponent("start/dateTime ge '2026-11-10T18:00:00' and start/dateTime lt '2026-11-11T00:00:00'");
    const late = await client.get(`/me/events?$filter=${filter}&$orderby=${encodeURIComponent('start/dateTime desc')}`);
    expect(late.body.value.map((e: Json) => e.subject)).toEqual(['Talk 12', 'Talk 11']);
    const bySubject = await client.get(`/me/events?$filter=${encodeURIComponent("subject eq 'next day'")}`);
    expect(bySubject.body.value).toHaveLength(1);
    const top = await client.get(`/me/events?$orderby=subject&$top=2`);
    expect(top.body.value.map((e: Json) => e.subject)).toEqual(['Evening before', 'Next day']);
    expect(top.body['@odata.nextLink']).toBeDefined();
  });

  it('refuses filters on properties it cannot filter', async () => {
    expectGraphError(await client.get(`/me/events?$filter=${encodeURIComponent("bodyPreview eq 'x'")}`), 400, 'BadRequest');
    expectGraphError(await client.get(`/me/events?$filter=${encodeURIComponent('subject eq')}`), 400, 'BadRequest');
  });

  it('works inside $batch', async () => {
    const batch = await client.post('/$batch', {
      requests: [
        { id: '1', method: 'GET', url: '/me/calendarView?startDateTime=2026-11-11T00:00:00Z&endDateTime=2026-11-12T00:00:00Z' },
        {
          id: '2',
          method: 'POST',
          url: '/me/events',
          headers: { 'Content-Type': 'application/json' },
          body: talk({ subject: 'From a batch', transactionId: 'batch-1' }),
        },
      ],
    });
    expect(batch.status).toBe(200);
    const byId = Object.fromEntries(batch.body.responses.map((r: Json) => [r.id, r]));
    expect(byId['1'].status).toBe(200);
    expect(byId['1'].body.value[0].subject).toBe('Next day');
    expect(byId['2'].status).toBe(201);
    expect(byId['2'].body.onlineMeeting.joinUrl).toMatch(JOIN_URL);
  });
});

describe('a user without a mailbox (the guest parent)', () => {
  it('gets 404 MailboxNotEnabledForRESTAPI on every calendar endpoint', async () => {
    const answers = [
      await guest.post('/me/events', talk()),
      await guest.get('/me/events'),
      await guest.get('/me/calendarView?startDateTime=2026-11-10T00:00:00Z&endDateTime=2026-11-11T00:00:00Z'),
      await guest.get(path('AAMkAGRlbGluZGUanything')),
    ];
    for (const answer of answers) {
      expect(expectGraphError(answer, 404, 'MailboxNotEnabledForRESTAPI').message).toBe(
        'The mailbox is either inactive, soft-deleted, or is hosted on-premise.',
      );
    }
  });

  it('still gets its profile', async () => {
    expect((await guest.get('/me')).status).toBe(200);
  });

  it('and no one gets anything without a token', async () => {
    expectGraphError(await server.anonymous().get('/me/events'), 401, 'InvalidAuthenticationToken');
  });
});

describe('events persist', () => {
  it('survive a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'driehoek-events-'));
    const dbPath = join(dir, 'graph.sqlite');
    try {
      const first = await startGraphServer({ port: 0, dbPath });
      const created = await new GraphClient(first.graphUrl, first.tokenFor(IB)).post('/me/events', talk({ transactionId: 'persist' }));
      await first.close();
      const second = await startGraphServer({ port: 0, dbPath });
      const client = new GraphClient(second.graphUrl, second.tokenFor(IB));
      const read = await client.get(path(created.body.id));
      expect(read.body.onlineMeeting.joinUrl).toBe(created.body.onlineMeeting.joinUrl);
      expect((await client.post('/me/events', talk({ transactionId: 'persist' }))).body.id).toBe(created.body.id);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
