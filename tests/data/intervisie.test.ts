/**
 * Intervisie over real HTTP and SQLite: a group gets a private channel whose own site holds its
 * sessions; members read and write them, while a colleague outside the group, the IB and the
 * MT get AccessDeniedError — the privacy rule kept by where the records are. Also: validation
 * before any write, idempotent creation, member changes moving access, the recurring series as
 * one event with a recurrence, session dates in the team site (what the dashboard counts),
 * roles in turn, and a personal promise landing in the promise tracker with its text only.
 */
import type { IntervisieGroupRecord, Versioned } from '../../src/data/api';
import { AccessDeniedError, ConflictError, ValidationError } from '../../src/data/errors';
import { DEMO_PROVISIONER, DEMO_STAFF } from '../../src/demo/people';
import { seedDemoSchool } from '../../src/demo/seed';
import type { IntervisieSession } from '../../src/domain/intervisie/session';
import { startTestServer, type TestServer } from './helpers';

jest.setTimeout(90_000);

const upn = (i: number): string => DEMO_STAFF[i]!.upn;
const IB = upn(0);
const MT = upn(1);
const [SANNE, LOTTE, DAAN, AHMED, EVA, TOM] = [upn(3), upn(4), upn(5), upn(6), upn(7), upn(8)];
const TODAY = '2026-11-23';

const invite = {
  subject: 'Intervisie Onderbouw',
  intro: 'Intervisie van',
  members: 'Wie er in de groep zit:',
  method: 'Methode:',
  methodName: 'Incidentmethode',
  confidential: 'Wat hier besproken wordt, blijft in de groep.',
};

let t: TestServer;
const api = (who: string) => t.layerFor(who).api;

function session(group: IntervisieGroupRecord, id: string, date: string, roles = { inbrenger: SANNE, gespreksleider: LOTTE, tijdbewaker: DAAN, notulist: AHMED }): IntervisieSession {
  return {
    id,
    groupId: group.id,
    date,
    method: 'incident',
    roles,
    caseSummary: 'Een ouder die elke ochtend bij de deur blijft staan.',
    advice: 'Spreek een vast moment af; vraag wat de ouder nodig heeft.',
    learningPoints: ['Eerst vragen, dan adviseren', ''],
  };
}

let group: Versioned<IntervisieGroupRecord>;

beforeAll(async () => {
  t = await startTestServer();
  await seedDemoSchool({ graphBaseUrl: t.graphBaseUrl, getToken: async () => t.server.tokenFor(DEMO_PROVISIONER), today: new Date(2026, 10, 23, 12) });
  group = await api(SANNE).intervisie.createGroup({ id: 'ig-onderbouw', name: 'Kleuters', memberUpns: [SANNE, LOTTE, DAAN, AHMED] });
});
afterAll(() => t.close());

describe('staff()', () => {
  it('lists the school’s staff by name, for pickers', async () => {
    const staff = await api(TOM).staff();
    expect(staff.map((s) => s.upn).sort()).toEqual(DEMO_STAFF.map((s) => s.upn).sort());
    expect(staff.map((s) => s.displayName)).toEqual([...staff.map((s) => s.displayName)].sort((a, b) => a.localeCompare(b, 'nl')));
  });
});

describe('load()', () => {
  it('reads the groups and the staff in one $batch after sign-in, and nothing of the staff again', async () => {
    const layer = t.layerFor(TOM);
    await layer.api.me(); // sign-in (the access gate): the profile, the site and my staff row
    await t.admin('DELETE', '/local/admin/stats');
    const overview = await layer.api.intervisie.load();
    const stats = await t.admin<{ total: number; requests: { path: string; subRequests?: string[] }[] }>('GET', '/local/admin/stats');
    expect(stats.total).toBe(1);
    expect(stats.requests[0]?.subRequests?.map((r) => /\/lists\/([^/]+)\//.exec(decodeURIComponent(r))?.[1]).sort()).toEqual([
      'DriehoekIntervisieGroups',
      'DriehoekStaff',
    ]);
    // The view's me() is the session's: still no further request.
    await layer.api.me();
    expect((await t.admin<{ total: number }>('GET', '/local/admin/stats')).total).toBe(1);
    expect(overview.groups.map((g) => g.value.id)).toEqual((await layer.api.intervisie.groups()).map((g) => g.value.id));
    expect(overview.staff).toEqual(await layer.api.staff());
  });
});

