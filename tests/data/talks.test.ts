/**
 * Parent talks against a real local server: planning creates a Teams meeting in the organiser's
 * calendar whose invite carries the agenda with every user text escaped, parents among the
 * attendees; a zorgteam pre-talk is its own staff-only event; rescheduling moves the events,
 * cancelling removes them; a clash is a warning (or a stop when asked); retries never
 * duplicate events (transactionId) or talks (ClientKey); agreements are tracked and
 * overdue-queryable; the follow-up is planned and linked; the summary mail holds only
 * shareable notes; a pupil's data is exported and removed two years after leaving; the guest
 * gets 403; bad input is refused with no request sent.
 */
import type { DataLayer, ScheduledTalk } from '../../src/data';
import { AccessDeniedError, ConflictError, NotFoundError, ValidationError } from '../../src/data/errors';
import type { Versioned } from '../../src/data/repositories';
import { DEMO_GUEST, DEMO_PROVISIONER, DEMO_STAFF } from '../../src/demo/people';
import type { Agreement } from '../../src/domain/talks/agreements';
import { aTalk } from '../../src/domain/talks/fixtures';
import { agendaFromTemplate, questionsFromTemplate } from '../../src/domain/talks/templates';
import { schoolDate } from '../../src/domain/talks/time';
import type { Talk } from '../../src/domain/talks/types';
import { summarySubject } from '../../src/domain/talks/summary';
import { talksNl } from '../../src/ui/i18n/talks.nl';
import { startTestServer, type TestServer } from './helpers';

jest.setTimeout(60_000);

const TOM = DEMO_STAFF.find((s) => s.upn === 'tom.mulder@delinde.example')!;
const IB = DEMO_STAFF.find((s) => s.upn === DEMO_PROVISIONER)!;
const NOOR = DEMO_STAFF.find((s) => s.upn === 'noor.hendriks@delinde.example')!;
const messages = talksNl;
const summarySubjectOf = (value: Talk) => summarySubject(value, messages);

interface GraphEventJson {
  id: string;
  subject: string;
  body: { contentType: string; content: string };
  start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string };
  attendees: { type: string; emailAddress: { address: string; name: string } }[];
  isOnlineMeeting: boolean;
  onlineMeetingProvider: string;
  onlineMeeting: { joinUrl: string } | null;
  transactionId?: string;
}

let t: TestServer;
let tom: DataLayer;
let ib: DataLayer;

beforeAll(async () => {
  t = await startTestServer();
  ib = t.layerFor(DEMO_PROVISIONER);
  await ib.api.provision();
  tom = t.layerFor(TOM.upn);
});
afterAll(() => t.close());

let serial = 0;
/** A talk organised by Tom for a fresh pupil, at a fresh hour so talks do not clash by accident. */
function talk(overrides: Partial<Talk> = {}): Talk {
  serial += 1;
  const type = overrides.type ?? 'voortgang';
  return aTalk({
    id: `talk-${serial}-${Math.random().toString(36).slice(2, 8)}`,
    type,
    pupil: { id: `pupil-${serial}`, firstName: 'Emma', group: 7 },
    parents: [
      { name: 'Sanne de Vries <script>alert(1)</script>', email: 'sanne@example.nl', household: 1 },
      { name: "Joost O'Neil & Zoon", email: 'joost@example.nl', household: 2 },
    ],
    staff: [
      { name: TOM.displayName, email: TOM.upn, role: 'leerkracht' },
      { name: IB.displayName, email: IB.upn, role: 'ib' },
    ],
    start: new Date(Date.UTC(2027, 0, 4 + serial, 13, 0)).toISOString(),
    agenda: agendaFromTemplate(type, true),
    preparationQuestions: questionsFromTemplate(type),
    status: 'draft',
    ...overrides,
  });
}

const event = (layer: DataLayer, id: string) => layer.http.get<GraphEventJson>(`/me/events/${encodeURIComponent(id)}`);

async function planned(layer: DataLayer, value: Talk): Promise<Versioned<ScheduledTalk>> {
  const outcome = await layer.api.talks.plan(value, { messages });
  if (!outcome.planned) throw new Error('not planned');
  return outcome.planned;
}

function agreement(stored: ScheduledTalk, overrides: Partial<Agreement> & { id: string }): Agreement {
  return {
    talkId: stored.talk.id,
    pupilId: stored.talk.pupil.id,
    owner: 'school',
    text: 'We sturen elke vrijdag een kort bericht over de week',
    madeOn: '2027-01-10',
    dueDate: '2027-02-01',
    status: 'open',
    whatWorked: '',
    whatWasHard: '',
    supportWanted: false,
    ...overrides,
  };
}

