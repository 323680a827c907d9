/**
 * The team scan over real HTTP and SQLite. Who may read what is decided where the data is: the
 * entries (names with stages) are in the IB's private channel site, so a leerkracht, the MT and
 * a guest get AccessDeniedError from the server; the summary (no names, small groups withheld)
 * is in the team site, where every staff member reads it and a guest reads nothing. Also: one
 * $batch per overview, the rules before any write, "over de streep" rounds that keep counts and
 * opaque markers only, votes at the same moment all counted, and the self-assessments' trend.
 */
import { AccessDeniedError, ConflictError, ValidationError } from '../../src/data/errors';
import { SCAN_SUMMARIES_LIST, STATEMENT_ROUNDS_LIST } from '../../src/data/lists';
import { TEAM_SCAN_SPACE } from '../../src/data/services/teamScan';
import { DEMO_GUEST, DEMO_PROVISIONER, DEMO_STAFF } from '../../src/demo/people';
import { seedDemoSchool } from '../../src/demo/seed';
import type { Scan, ScanEntry } from '../../src/domain/teamScan/scan';
import { startTestServer, type TestServer } from './helpers';

jest.setTimeout(120_000);

const IB = DEMO_PROVISIONER;
const MT = DEMO_STAFF.find((s) => s.role === 'mt')!.upn;
const teachers = DEMO_STAFF.filter((s) => s.role === 'leerkracht');
const SANNE = teachers[0]!.upn;
const CYCLE = 'scan-test-cycle';

const person = (i: number, stage: ScanEntry['stage'], client: ScanEntry['client']): ScanEntry => {
  const s = teachers[i]!;
  return { kind: 'person', upn: s.upn, displayName: s.displayName, group: s.bouw ?? 'team', stage, client };
};

/** Three onderbouw, two middenbouw (too few to show), three bovenbouw, and a subgroup of four. */
const firstScan: Scan = {
  id: 'scan-1',
  cycleId: CYCLE,
  takenAt: '2026-09-15',
  entries: [
    person(0, 1, 'visitor'),
    person(1, 1, 'visitor'),
    person(2, 2, 'visitor'),
    person(3, 2, 'customer'),
    person(4, 1, 'complainant'),
    person(5, 2, 'visitor'),
    person(6, 3, 'customer'),
    person(7, 2, 'customer'),
    { kind: 'subgroup', group: 'onderwijsassistenten', size: 4, stage: 1, client: 'visitor' },
  ],
};

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
  await seedDemoSchool({ graphBaseUrl: t.graphBaseUrl, getToken: async () => t.server.tokenFor(IB), today: new Date(2026, 10, 23, 12) });
});
afterAll(() => t.close());