describe('creating a group', () => {
  it('stores the group in the team site with its private space, visible to every colleague', async () => {
    expect(group.value).toMatchObject({ id: 'ig-onderbouw', name: 'Kleuters', createdByUpn: SANNE, method: 'incident', sessionDates: [] });
    expect(group.value.memberUpns).toEqual([SANNE, LOTTE, DAAN, AHMED]);
    expect(group.value.space).toEqual({ channelId: expect.stringMatching(/^19:/), siteId: expect.stringContaining(',') });
    for (const who of [TOM, IB, MT]) {
      expect((await api(who).intervisie.groups()).map((g) => g.value.name)).toContain('Kleuters');
    }
  });

  it('is idempotent on its id', async () => {
    const again = await api(SANNE).intervisie.createGroup({ id: 'ig-onderbouw', name: 'Kleuters', memberUpns: [SANNE, LOTTE, DAAN, AHMED] });
    expect(again.value.space).toEqual(group.value.space);
    expect((await api(SANNE).intervisie.groups()).filter((g) => g.value.id === 'ig-onderbouw')).toHaveLength(1);
  });

  it('refuses bad groups before writing anything', async () => {
    const cases: Array<[string[], string, string]> = [
      [[SANNE, LOTTE, DAAN], 'memberUpns', 'outOfRange'],
      [[SANNE, LOTTE, DAAN, AHMED, EVA, TOM, IB], 'memberUpns', 'outOfRange'],
      [[SANNE, LOTTE, DAAN, SANNE.toUpperCase()], 'memberUpns', 'invalidChoice'],
      [[LOTTE, DAAN, AHMED, EVA], 'memberUpns', 'invalidChoice'], // without the person creating it
      [[SANNE, LOTTE, DAAN, 'jeroen.peters@ouders.example'], 'memberUpns', 'invalidChoice'],
    ];
    for (const [members, field, code] of cases) {
      const error = await api(SANNE).intervisie.createGroup({ id: 'ig-bad', name: 'Fout', memberUpns: members }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors?.[0]).toMatchObject({ field, code });
    }
    const taken = await api(EVA).intervisie.createGroup({ id: 'ig-dup', name: ' kleuters ', memberUpns: [EVA, TOM, IB, MT] }).catch((e: unknown) => e);
    expect((taken as ValidationError).fieldErrors?.[0]).toMatchObject({ field: 'name', params: { reason: 'taken' } });
    expect((await api(SANNE).intervisie.groups()).map((g) => g.value.id).filter((id) => !id.startsWith('demo-'))).toEqual(['ig-onderbouw']);
  });
});

