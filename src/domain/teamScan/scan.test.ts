import {
  distribution,
  type PersonEntry,
  type Scan,
  type ScanEntry,
  type SubgroupEntry,
  suggestApproach,
  validateScan,
} from './scan';
import type { ConcernStage } from './stages';

let n = 0;
const person = (stage: ConcernStage, over: Partial<PersonEntry> = {}): PersonEntry => {
  n += 1;
  return {
    kind: 'person',
    upn: `p${n}@school.nl`,
    displayName: `Persoon ${n}`,
    group: 'onderbouw',
    stage,
    client: 'visitor',
    ...over,
  };
};
const subgroup = (stage: ConcernStage, size: number, over: Partial<SubgroupEntry> = {}): SubgroupEntry => ({
  kind: 'subgroup',
  group: 'bovenbouw',
  size,
  stage,
  client: 'customer',
  ...over,
});
const scan = (takenAt: string, entries: ScanEntry[]): Scan => ({
  id: `scan-${takenAt}`,
  cycleId: 'c1',
  takenAt,
  entries,
});

describe('validateScan', () => {
  it('trims names and accepts people and subgroups', () => {
    const result = validateScan({
      cycleId: 'c1',
      takenAt: '2026-10-01',
      entries: [person(1, { displayName: '  Anne ', group: ' onderbouw ' }), subgroup(3, 4)],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.entries[0]).toMatchObject({ displayName: 'Anne', group: 'onderbouw' });
  });

  it('reports every problem by field', () => {
    const result = validateScan({
      cycleId: 'c1',
      takenAt: '2026-13-01',
      entries: [
        person(7 as ConcernStage, { upn: 'a@school.nl' }),
        person(2, { upn: 'A@school.nl', client: 'boss' as never }),
        subgroup(1, 0, { group: ' ' }),
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.field, e.code])).toEqual([
      ['takenAt', 'invalidDate'],
      ['entries.0.stage', 'outOfRange'],
      ['entries.1.client', 'invalidChoice'],
      ['entries.1.upn', 'invalidChoice'], // the same person twice, whatever the case
      ['entries.2.group', 'required'],
      ['entries.2.size', 'outOfRange'],
    ]);
  });

  it('needs at least one entry', () => {
    const result = validateScan({ cycleId: 'c1', takenAt: '2026-10-01', entries: [] });
    expect(result).toEqual({ ok: false, errors: [{ field: 'entries', code: 'required' }] });
  });
});

describe('distribution', () => {
  it('counts people per stage and client relationship; a subgroup counts as its size', () => {
    const d = distribution(scan('2026-10-01', [person(1), person(1), person(2), subgroup(4, 5)]));
    expect(d.people).toBe(8);
    expect(d.byStage).toEqual({ 0: 0, 1: 2, 2: 1, 3: 0, 4: 5, 5: 0, 6: 0 });
    expect(d.byClient).toEqual({ complainant: 0, visitor: 3, customer: 5, coExpert: 0 });
  });
});

describe('suggestApproach', () => {
  it('follows the stage most people are at', () => {
    const approach = suggestApproach(distribution(scan('d', [person(2), person(2), person(2), person(0)])));
    expect(approach).toEqual({
      stage: 2,
      share: 0.75,
      leadership: { current: 'directing', toward: 'coaching' },
      client: { current: 'visitor', toward: 'customer' },
      steps: [3, 4],
      alsoAttendTo: [0],
    });
  });

  it('on a tie picks the earlier stage: its questions come first', () => {
    const approach = suggestApproach(distribution(scan('d', [person(5), person(5), person(1), person(1)])));
    expect(approach?.stage).toBe(1);
    expect(approach?.steps).toEqual([1, 2]);
    expect(approach?.alsoAttendTo).toEqual([5]);
  });

  it('names other stages only when they hold at least a quarter of the team', () => {
    const entries = [subgroup(4, 6), person(3), person(3), person(6)]; // 9 people: 2/9 and 1/9
    expect(suggestApproach(distribution(scan('d', entries)))?.alsoAttendTo).toEqual([]);
  });

  it('has nothing to suggest for an empty scan', () => {
    expect(suggestApproach(distribution(scan('d', [])))).toBeNull();
  });
});