describe('planning a talk', () => {
  let stored: Versioned<ScheduledTalk>;
  let graphEvent: GraphEventJson;

  beforeAll(async () => {
    stored = await planned(tom, talk({ location: 'Lokaal <7>', mode: 'inPerson' }));
    graphEvent = await event(tom, stored.value.eventId!);
  });

  it('stores the talk as planned with the event id and the Teams link', () => {
    expect(stored.value).toMatchObject({
      organizerUpn: TOM.upn,
      eventId: expect.any(String),
      joinUrl: expect.stringMatching(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//),
      notes: [],
    });
    expect(stored.value.talk.status).toBe('planned');
    expect(stored.value.preTalkEventId).toBeUndefined();
  });

  it('creates a Teams meeting in the organiser\'s calendar at the talk\'s time', () => {
    expect(graphEvent.isOnlineMeeting).toBe(true);
    expect(graphEvent.onlineMeetingProvider).toBe('teamsForBusiness');
    expect(graphEvent.onlineMeeting?.joinUrl).toBe(stored.value.joinUrl);
    expect(graphEvent.subject).toContain('Emma');
    expect(`${graphEvent.start.dateTime.slice(0, 19)}Z`).toBe(stored.value.talk.start.replace('.000Z', 'Z'));
  });

  it('carries the agenda and the people with every user text escaped', () => {
    const html = graphEvent.body.content;
    expect(graphEvent.body.contentType).toBe('html');
    expect(html).toContain('Sanne de Vries &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('Joost O&#39;Neil &amp; Zoon');
    expect(html).toContain('Lokaal &lt;7&gt;');
    expect(html).toContain(messages.agenda.positiveStart);
    expect(html).toContain(messages.questions.sinceLast);
  });

  it('invites both parents and the staff, the organiser being the organiser', () => {
    const addresses = graphEvent.attendees.map((a) => a.emailAddress.address);
    expect(addresses).toEqual(['sanne@example.nl', 'joost@example.nl', IB.upn]);
    expect(graphEvent.attendees.every((a) => a.type === 'required')).toBe(true);
  });

  it('registers the pupil with first name and group only', async () => {
    const pupils = await tom.api.talks.pupils();
    expect(pupils.map((p) => p.value)).toContainEqual({ id: stored.value.talk.pupil.id, firstName: 'Emma', group: 7 });
  });

  it('is listed as upcoming, by pupil and by organiser, each in one $batch', async () => {
    tom.http.resetStats();
    const upcoming = await tom.api.talks.load({ kind: 'upcoming', from: '2027-01-01T00:00:00Z' });
    expect(tom.api.diagnostics()).toMatchObject({ requests: 1, batches: 1 });
    expect(upcoming.talks.map((x) => x.value.talk.id)).toContain(stored.value.talk.id);
    expect(upcoming.pupils.length).toBeGreaterThan(0);
    const byPupil = await tom.api.talks.load({ kind: 'pupil', pupilId: stored.value.talk.pupil.id });
    expect(byPupil.talks.map((x) => x.value.talk.id)).toEqual([stored.value.talk.id]);
    const mine = await tom.api.talks.load({ kind: 'organiser' });
    expect(mine.talks.map((x) => x.value.talk.id)).toContain(stored.value.talk.id);
    const noor = await t.layerFor(NOOR.upn).api.talks.load({ kind: 'organiser' });
    expect(noor.talks).toEqual([]);
    const later = await tom.api.talks.load({ kind: 'upcoming', from: '2030-01-01T00:00:00Z' });
    expect(later.talks).toEqual([]);
  });

  it('never duplicates: planning the same talk again returns it, with no second event', async () => {
    const again = await tom.api.talks.plan(talk({ id: stored.value.talk.id, pupil: stored.value.talk.pupil, start: stored.value.talk.start }), { messages });
    expect(again.planned?.value.eventId).toBe(stored.value.eventId);
    const all = await tom.http.getAll<GraphEventJson>('/me/events?$top=1000');
    expect(all.filter((e) => e.transactionId?.startsWith(`${stored.value.talk.id}:`))).toHaveLength(1);
  });
});

describe('a retry after a half-done plan', () => {
  it('reuses the event made the first time (transactionId) and stores the talk once', async () => {
    const value = talk();
    const first = await planned(tom, value);
    // As if the answer to the talk's create was lost: the item is gone, the event is not.
    await tom.http.delete(`${await listItems('DriehoekTalks')}/${first.itemId}`);
    const second = await planned(tom, value);
    expect(second.value.eventId).toBe(first.value.eventId);
    expect(second.value.joinUrl).toBe(first.value.joinUrl);
    const all = await tom.http.getAll<GraphEventJson>('/me/events?$top=1000');
    expect(all.filter((e) => e.transactionId === `${value.id}:talk`)).toHaveLength(1);
    expect(await tom.api.talks.get(value.id)).toMatchObject({ itemId: second.itemId });
  });
});

async function listItems(list: string): Promise<string> {
  return `${await tom.site.sitePath()}/lists/${list}/items`;
}

describe('a zorgteam talk with a pre-talk', () => {
  let stored: Versioned<ScheduledTalk>;
  let main: GraphEventJson;
  let pre: GraphEventJson;

  beforeAll(async () => {
    stored = await planned(tom, talk({ type: 'zorgteam', durationMinutes: 45, withPreTalk: true, agenda: agendaFromTemplate('zorgteam', true) }));
    main = await event(tom, stored.value.eventId!);
    pre = await event(tom, stored.value.preTalkEventId!);
  });

  it('plans the staff-only pre-talk as a separate event in the 15 minutes before', () => {
    expect(pre.id).not.toBe(main.id);
    expect(pre.end.dateTime).toBe(main.start.dateTime);
    expect(Date.parse(`${main.start.dateTime.slice(0, 23)}Z`) - Date.parse(`${pre.start.dateTime.slice(0, 23)}Z`)).toBe(15 * 60_000);
    expect(Date.parse(`${main.end.dateTime.slice(0, 23)}Z`) - Date.parse(`${main.start.dateTime.slice(0, 23)}Z`)).toBe(45 * 60_000);
  });

  it('invites no parents to the pre-talk, and tells the parents about it', () => {
    const addresses = pre.attendees.map((a) => a.emailAddress.address);
    expect(addresses).toEqual([IB.upn]);
    expect(pre.body.content).not.toContain('sanne@example.nl');
    expect(pre.body.content).not.toContain('Sanne de Vries');
    expect(main.attendees.map((a) => a.emailAddress.address)).toContain('sanne@example.nl');
  });

  it('moves both events when rescheduled, and keeps the join link', async () => {
    const moved = await tom.api.talks.reschedule(
      stored,
      { start: '2027-03-01T14:00:00.000Z', durationMinutes: 45 },
      { messages },
    );
    expect(moved.planned?.value.talk.start).toBe('2027-03-01T14:00:00.000Z');
    const [m, p] = await Promise.all([event(tom, stored.value.eventId!), event(tom, stored.value.preTalkEventId!)]);
    expect(m.start.dateTime).toBe('2027-03-01T14:00:00.0000000');
    expect(m.end.dateTime).toBe('2027-03-01T14:45:00.0000000');
    expect(p.start.dateTime).toBe('2027-03-01T13:45:00.0000000');
    expect(m.onlineMeeting?.joinUrl).toBe(stored.value.joinUrl);
    // The invite's times follow: 14:00 became 15:00 in Amsterdam (winter time).
    expect(main.body.content).toContain('14:00');
    expect(m.body.content).toContain('15:00');
    expect(m.body.content).not.toContain('14:00');
    expect(m.body.content.startsWith('<div class="driehoek-invite">')).toBe(true);
    stored = moved.planned!;
  });

  it('refuses a reschedule from a stale copy with a ConflictError, leaving the calendar alone', async () => {
    const stale = stored;
    await tom.api.talks.reschedule(stored, { start: '2027-03-02T14:00:00.000Z', durationMinutes: 45 }, { messages });
    const error = await tom.api.talks
      .reschedule(stale, { start: '2027-03-09T14:00:00.000Z', durationMinutes: 45 }, { messages })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError<Versioned<ScheduledTalk>>).current?.value.talk.start).toBe('2027-03-02T14:00:00.000Z');
    expect((await event(tom, stored.value.eventId!)).start.dateTime).toBe('2027-03-02T14:00:00.0000000');
  });

  it('refuses a zorgteam talk longer than 45 minutes before any request', async () => {
    tom.http.resetStats();
    const error = await tom.api.talks.plan(talk({ type: 'zorgteam', durationMinutes: 60, withPreTalk: true, agenda: [] }), { messages }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toContainEqual({ field: 'durationMinutes', code: 'outOfRange', params: { min: 1, max: 45 } });
    expect(tom.api.diagnostics().requests).toBe(0);
  });
});

describe('cancelling', () => {
  it('marks the talk cancelled and removes its events; a retry completes', async () => {
    const stored = await planned(tom, talk({ type: 'zorgteam', durationMinutes: 45, withPreTalk: true, agenda: [] }));
    const cancelled = await tom.api.talks.cancel(stored);
    expect(cancelled.value.talk.status).toBe('cancelled');
    for (const id of [stored.value.eventId!, stored.value.preTalkEventId!]) {
      await expect(event(tom, id)).rejects.toMatchObject({ status: 404 });
    }
    const again = await tom.api.talks.cancel(cancelled);
    expect(again.etag).toBe(cancelled.etag);
    const upcoming = await tom.api.talks.load({ kind: 'upcoming', from: '2027-01-01T00:00:00Z' });
    expect(upcoming.talks.map((x) => x.value.talk.id)).not.toContain(stored.value.talk.id);
  });
});

describe('double booking', () => {
  it('warns about an overlapping appointment but plans anyway', async () => {
    const value = talk({ start: '2027-05-03T13:00:00.000Z', durationMinutes: 20, agenda: [] });
    await tom.http.post('/me/events', {
      subject: 'Tandarts',
      start: { dateTime: '2027-05-03T13:10:00', timeZone: 'UTC' },
      end: { dateTime: '2027-05-03T13:40:00', timeZone: 'UTC' },
    });
    await tom.http.post('/me/events', {
      subject: 'Vrij blok',
      showAs: 'free',
      start: { dateTime: '2027-05-03T13:00:00', timeZone: 'UTC' },
      end: { dateTime: '2027-05-03T14:00:00', timeZone: 'UTC' },
    });
    await tom.http.post('/me/events', {
      subject: 'Direct erna',
      start: { dateTime: '2027-05-03T13:20:00', timeZone: 'UTC' },
      end: { dateTime: '2027-05-03T13:50:00', timeZone: 'UTC' },
    });
    expect((await tom.api.talks.clashes(value)).map((c) => c.subject)).toEqual(['Tandarts']);
    const outcome = await tom.api.talks.plan(value, { messages });
    expect(outcome.clashes.map((c) => c.subject)).toEqual(['Tandarts']);
    expect(outcome.clashes[0]).toMatchObject({ start: '2027-05-03T13:10:00.000Z', end: '2027-05-03T13:40:00.000Z' });
    expect(outcome.planned).not.toBeNull();
  });

  it('plans nothing when the caller insists', async () => {
    const value = talk({ start: '2027-05-03T13:30:00.000Z', durationMinutes: 15, agenda: [] });
    const outcome = await tom.api.talks.plan(value, { messages, stopOnClash: true });
    expect(outcome.planned).toBeNull();
    expect(outcome.clashes.map((c) => c.subject).sort()).toEqual(['Direct erna', 'Tandarts']);
    expect(await tom.api.talks.get(value.id)).toBeNull();
  });

  it('does not count the talk\'s own events when it is rescheduled', async () => {
    const stored = await planned(tom, talk({ start: '2027-05-10T13:00:00.000Z', durationMinutes: 20, agenda: [] }));
    const moved = await tom.api.talks.reschedule(stored, { start: '2027-05-10T13:10:00.000Z', durationMinutes: 20 }, { messages, stopOnClash: true });
    expect(moved.clashes).toEqual([]);
    expect(moved.planned).not.toBeNull();
  });
});

describe('the record: notes, agreements and the promise tracker', () => {
  let stored: Versioned<ScheduledTalk>;

  beforeAll(async () => {
    stored = await planned(tom, talk());
    stored = await tom.api.talks.markHeld(stored);
    stored = await tom.api.talks.saveNotes(stored, [
      { id: 'n1', text: 'Intern: thuis speelt een scheiding', visibility: 'internal' },
      { id: 'n2', text: 'Emma leest graag <strong>strips</strong>.\nDat mag vaker.', visibility: 'shareable' },
    ]);
    await tom.api.talks.createAgreement(agreement(stored.value, { id: `${stored.value.talk.id}-a1`, dueDate: '2027-01-20' }));
    await tom.api.talks.createAgreement(agreement(stored.value, { id: `${stored.value.talk.id}-a2`, owner: 'ouder', text: 'Elke avond samen lezen', dueDate: '2027-02-15' }));
    await tom.api.talks.createAgreement(agreement(stored.value, { id: `${stored.value.talk.id}-a3`, owner: 'kind', text: 'Ik vraag hulp als ik vastloop', dueDate: '2027-01-25' }));
  });

  it('keeps the notes and the agreements with the talk (one $batch)', async () => {
    tom.http.resetStats();
    const snapshot = await tom.api.talks.record(stored.value.talk.id);
    expect(tom.api.diagnostics()).toMatchObject({ requests: 1, batches: 1 });
    expect(snapshot.record.notes.map((n) => n.visibility)).toEqual(['internal', 'shareable']);
    expect(snapshot.record.notes[1]!.text).toBe('Emma leest graag <strong>strips</strong>.\nDat mag vaker.');
    expect(snapshot.agreements.map((a) => a.value.owner)).toEqual(['school', 'kind', 'ouder']);
  });

  it('shows overdue agreements, the longest overdue first', async () => {
    const late = await tom.api.talks.agreements({ kind: 'overdue', today: '2027-02-01' });
    const mine = late.filter((a) => a.value.talkId === stored.value.talk.id).map((a) => a.value.id);
    expect(mine).toEqual([`${stored.value.talk.id}-a1`, `${stored.value.talk.id}-a3`]);
    expect((await tom.api.talks.agreements({ kind: 'overdue', today: '2027-01-20' })).map((a) => a.value.id)).not.toContain(`${stored.value.talk.id}-a1`);
  });

  it('shows the IB the overdue agreements of talks she is not in', async () => {
    const without = await planned(tom, talk({ staff: [{ name: TOM.displayName, email: TOM.upn, role: 'leerkracht' }] }));
    await tom.api.talks.createAgreement(agreement(without.value, { id: `${without.value.talk.id}-a1`, owner: 'ouder', dueDate: '2027-01-22' }));
    const late = await ib.api.talks.agreements({ kind: 'overdue', today: '2027-02-01' });
    expect(late.find((a) => a.value.id === `${without.value.talk.id}-a1`)?.value).toMatchObject({ owner: 'ouder', dueDate: '2027-01-22' });
    // Not her talk and not recorded by her: it is not among her own.
    expect((await ib.api.talks.agreements({ kind: 'mine' })).map((a) => a.value.talkId)).not.toContain(without.value.talk.id);
  });

  it('lists the open agreements of my talks whatever their owner: the ones I organised or recorded in', async () => {
    const ofTalk = (list: Versioned<Agreement>[]) => list.filter((a) => a.value.talkId === stored.value.talk.id).map((a) => a.value.id);
    const id = (n: string) => `${stored.value.talk.id}-${n}`;
    const mine = await tom.api.talks.agreements({ kind: 'mine' });
    // By due date: school, child, parents.
    expect(ofTalk(mine)).toEqual([id('a1'), id('a3'), id('a2')]);
    expect(mine.filter((a) => a.value.talkId === stored.value.talk.id).map((a) => a.value.owner)).toEqual(['school', 'kind', 'ouder']);
    expect(mine.every((a) => a.value.status === 'open')).toBe(true);

    // The IB, in the meeting, records the parents' agreement: hers as recorder, Tom's as organiser.
    await ib.api.talks.createAgreement(agreement(stored.value, { id: id('b1'), owner: 'ouder', text: 'De ouders bellen de logopedist', dueDate: '2027-02-20' }));
    expect(ofTalk(await tom.api.talks.agreements({ kind: 'mine' }))).toEqual([id('a1'), id('a3'), id('a2'), id('b1')]);
    expect(ofTalk(await ib.api.talks.agreements({ kind: 'mine' }))).toEqual([id('b1')]);
    expect(await t.layerFor(NOOR.upn).api.talks.agreements({ kind: 'mine' })).toEqual([]);

    // Reporting keeps who recorded and who organised: a renegotiated one stays in Tom's view.
    const b1 = (await ib.api.talks.agreements({ kind: 'mine' })).find((a) => a.value.id === id('b1'));
    const { next } = await ib.api.talks.renegotiateAgreement(
      b1!,
      { whatWorked: '', whatWasHard: 'Wachtlijst', supportWanted: false },
      { id: id('b2'), text: 'De ouders bellen de logopedist opnieuw', dueDate: '2027-03-20' },
      '2027-02-21',
    );
    expect(next.value.owner).toBe('ouder');
    expect(ofTalk(await tom.api.talks.agreements({ kind: 'mine' }))).toEqual([id('a1'), id('a3'), id('a2'), id('b2')]);
    expect(ofTalk(await ib.api.talks.agreements({ kind: 'mine' }))).toEqual([id('b2')]);
  });

  it('refuses an agreement for a talk that does not exist', async () => {
    await expect(
      tom.api.talks.createAgreement(agreement(stored.value, { id: 'no-talk-a1', talkId: 'no-such-talk' })),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('reads the talks view with its agreements panel (talks, pupils, my agreements) in one $batch', async () => {
    await tom.api.talks.agreements({ kind: 'mine' }); // the profile is known, as after sign-in
    tom.http.resetStats();
    await t.admin('DELETE', '/local/admin/stats');
    const snapshot = await tom.api.talks.load({ kind: 'organiser' }, { agreements: { kind: 'mine' } });
    expect(tom.api.diagnostics()).toMatchObject({ requests: 1, batches: 1 });
    expect(await t.admin('GET', '/local/admin/stats')).toMatchObject({ total: 1, batches: 1, subRequests: 3 });
    expect(snapshot.agreements).toEqual(await tom.api.talks.agreements({ kind: 'mine' }));
    expect(snapshot.talks.map((x) => x.value.talk.id)).toContain(stored.value.talk.id);
    const overdue = await tom.api.talks.load({ kind: 'organiser' }, { agreements: { kind: 'overdue', today: '2027-02-01' } });
    expect(overdue.agreements).toEqual(await tom.api.talks.agreements({ kind: 'overdue', today: '2027-02-01' }));
    expect((await tom.api.talks.load({ kind: 'organiser' })).agreements).toBeUndefined();
  });

  it('reports on an agreement with If-Match, after which it is no longer overdue', async () => {
    const [first] = await tom.api.talks.agreements({ kind: 'talk', talkId: stored.value.talk.id });
    const kept = await tom.api.talks.updateAgreement(first!, { ...first!.value, status: 'kept', reportedOn: '2027-02-02', whatWorked: 'Elke vrijdag gelukt' });
    expect(kept.value.status).toBe('kept');
    const late = await tom.api.talks.agreements({ kind: 'overdue', today: '2027-03-01' });
    expect(late.map((a) => a.value.id)).not.toContain(first!.value.id);
    const stale = await tom.api.talks.updateAgreement(first!, { ...first!.value, text: 'Oud' }).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ConflictError);
  });

  it('renegotiates an agreement into its successor', async () => {
    const all = await tom.api.talks.agreements({ kind: 'talk', talkId: stored.value.talk.id });
    const kind = all.find((a) => a.value.owner === 'kind')!;
    const { previous, next } = await tom.api.talks.renegotiateAgreement(
      kind,
      { whatWorked: '', whatWasHard: 'Durft het nog niet', supportWanted: false },
      { id: `${stored.value.talk.id}-a4`, text: 'Ik steek mijn hand op als ik vastloop', dueDate: '2027-03-01' },
      '2027-02-01',
    );
    expect(previous.value.status).toBe('renegotiated');
    expect(next.value).toMatchObject({ status: 'open', renegotiatedFromId: kind.value.id, owner: 'kind', talkId: stored.value.talk.id });
  });

  it('refuses bad agreements and notes before any request', async () => {
    tom.http.resetStats();
    const errors = await Promise.all([
      tom.api.talks.createAgreement(agreement(stored.value, { id: 'x1', dueDate: '2026-12-01' })).catch((e: unknown) => e),
      tom.api.talks.createAgreement(agreement(stored.value, { id: 'x2', owner: 'opa' as never })).catch((e: unknown) => e),
      tom.api.talks.createAgreement(agreement(stored.value, { id: 'x3', text: 'x'.repeat(256) })).catch((e: unknown) => e),
      tom.api.talks.saveNotes(stored, [{ id: 'n1', text: 'x'.repeat(10_001), visibility: 'internal' }]).catch((e: unknown) => e),
      tom.api.talks.saveNotes(stored, [{ id: 'n1', text: 'ok', visibility: 'public' as never }]).catch((e: unknown) => e),
    ]);
    for (const error of errors) expect(error).toBeInstanceOf(ValidationError);
    expect((errors[0] as ValidationError).fieldErrors).toContainEqual(expect.objectContaining({ field: 'dueDate', code: 'dateOrder' }));
    expect((errors[2] as ValidationError).fieldErrors).toContainEqual(expect.objectContaining({ field: 'text', code: 'tooLong' }));
    expect((errors[3] as ValidationError).fieldErrors).toContainEqual(expect.objectContaining({ field: 'notes.0.text', code: 'tooLong' }));
    expect(tom.api.diagnostics().requests).toBe(0);
  });

  describe('planning the follow-up', () => {
    let followUp: Versioned<ScheduledTalk>;

    beforeAll(async () => {
      const outcome = await tom.api.talks.planFollowUp(stored, { id: `${stored.value.talk.id}-vervolg`, weeks: 6 }, { messages });
      followUp = outcome.planned!;
    });

    it('plans it six weeks later at the same wall-clock time, linked to this talk', async () => {
      expect(followUp.value.talk).toMatchObject({ followUpOf: stored.value.talk.id, type: 'voortgang', status: 'planned' });
      expect(Date.parse(followUp.value.talk.start) - Date.parse(stored.value.talk.start)).toBe(42 * 86_400_000);
      expect(followUp.value.eventId).toBeDefined();
      expect(followUp.value.eventId).not.toBe(stored.value.eventId);
    });

    it('links it on this talk\'s record and dates the open agreements\' look-back', async () => {
      const snapshot = await tom.api.talks.record(stored.value.talk.id);
      expect(snapshot.record.followUp).toEqual({ talkId: followUp.value.talk.id, start: followUp.value.talk.start });
      const open = snapshot.agreements.filter((a) => a.value.status === 'open');
      expect(open.length).toBeGreaterThan(0);
      for (const a of open) expect(a.value.followUpDate).toBe(followUp.value.talk.start.slice(0, 10));
      for (const a of snapshot.agreements.filter((x) => x.value.status !== 'open')) expect(a.value.followUpDate).toBeUndefined();
      stored = snapshot.talk;
    });

    it('refuses a follow-up beyond a year', async () => {
      const error = await tom.api.talks.planFollowUp(stored, { id: 'far', weeks: 60 }, { messages }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
    });
  });

  describe('the summary to the parents', () => {
    it('mails the agreements and only the shareable notes, and records what was sent', async () => {
      const current = (await tom.api.talks.record(stored.value.talk.id)).talk;
      const sent = await tom.api.talks.sendSummary(current, { messages, senderName: TOM.displayName, now: new Date('2027-01-12T16:00:00Z') });
      expect(sent.value.summary).toMatchObject({ sentAt: '2027-01-12T16:00:00.000Z', recipients: ['sanne@example.nl', 'joost@example.nl'] });
      expect(sent.value.summary!.text).toContain('Dat mag vaker.');
      expect(sent.value.summary!.text).not.toContain('scheiding');

      const mail = (await tom.http.get<{ value: { subject: string; body: { content: string }; toRecipients: { emailAddress: { address: string } }[] }[] }>(
        '/me/mailFolders/sentitems/messages',
      )).value[0]!;
      expect(mail.toRecipients.map((r) => r.emailAddress.address)).toEqual(['sanne@example.nl', 'joost@example.nl']);
      expect(mail.subject).toContain('Emma');
      expect(mail.body.content).toContain('Emma leest graag &lt;strong&gt;strips&lt;/strong&gt;.<br>Dat mag vaker.');
      expect(mail.body.content).not.toContain('scheiding');
      expect(mail.body.content).not.toContain('<strong>strips');
      expect(mail.body.content).toContain('Elke avond samen lezen');
      stored = sent;
    });

    it('does not send it twice unless asked to', async () => {
      const error = await tom.api.talks.sendSummary(stored, { messages, senderName: TOM.displayName }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConflictError);
      const count = async () => (await tom.http.getAll('/me/mailFolders/sentitems/messages')).length;
      const before = await count();
      stored = await tom.api.talks.sendSummary(stored, { messages, senderName: TOM.displayName, resend: true });
      expect(await count()).toBe(before + 1);
    });

    it('refuses to send from a stale copy: the teacher reviews the newer record first', async () => {
      const stale = stored;
      stored = await tom.api.talks.saveNotes(stored, [...stored.value.notes, { id: 'n3', text: 'Nog een gedeelde notitie', visibility: 'shareable' }]);
      const error = await tom.api.talks.sendSummary(stale, { messages, senderName: TOM.displayName, resend: true }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConflictError);
    });
  });
});

describe('a summary whose answer is lost (server fault injection)', () => {
  const realFetch = globalThis.fetch;
  afterEach(async () => {
    globalThis.fetch = realFetch;
    await t.admin('DELETE', '/local/admin/faults');
  });

  /**
   * Loses the connection of the next /me/sendMail with the server's own fault injection: before
   * the handler (`dropRate`: nothing sent) or after it committed (`dropAfterRate`: sent, answer
   * lost). Only that request is faulted; the switch is flipped around it.
   */
  function loseNextSendMail(when: 'before' | 'after') {
    globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (!url.endsWith('/me/sendMail')) return realFetch(input, init);
      globalThis.fetch = realFetch;
      await t.admin('POST', '/local/admin/faults', when === 'before' ? { dropRate: 1 } : { dropAfterRate: 1 });
      try {
        return await realFetch(input, init);
      } finally {
        await t.admin('DELETE', '/local/admin/faults');
      }
    }) as typeof fetch;
  }

  const mails = async (subject: string) =>
    (await tom.http.getAll<{ subject: string }>('/me/mailFolders/sentitems/messages')).filter((m) => m.subject === subject).length;

  it('a retry finds the mail in Sent Items and records it instead of sending it twice', async () => {
    let current = await planned(tom, talk({ pupil: { id: 'pupil-lost-answer', firstName: 'Lotte', group: 7 } }));
    current = await tom.api.talks.saveNotes(current, [{ id: 'n1', text: 'Lotte leest graag', visibility: 'shareable' }]);
    const subject = `Afspraken uit ons gesprek over Lotte`;
    const now = new Date();
    loseNextSendMail('after');
    await expect(tom.api.talks.sendSummary(current, { messages, senderName: TOM.displayName, now })).rejects.toThrow();
    const subjectSent = (await tom.api.talks.get(current.value.talk.id))!.value.summarySending!.subject;
    expect(subjectSent.startsWith(subject)).toBe(true);
    expect(await mails(subjectSent)).toBe(1);

    // The teacher presses Send again with the copy on screen (its etag is from before the mark).
    const retried = await tom.api.talks.sendSummary(current, { messages, senderName: TOM.displayName, now: new Date(now.getTime() + 5_000) });
    expect(await mails(subjectSent)).toBe(1);
    expect(retried.value.summary?.recipients).toEqual(['sanne@example.nl', 'joost@example.nl']);
    expect(retried.value.summary?.text).toContain('Lotte leest graag');
    expect(retried.value.summarySending).toBeUndefined();
  });

  it('a retry right after a mail that never left waits rather than risk two; later it sends once', async () => {
    const current = await planned(tom, talk({ pupil: { id: 'pupil-lost-request', firstName: 'Bas', group: 7 } }));
    const now = new Date();
    loseNextSendMail('before');
    await expect(tom.api.talks.sendSummary(current, { messages, senderName: TOM.displayName, now })).rejects.toThrow();
    const marked = (await tom.api.talks.get(current.value.talk.id))!;
    const subject = marked.value.summarySending!.subject;
    expect(await mails(subject)).toBe(0);

    const soon = await tom.api.talks.sendSummary(marked, { messages, senderName: TOM.displayName, now: new Date(now.getTime() + 30_000) }).catch((e: unknown) => e);
    expect(soon).toBeInstanceOf(ConflictError);
    expect((soon as ConflictError).code).toBe('summarySending');
    expect(await mails(subject)).toBe(0);

    const later = await tom.api.talks.sendSummary(marked, { messages, senderName: TOM.displayName, now: new Date(now.getTime() + 3 * 60_000) });
    expect(await mails(subject)).toBe(1);
    expect(later.value.summary).toBeDefined();
    expect(later.value.summarySending).toBeUndefined();
  });

  it('two sends from the same copy at once: one mail (the other finds it, or is told to wait)', async () => {
    const current = await planned(tom, talk({ pupil: { id: 'pupil-two-tabs', firstName: 'Jip', group: 7 } }));
    const results = await Promise.allSettled([
      tom.api.talks.sendSummary(current, { messages, senderName: TOM.displayName }),
      tom.api.talks.sendSummary(current, { messages, senderName: TOM.displayName }),
    ]);
    const subject = (await tom.api.talks.get(current.value.talk.id))!.value;
    expect(results.filter((r) => r.status === 'fulfilled').length).toBeGreaterThanOrEqual(1);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(ConflictError);
    expect(subject.summary).toBeDefined();
    expect(await mails(summarySubjectOf(subject.talk))).toBe(1);
  });
});

describe('a pupil\'s data: export and retention', () => {
  let leaving: Versioned<ScheduledTalk>;
  let staying: Versioned<ScheduledTalk>;

  beforeAll(async () => {
    leaving = await planned(tom, talk({ pupil: { id: 'pupil-leaving', firstName: 'Daan', group: 8 } }));
    staying = await planned(tom, talk({ pupil: { id: 'pupil-staying', firstName: 'Mila', group: 3 }, childJoins: false }));
    leaving = await tom.api.talks.saveNotes(leaving, [{ id: 'n1', text: 'Intern: advies havo', visibility: 'internal' }]);
    await tom.api.talks.createAgreement(agreement(leaving.value, { id: 'leaving-a1' }));
    await tom.api.talks.createAgreement(agreement(staying.value, { id: 'staying-a1' }));
  });

  it('exports everything about one pupil, internal notes included, nothing of others', async () => {
    const exported = await tom.api.talks.exportPupil('pupil-leaving', new Date('2027-01-15T10:00:00Z'));
    expect(exported).toMatchObject({
      format: 'driehoek.pupil-export',
      version: 1,
      exportedAt: '2027-01-15T10:00:00.000Z',
      pupil: { id: 'pupil-leaving', firstName: 'Daan', group: 8 },
      removalDate: null,
    });
    expect(exported.talks.map((x) => x.id)).toEqual([leaving.value.talk.id]);
    expect(exported.talks[0]!.parents.map((p) => p.email)).toEqual(['sanne@example.nl', 'joost@example.nl']);
    expect(exported.records[0]!.notes).toEqual([{ id: 'n1', text: 'Intern: advies havo', visibility: 'internal' }]);
    expect(exported.records[0]!.agreements.map((a) => a.id)).toEqual(['leaving-a1']);
    expect(exported.agreements.map((a) => a.id)).toEqual(['leaving-a1']);
    expect(JSON.stringify(exported)).not.toContain('pupil-staying');
  });

  it('removes a pupil\'s records two years after leaving, not a day before', async () => {
    const pupils = await tom.api.talks.pupils();
    const daan = pupils.find((p) => p.value.id === 'pupil-leaving')!;
    await tom.api.talks.markLeft(daan, '2027-07-09');
    expect((await tom.api.talks.exportPupil('pupil-leaving', new Date('2027-08-01T10:00:00Z'))).removalDate).toBe('2029-07-09');

    // A talk planned after the pupil left, still to come when the job runs.
    const later = await planned(tom, talk({ pupil: { id: 'pupil-leaving', firstName: 'Daan', group: 8 }, start: '2029-09-03T12:00:00.000Z' }));

    const early = await tom.api.talks.runRetention(new Date('2029-07-08T12:00:00Z'));
    expect(early).toEqual({ pupilIds: [], talksRemoved: 0, agreementsRemoved: 0, eventsRemoved: 0, eventsKept: 0 });
    expect(await tom.api.talks.get(leaving.value.talk.id)).not.toBeNull();

    // 9 July 2029 00:30 in Amsterdam is still 8 July in UTC: the school's date counts.
    const at = new Date('2029-07-08T22:30:00Z');
    const expected = { pupilIds: ['pupil-leaving'], talksRemoved: 2, agreementsRemoved: 1, eventsRemoved: 1, eventsKept: 1 };
    // The dry run counts the same and removes nothing.
    expect(await tom.api.talks.previewRetention(at)).toEqual(expected);
    expect(await tom.api.talks.get(leaving.value.talk.id)).not.toBeNull();
    expect(await tom.api.talks.runRetention(at)).toEqual(expected);
    expect(await tom.api.talks.get(leaving.value.talk.id)).toBeNull();
    expect(await tom.api.talks.get(later.value.talk.id)).toBeNull();
    expect(await tom.api.talks.agreements({ kind: 'pupil', pupilId: 'pupil-leaving' })).toEqual([]);
    expect((await tom.api.talks.pupils()).map((p) => p.value.id)).not.toContain('pupil-leaving');
    // The talk held in 2027 keeps its event: deleting it would mail the parents a cancellation
    // two years later. The talk still to come is cancelled (its event deleted).
    expect((await event(tom, leaving.value.eventId!)).id).toBe(leaving.value.eventId);
    await expect(event(tom, later.value.eventId!)).rejects.toMatchObject({ status: 404 });

    // The other pupil is untouched.
    expect(await tom.api.talks.get(staying.value.talk.id)).not.toBeNull();
    expect((await tom.api.talks.agreements({ kind: 'pupil', pupilId: 'pupil-staying' })).map((a) => a.value.id)).toEqual(['staying-a1']);
    expect(await tom.api.talks.runRetention(new Date('2029-07-10T12:00:00Z'))).toMatchObject({ pupilIds: [] });
  });
});

describe('access and refusals', () => {
  it('gives the guest parent 403 on the talks list', async () => {
    const guest = t.layerFor(DEMO_GUEST.upn);
    await expect(guest.api.talks.load({ kind: 'upcoming', from: '2027-01-01T00:00:00Z' })).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(guest.api.talks.agreements({ kind: 'overdue', today: '2027-01-01' })).rejects.toBeInstanceOf(AccessDeniedError);
    const raw = await fetch(`${t.server.graphUrl}/sites/root/lists/DriehoekTalks/items?expand=fields`, {
      headers: { Authorization: `Bearer ${t.server.tokenFor(DEMO_GUEST.upn)}` },
    });
    expect(raw.status).toBe(403);
  });

  it('refuses bad talks before any request is sent', async () => {
    tom.http.resetStats();
    const cases: Array<[Talk, string, string]> = [
      [talk({ parents: [{ name: 'Sanne', email: 'sanne(at)example', household: 1 }] }), 'parents.0.email', 'invalidEmail'],
      [talk({ durationMinutes: 31 }), 'durationMinutes', 'outOfRange'],
      [talk({ parents: [{ name: 'x'.repeat(256), email: 'a@example.nl', household: 1 }] }), 'parents.0.name', 'tooLong'],
      [talk({ location: 'y'.repeat(256) }), 'location', 'tooLong'],
      [talk({ pupil: { id: 'p', firstName: 'Emma de Vries', group: 7 } }), 'pupil.firstName', 'invalidChoice'],
      [talk({ parents: [] }), 'parents', 'required'],
      [talk({ withPreTalk: true }), 'withPreTalk', 'invalidChoice'],
      [talk({ id: '' }), 'id', 'required'],
    ];
    for (const [value, field, code] of cases) {
      const error = await tom.api.talks.plan(value, { messages }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors).toContainEqual(expect.objectContaining({ field, code }));
    }
    expect(tom.api.diagnostics().requests).toBe(0);
  });
});

describe('the demo school’s parent talks (seeded through the talks service)', () => {
  let demo: TestServer;
  const now = new Date();

  beforeAll(async () => {
    demo = await startTestServer();
  });
  afterAll(() => demo.close());

  it('plans them as Teams meetings in the IB’s calendar, with held ones, agreements and a follow-up; a second run adds nothing', async () => {
    const { seedDemoSchoolWithReport } = await import('../../src/demo/seed');
    const options = { graphBaseUrl: demo.graphBaseUrl, getToken: async () => demo.server.tokenFor(DEMO_PROVISIONER), today: now };
    const first = await seedDemoSchoolWithReport(options);
    expect(first.talksPlanned).toBe(5);
    const layer = demo.layerFor(DEMO_PROVISIONER);
    // The talks' own events (the seed may put other meetings in her calendar too).
    const talkEvents = async () =>
      (await layer.http.rest(await layer.http.get<{ value: GraphEventJson[] }>('/me/events?$top=50'))).filter((e) =>
        (e.transactionId ?? '').startsWith('demo-talk-'),
      );
    const events = await talkEvents();
    expect(events).toHaveLength(5);
    expect(events.every((e) => e.isOnlineMeeting && e.onlineMeeting?.joinUrl)).toBe(true);

    const second = await seedDemoSchoolWithReport(options);
    expect(second.talksPlanned).toBe(0);
    expect(await talkEvents()).toHaveLength(5);

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
    const upcoming = await layer.api.talks.load({ kind: 'upcoming', from: new Date(`${today}T00:00:00+01:00`).toISOString() });
    const names = upcoming.talks.map((s) => s.value.talk.pupil.firstName);
    // Today, this week, and the follow-up of the talk held four weeks ago.
    expect(names).toEqual(expect.arrayContaining(['Noah', 'Sem', 'Mila']));
    const noah = upcoming.talks.find((s) => s.value.talk.pupil.firstName === 'Noah')!;
    expect(schoolDate(Date.parse(noah.value.talk.start))).toBe(today);

    const overdue = await layer.api.talks.agreements({ kind: 'overdue', today });
    expect(overdue.map((a) => a.value.id)).toEqual(['demo-agreement-lina-reading']);
    const mila = await layer.api.talks.record('demo-talk-mila');
    expect(mila.talk.value.talk.status).toBe('held');
    expect(mila.talk.value.followUp?.talkId).toBe('demo-talk-mila-followup');
    const lookBack = schoolDate(Date.parse(mila.talk.value.followUp!.start));
    expect(mila.agreements.map((a) => a.value.followUpDate)).toEqual([lookBack, lookBack]);
    expect(mila.agreements).toHaveLength(2);
  });
});