describe('sessions: members only, enforced by the site', () => {
  let saved: Versioned<IntervisieSession>;

  beforeAll(async () => {
    const outcome = await api(AHMED).intervisie.saveSession(group, session(group.value, 's1', '2026-11-16'));
    saved = outcome.session;
    group = outcome.group;
  });

  it('lets members read and write the records', async () => {
    expect(saved.value.learningPoints).toEqual(['Eerst vragen, dan adviseren']);
    for (const member of [SANNE, LOTTE, DAAN, AHMED]) {
      const found = await api(member).intervisie.sessions(group.value);
      expect(found.map((s) => s.value.advice)).toEqual(['Spreek een vast moment af; vraag wat de ouder nodig heeft.']);
    }
  });

  it('refuses a colleague outside the group, the IB and the MT: AccessDeniedError, no data', async () => {
    for (const outsider of [TOM, EVA, IB, MT]) {
      const groups = await api(outsider).intervisie.groups();
      const theirView = groups.find((g) => g.value.id === 'ig-onderbouw')!;
      await expect(api(outsider).intervisie.sessions(theirView.value)).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(
        api(outsider).intervisie.saveSession(theirView, { ...session(theirView.value, 's-x', '2026-11-20'), roles: { inbrenger: SANNE, gespreksleider: LOTTE, tijdbewaker: DAAN, notulist: AHMED } }),
      ).rejects.toBeInstanceOf(AccessDeniedError);
    }
  });

  it('keeps only the dates of sessions in the team site (what the dashboard counts)', async () => {
    const seenByMt = (await api(MT).intervisie.groups()).find((g) => g.value.id === 'ig-onderbouw')!;
    expect(seenByMt.value.sessionDates).toEqual(['2026-11-16']);
    expect(JSON.stringify(seenByMt.value)).not.toContain('vast moment');
  });

  it('validates a session and updates with If-Match', async () => {
    const bad = await api(SANNE)
      .intervisie.saveSession(group, { ...session(group.value, 's2', '2026-11-30'), roles: { inbrenger: SANNE, gespreksleider: SANNE, tijdbewaker: DAAN, notulist: TOM } })
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(ValidationError);
    expect((bad as ValidationError).fieldErrors?.map((e) => e.field)).toEqual(['roles.gespreksleider', 'roles.notulist']);

    const edited = await api(LOTTE).intervisie.saveSession(group, { ...saved.value, advice: 'Aangevuld advies' }, saved);
    expect(edited.session.value.advice).toBe('Aangevuld advies');
    const stale = await api(DAAN).intervisie.saveSession(group, { ...saved.value, advice: 'Oude versie' }, saved).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect((stale as ConflictError<Versioned<IntervisieSession>>).current?.value.advice).toBe('Aangevuld advies');
    group = edited.group;
  });

  it('proposes the next roles in turn from the history', async () => {
    const history = (await api(SANNE).intervisie.sessions(group.value)).map((s) => s.value);
    const next = await api(SANNE).intervisie.proposeRoles(group.value, history);
    expect(next.inbrenger).not.toBe(SANNE);
    expect(new Set(Object.values(next)).size).toBe(4);
  });
});

describe('changing members moves access', () => {
  it('gives a newcomer the records and takes them from who left', async () => {
    const current = (await api(SANNE).intervisie.groups()).find((g) => g.value.id === 'ig-onderbouw')!;
    const updated = await api(SANNE).intervisie.updateMembers(current, [SANNE, LOTTE, AHMED, TOM]);
    expect(updated.value.memberUpns).toEqual([SANNE, LOTTE, AHMED, TOM]);
    expect(await api(TOM).intervisie.sessions(updated.value)).toHaveLength(1);
    await expect(api(DAAN).intervisie.sessions(updated.value)).rejects.toBeInstanceOf(AccessDeniedError);
    // An outsider cannot change who is in the group.
    const eva = (await api(EVA).intervisie.groups()).find((g) => g.value.id === 'ig-onderbouw')!;
    await expect(api(EVA).intervisie.updateMembers(eva, [SANNE, LOTTE, AHMED, EVA])).rejects.toBeInstanceOf(AccessDeniedError);
    group = updated;
  });
});

