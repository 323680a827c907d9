import { canChangeStatus, type ChangeCycle, cycleToOpen, isReadOnly, nextCycleFrom, validateCycle, validateCycleUpdate } from './cycles';
import type { Goal } from './goals';

const cycle = (over: Partial<ChangeCycle> = {}): ChangeCycle => ({
  id: 'c1',
  title: 'Op weg naar educatief partnerschap',
  dream: 'Ouders en school werken samen aan de groei van elk kind.',
  schoolYear: '2026-2027',
  status: 'active',
  coachUpn: 'ingrid.bakker@delinde.example',
  memberUpns: ['sanne.jansen@delinde.example'],
  round: 1,
  stepsDone: [1, 2],
  ...over,
});
const { id: _id, ...draft } = cycle();

describe('validateCycle', () => {
  it('trims, removes duplicate members and normalises steps', () => {
    const result = validateCycle({
      ...draft,
      title: ' Partnerschap 2026 ',
      memberUpns: ['a@x', ' a@x ', '', 'b@x'],
      stepsDone: [3, 1, 3],
    });
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({ title: 'Partnerschap 2026', memberUpns: ['a@x', 'b@x'], stepsDone: [1, 3] }),
    });
  });

  it('reports every problem by field', () => {
    const result = validateCycle({
      ...draft,
      title: '',
      dream: 'x'.repeat(4001),
      schoolYear: '2026-2028' as never,
      coachUpn: ' ',
      status: 'paused' as never,
      round: 0,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.field, e.code])).toEqual([
      ['title', 'required'],
      ['dream', 'tooLong'],
      ['schoolYear', 'invalidChoice'],
      ['coachUpn', 'required'],
      ['status', 'invalidChoice'],
      ['round', 'outOfRange'],
    ]);
  });

  it('keeps a multi-line dream with markup and emoji as plain text', () => {
    const dream = 'Wij <b>dromen</b>:\n- ouders 👪 welkom\n- مرحبا';
    const result = validateCycle({ ...draft, dream });
    expect(result.ok && result.value.dream).toBe(dream);
  });
});

describe('status', () => {
  it.each([
    ['draft', 'active', true],
    ['active', 'archived', true],
    ['draft', 'draft', true],
    ['draft', 'archived', false],
    ['active', 'draft', false],
    ['archived', 'active', false],
    ['archived', 'archived', false],
  ] as const)('%s → %s allowed: %s', (from, to, allowed) => expect(canChangeStatus(from, to)).toBe(allowed));

  it('refuses any edit of an archived cycle', () => {
    const archived = cycle({ status: 'archived' });
    expect(isReadOnly(archived)).toBe(true);
    expect(validateCycleUpdate(archived, { ...draft, status: 'archived', title: 'Nieuw' })).toEqual({
      ok: false,
      errors: [{ field: 'status', code: 'invalidChoice', params: { reason: 'archived' } }],
    });
  });

  it('refuses going back and reports field errors with it', () => {
    const result = validateCycleUpdate(cycle(), { ...draft, status: 'draft', title: '' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.field, e.params?.reason])).toEqual([
      ['title', undefined],
      ['status', 'statusOrder'],
    ]);
  });

  it('accepts archiving an active cycle', () => {
    expect(validateCycleUpdate(cycle(), { ...draft, status: 'archived' }).ok).toBe(true);
  });
});

describe('nextCycleFrom', () => {
  const goal = (id: string, round: number, priority: number, cycleId = 'c1'): Goal => ({
    id,
    cycleId,
    round,
    title: `Doel ${id}`,
    priority,
    benefits: { personal: [], team: [], school: [] },
    signsOfProgress: [],
  });

  it('carries dream, team and the last round’s goals into a draft for the next school year', () => {
    let n = 0;
    const previous = cycle({ round: 2, status: 'archived' });
    const { cycle: next, goals, records } = nextCycleFrom(
      previous,
      [goal('old', 1, 1), goal('b', 2, 2), goal('a', 2, 1), goal('other', 2, 1, 'c0')],
      { cycleId: 'c2', newId: () => `id${++n}`, today: '2027-08-30' },
    );
    expect(next).toEqual({
      ...previous,
      id: 'c2',
      status: 'draft',
      schoolYear: '2027-2028',
      round: 1,
      stepsDone: [1],
    });
    expect(goals.map((g) => [g.title, g.cycleId, g.round, g.priority])).toEqual([
      ['Doel a', 'c2', 1, 1],
      ['Doel b', 'c2', 1, 2],
    ]);
    expect(records).toEqual([
      { id: 'id3', cycleId: 'c2', round: 1, step: 1, date: '2027-08-30', items: [], notes: '' },
    ]);
  });

  it('takes a given title and school year', () => {
    const { cycle: next } = nextCycleFrom(cycle(), [], {
      cycleId: 'c2',
      newId: () => 'x',
      today: '2026-10-01',
      title: 'Partnerschap, deel 2',
      schoolYear: '2026-2027',
    });
    expect([next.title, next.schoolYear]).toEqual(['Partnerschap, deel 2', '2026-2027']);
  });
});

describe('cycleToOpen', () => {
  const newestDraft = cycle({ id: 'd', status: 'draft', schoolYear: '2027-2028' });
  const active = cycle({ id: 'a', status: 'active' });
  const old = cycle({ id: 'o', status: 'archived', schoolYear: '2025-2026' });

  it('opens the chosen cycle while it exists', () => {
    expect(cycleToOpen([newestDraft, active, old], 'o')?.id).toBe('o');
  });

  it('else the active one, else the newest', () => {
    expect(cycleToOpen([newestDraft, active, old], 'gone')?.id).toBe('a');
    expect(cycleToOpen([newestDraft, active, old])?.id).toBe('a');
    expect(cycleToOpen([newestDraft, old], null)?.id).toBe('d');
    expect(cycleToOpen([])).toBeUndefined();
  });
});