describe('the team scan', () => {
  it('keeps the entries for the IB: colleagues and the MT get AccessDeniedError but read the totals; a guest reads nothing', async () => {
    const ib = t.layerFor(IB).api.teamScan;
    const saved = await ib.recordScan(firstScan);
    expect(saved.value).toEqual(firstScan);

    const scans = await ib.scans({ cycleId: CYCLE });
    expect(scans.map((s) => s.value.entries.length)).toEqual([9]);
    expect(scans[0]!.value.entries.filter((e) => e.kind === 'person').map((e) => (e.kind === 'person' ? e.displayName : ''))).toContain(
      teachers[0]!.displayName,
    );

    for (const who of [SANNE, MT]) {
      const api = t.layerFor(who).api.teamScan;
      await expect(api.scans({ cycleId: CYCLE })).rejects.toBeInstanceOf(AccessDeniedError);
      const overview = await api.overview({ cycleId: CYCLE });
      expect(overview.latest?.total?.people).toBe(12);
      expect(overview.latest?.groups.map((g) => [g.group, g.distribution?.people ?? null])).toEqual([
        // Middenbouw has two people: withheld, and the smallest shown group with it, so the
        // team total minus the groups shown does not give middenbouw away.
        ['onderbouw', null],
        ['middenbouw', null],
        ['bovenbouw', 3],
        ['onderwijsassistenten', 4],
      ]);
      const text = JSON.stringify(overview);
      for (const s of teachers) {
        expect(text).not.toContain(s.displayName);
        expect(text).not.toContain(s.upn);
      }
    }

    const guest = t.layerFor(DEMO_GUEST.upn).api.teamScan;
    await expect(guest.overview()).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(guest.scans()).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(guest.overDeStreep()).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it('stores the entries only in the private channel, and the summary without names in the team site', async () => {
    const layer = t.layerFor(IB);
    const channel = await layer.spaces.find(TEAM_SCAN_SPACE);
    expect(channel).not.toBeNull();
    // The channel is invisible to a colleague who is not in it.
    await expect(t.layerFor(SANNE).spaces.find(TEAM_SCAN_SPACE)).resolves.toBeNull();
    const sitePath = await layer.site.sitePath();
    const raw = await layer.http.get<{ value: { fields: Record<string, unknown> }[] }>(
      `${sitePath}/lists/${SCAN_SUMMARIES_LIST.displayName}/items?expand=fields`,
    );
    const stored = JSON.stringify(raw.value.filter((i) => i.fields['CycleKey'] === CYCLE));
    expect(stored).toContain('onderbouw');
    for (const s of teachers) expect(stored).not.toContain(s.upn);
  });

  it('suggests the approach of figure 6 and shows the movement between scans, in one $batch', async () => {
    const ib = t.layerFor(IB).api.teamScan;
    await ib.recordScan({
      ...firstScan,
      id: 'scan-2',
      takenAt: '2026-11-10',
      entries: firstScan.entries.map((e) => ({ ...e, stage: Math.min(6, e.stage + 2) as ScanEntry['stage'] })),
    });
    const layer = t.layerFor(SANNE);
    await layer.api.teamScan.overview({ cycleId: CYCLE }); // site resolved once per session
    layer.http.resetStats();
    const overview = await layer.api.teamScan.overview({ cycleId: CYCLE });
    expect(layer.api.diagnostics().requests).toBe(1);

    expect(overview.scans.map((s) => s.takenAt)).toEqual(['2026-09-15', '2026-11-10']);
    // Most people are at stage 3 now (management): coaching, step 5.
    expect(overview.approach).toMatchObject({ stage: 3, leadership: { current: 'coaching' }, steps: [5] });
    expect(overview.movements).toHaveLength(1);
    expect(overview.movements[0]).toMatchObject({ from: '2026-09-15', to: '2026-11-10', dominant: { before: 1, after: 3 } });
    expect(overview.movements[0]!.byStage[1]).toBe(-7);
  });

  it('refuses a scan that breaks the rules before any request, and an IB retry stays one scan', async () => {
    const layer = t.layerFor(IB);
    layer.http.resetStats();
    const error = await layer.api.teamScan
      .recordScan({ ...firstScan, id: 'scan-bad', takenAt: '15-09-2026', entries: [person(0, 9 as ScanEntry['stage'], 'visitor')] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors?.map((f) => f.field)).toEqual(['takenAt', 'entries.0.stage']);
    expect(layer.api.diagnostics().requests).toBe(0);

    await layer.api.teamScan.recordScan(firstScan);
    expect((await layer.api.teamScan.scans({ cycleId: CYCLE })).map((s) => s.value.id)).toEqual(['scan-2', 'scan-1']);
  });
});

describe('the team tab', () => {
  it('opens in one round trip: the active cycle, its meetings and its scan overview in one $batch', async () => {
    const layer = t.layerFor(IB);
    await layer.api.me(); // sign-in: the profile, the site and the staff row
    layer.http.resetStats();
    await t.admin('DELETE', '/local/admin/stats');
    const opening = await layer.api.teamScan.openActive();
    expect(layer.api.diagnostics()).toMatchObject({ requests: 1, batches: 1 });
    expect(await t.admin('GET', '/local/admin/stats')).toMatchObject({ total: 1, batches: 1, subRequests: 4 });

    // The same as the separate reads it replaces.
    expect(opening.timeline).toEqual(await layer.api.timeline.load());
    const cycleId = opening.timeline.cycle!.id;
    expect(opening.overview).toEqual(await layer.api.teamScan.overview({ cycleId }));
    // Summaries of other cycles (this file's scans) came along and were left out.
    expect(opening.overview!.scans.length).toBeGreaterThan(0);
    expect(opening.overview!.scans.every((s) => s.cycleId === cycleId)).toBe(true);
  });
});

describe('over de streep', () => {
  it('keeps totals and opaque markers only, refuses a second vote and counts votes cast at the same moment', async () => {
    const ib = t.layerFor(IB).api.teamScan;
    const s1 = await ib.addStatement({ id: 'st-1', text: 'Ouders kennen hun kind het best <b>echt</b>' });
    await ib.addStatement({ id: 'st-2', text: 'Elke ouder is te bereiken' });
    const { statements } = await ib.overDeStreep();
    expect(statements.map((s) => s.value.id).slice(-2)).toEqual(['st-1', 'st-2']);

    const started = await ib.startRound({ id: 'round-1', heldAt: '2026-11-24', meetingId: 'demo-meeting-tb2', statements: [s1.value] });
    expect(started.result.statements[0]).toMatchObject({ voters: 0, totals: null });

    const voters = [SANNE, teachers[1]!.upn, teachers[2]!.upn, MT];
    await Promise.all(voters.map((upn, i) => t.layerFor(upn).api.teamScan.vote('round-1', 'st-1', i < 3 ? 'agree' : 'disagree')));
    const again = await t.layerFor(SANNE).api.teamScan.vote('round-1', 'st-1', 'disagree').catch((e: unknown) => e);
    expect(again).toBeInstanceOf(ValidationError);
    expect((again as ValidationError).fieldErrors?.[0]?.params).toEqual({ reason: 'alreadyVoted' });

    const asSanne = await t.layerFor(SANNE).api.teamScan.overDeStreep({ meetingId: 'demo-meeting-tb2' });
    const round = asSanne.rounds.find((r) => r.round.value.id === 'round-1')!;
    expect(round.result.statements[0]).toMatchObject({ voters: 4, totals: { agree: 3, disagree: 1 } });
    expect(round.votedByMe).toEqual({ 'st-1': true });

    // Nothing the app stores names a voter or ties a choice to one. (SharePoint's own item
    // metadata names who wrote last; see docs/architecture.md on what that means.)
    const layer = t.layerFor(IB);
    const raw = await layer.http.get<{ value: { fields: Record<string, unknown> }[] }>(
      `${await layer.site.sitePath()}/lists/${STATEMENT_ROUNDS_LIST.displayName}/items?expand=fields`,
    );
    const stored = JSON.stringify(raw.value.map((i) => i.fields));
    for (const upn of voters) {
      expect(stored).not.toContain(upn);
      expect(stored).not.toContain(upn.split('@')[0]!);
    }

    const withRoom = await ib.addRoomCounts('round-1', 'st-1', { agree: 2, disagree: 5 });
    expect(withRoom.result.statements[0]!.totals).toEqual({ agree: 5, disagree: 6 });
    const closed = await ib.closeRound(withRoom.round);
    expect(closed.round.value.closed).toBe(true);
    const late = await t.layerFor(teachers[4]!.upn).api.teamScan.vote('round-1', 'st-1', 'agree').catch((e: unknown) => e);
    expect((late as ValidationError).fieldErrors?.[0]?.params).toEqual({ reason: 'closed' });
  });
});

describe('editing the statements', () => {
  const listed = async (upn = SANNE) => (await t.layerFor(upn).api.teamScan.overDeStreep()).statements;

  it('changes a statement in place (the text trimmed and kept as text), and a stale edit conflicts', async () => {
    const sanne = t.layerFor(SANNE).api.teamScan;
    const added = await sanne.addStatement({ id: 'st-edit', text: 'Ouders zijn welkom in de klas' });
    const before = (await listed()).map((s) => s.value.id);

    const edited = await sanne.updateStatement(added, '  Ouders zijn <i>altijd</i> welkom in de klas ');
    expect(edited.value).toEqual({ id: 'st-edit', text: 'Ouders zijn <i>altijd</i> welkom in de klas' });
    const after = await listed(MT);
    expect(after.map((s) => s.value.id)).toEqual(before); // same place in the list
    expect(after.find((s) => s.value.id === 'st-edit')!.value.text).toBe('Ouders zijn <i>altijd</i> welkom in de klas');

    // A colleague still holding the first version: refused, nothing overwritten.
    const stale = await t.layerFor(MT).api.teamScan.updateStatement(added, 'Iets anders').catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect((await listed()).find((s) => s.value.id === 'st-edit')!.value.text).toBe('Ouders zijn <i>altijd</i> welkom in de klas');

    const layer = t.layerFor(SANNE);
    layer.http.resetStats();
    const empty = await layer.api.teamScan.updateStatement(edited, '   ').catch((e: unknown) => e);
    expect((empty as ValidationError).fieldErrors).toEqual([{ field: 'text', code: 'required' }]);
    expect(layer.api.diagnostics().requests).toBe(0);
  });

  it('removes a statement; rounds held with it keep it; removing it again is done, a stale copy conflicts', async () => {
    const ib = t.layerFor(IB).api.teamScan;
    const kept = await ib.addStatement({ id: 'st-remove', text: 'Ouders denken mee over het schoolplan' });
    await ib.startRound({ id: 'round-remove', heldAt: '2026-11-25', statements: [kept.value] });
    const edited = await ib.updateStatement(kept, 'Ouders denken mee over het schoolplan, ook in de MR');

    // The first version's etag is stale: the removal is refused until the person saw the edit.
    await expect(t.layerFor(SANNE).api.teamScan.removeStatement(kept)).rejects.toBeInstanceOf(ConflictError);
    await t.layerFor(SANNE).api.teamScan.removeStatement(edited);
    expect((await listed()).map((s) => s.value.id)).not.toContain('st-remove');
    // A second click, or a colleague who removed it too: nothing left to do, no error.
    await expect(ib.removeStatement(edited)).resolves.toBeUndefined();

    const { rounds } = await ib.overDeStreep();
    const round = rounds.find((r) => r.round.value.id === 'round-remove')!;
    expect(round.round.value.statements.map((s) => s.text)).toEqual(['Ouders denken mee over het schoolplan']);
  });
});

describe('self-assessments', () => {
  it('shows where the school stands and how it moved', async () => {
    const api = t.layerFor(SANNE).api.teamScan;
    const before = await api.overview();
    await api.assess({ id: 'sa-1', kind: 'maturity', at: '2030-01-10', value: 'M1', rationale: 'We werken nog vooral ieder voor de eigen groep.' });
    await api.assess({ id: 'sa-2', kind: 'maturity', at: '2030-06-10', value: 'M3', rationale: 'Bouwen pakken zelf dingen op.' });
    await expect(
      api.assess({ id: 'sa-3', kind: 'schoolType', at: '2030-06-10', value: 'M2' as never, rationale: ' ' }),
    ).rejects.toBeInstanceOf(ValidationError);
    const after = await api.overview();
    expect(after.maturity.points.length).toBe(before.maturity.points.length + 2);
    expect(after.maturity.current).toBe('M3');
    expect(after.maturity.points.at(-1)).toMatchObject({ assessmentId: 'sa-2', change: 2, rationale: 'Bouwen pakken zelf dingen op.' });
    expect(after.schoolType.points.length).toBe(before.schoolType.points.length);
  });
});