describe('the recurring series', () => {
  it('is one Teams meeting with a recurrence, the members as attendees, the text escaped', async () => {
    const outcome = await api(SANNE).intervisie.planSeries(
      group,
      { firstDate: '2027-11-23', startTime: '15:30', minutes: 90, frequency: { kind: 'weeks', interval: 3 }, count: 4 },
      { ...invite, subject: 'Intervisie <Kleuters>' },
    );
    expect(outcome.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    expect(outcome.group.value.series).toMatchObject({
      organizerUpn: SANNE,
      dates: ['2027-11-23', '2027-12-14', '2028-01-04', '2028-01-25'],
      startTime: '15:30',
      minutes: 90,
    });
    const event = await t.layerFor(SANNE).http.get<Record<string, any>>(`/me/events/${encodeURIComponent(outcome.group.value.series!.eventId)}`);
    expect(event.type).toBe('seriesMaster');
    expect(event.recurrence).toMatchObject({
      pattern: { type: 'weekly', interval: 3, daysOfWeek: ['tuesday'] },
      range: { type: 'numbered', startDate: '2027-11-23', numberOfOccurrences: 4 },
    });
    expect(event.attendees.map((a: any) => a.emailAddress.address).sort()).toEqual([AHMED, LOTTE, TOM].sort());
    expect(event.isOnlineMeeting).toBe(true);
    expect(event.body.content).toContain('Kleuters');
    expect(event.body.content).toContain('<li>Lotte Visser</li>');
    expect(event.subject).toBe('Intervisie <Kleuters>'); // a subject is plain text, shown as such
    const view = await t.layerFor(SANNE).http.get<{ value: Array<Record<string, any>> }>(
      '/me/calendarView?startDateTime=2027-11-01T00:00:00Z&endDateTime=2028-02-28T00:00:00Z',
    );
    const ours = view.value.filter((e) => e.seriesMasterId === event.id);
    expect(ours.map((e) => e.start.dateTime.slice(0, 16))).toEqual(['2027-11-23T14:30', '2027-12-14T14:30', '2028-01-04T14:30', '2028-01-25T14:30']);
    group = outcome.group;
  });

  it('refuses a series in the past or with bad values before any request', async () => {
    const error = await api(SANNE)
      .intervisie.planSeries(group, { firstDate: '2020-01-01', startTime: '9', minutes: 5, frequency: { kind: 'weeks', interval: 9 }, count: 1 }, invite)
      .catch((e: unknown) => e);
    expect((error as ValidationError).fieldErrors?.map((e) => e.field)).toEqual(['firstDate', 'startTime', 'minutes', 'count', 'frequency']);
  });
});

describe('personal promises', () => {
  it('go into the promise tracker as the member’s own commitment, the text only', async () => {
    const promise = await api(LOTTE).intervisie.addPromise({ id: 'ip-1', text: 'Ik vraag ouders eerst wat zij zien.', dueDate: '2026-12-15', madeOn: TODAY });
    expect(promise.value).toMatchObject({ ownerUpn: LOTTE, bouw: 'onderbouw', text: 'Ik vraag ouders eerst wat zij zien.', status: 'open' });
    const cycle = (await api(LOTTE).timeline.load()).cycle!;
    const mine = await api(LOTTE).commitments.load(cycle.id, { kind: 'mine' });
    expect(mine.commitments.map((c) => c.value.id)).toContain('ip-1');
    const empty = await api(LOTTE).intervisie.addPromise({ id: 'ip-2', text: ' ', dueDate: '2026-12-15', madeOn: TODAY }).catch((e: unknown) => e);
    expect(empty).toBeInstanceOf(ValidationError);
  });

  it('asks staff without a bouw which bouw the promise is for', async () => {
    const error = await api(IB).intervisie.addPromise({ id: 'ip-3', text: 'Ik plan een vervolg.', dueDate: '2026-12-15', madeOn: TODAY }).catch((e: unknown) => e);
    expect((error as ValidationError).fieldErrors?.[0]).toMatchObject({ field: 'bouw', code: 'required' });
    const ok = await api(IB).intervisie.addPromise({ id: 'ip-3', text: 'Ik plan een vervolg.', dueDate: '2026-12-15', madeOn: TODAY, bouw: 'middenbouw' });
    expect(ok.value.bouw).toBe('middenbouw');
  });
});

describe('the demo school', () => {
  it('has two groups with private spaces, a past session for its members only, and staff in no group', async () => {
    const groups = (await api(SANNE).intervisie.groups()).filter((g) => g.value.id.startsWith('demo-'));
    expect(groups.map((g) => g.value.name).sort()).toEqual(['Midden- en bovenbouw', 'Onderbouw']);
    const onderbouw = groups.find((g) => g.value.name === 'Onderbouw')!;
    expect(onderbouw.value.sessionDates).toHaveLength(1);
    expect(onderbouw.value.series?.dates).toHaveLength(6);
    expect((await api(SANNE).intervisie.sessions(onderbouw.value)).map((s) => s.value.id)).toEqual(['demo-is-onderbouw-1']);
    await expect(api(TOM).intervisie.sessions(onderbouw.value)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(api(MT).intervisie.sessions(onderbouw.value)).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
