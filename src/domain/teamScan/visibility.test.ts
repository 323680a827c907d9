import type { Role } from '../people';
import type { Scan, ScanEntry } from './scan';
import type { ConcernStage } from './stages';
import { summarizeScan, visibleScan } from './visibility';

const person = (upn: string, group: string, stage: ConcernStage): ScanEntry => ({
  kind: 'person',
  upn,
  displayName: upn.toUpperCase(),
  group,
  stage,
  client: 'visitor',
});
const subgroup = (group: string, size: number, stage: ConcernStage): ScanEntry => ({
  kind: 'subgroup',
  group,
  size,
  stage,
  client: 'customer',
});
const scan = (entries: ScanEntry[]): Scan => ({ id: 's1', cycleId: 'c1', takenAt: '2026-10-01', entries });

const team = scan([
  person('ann', 'onderbouw', 1),
  person('bo', 'onderbouw', 2),
  person('cas', 'onderbouw', 2),
  person('dirk', 'middenbouw', 4),
  person('eva', 'middenbouw', 5),
  person('fleur', 'middenbouw', 5),
]);

describe('who sees what of a scan', () => {
  it('shows the IB every person', () => {
    const view = visibleScan(team, 'ib');
    expect(view?.level).toBe('individual');
    if (view?.level !== 'individual') return;
    expect(view.entries.map((e) => (e.kind === 'person' ? e.upn : ''))).toContain('ann');
  });

  it.each<Role>(['mt', 'veranderteam', 'leerkracht'])('shows %s totals only, with no names in them', (role) => {
    const view = visibleScan(team, role);
    expect(view?.level).toBe('aggregate');
    expect(view).not.toHaveProperty('entries');
    const text = JSON.stringify(view);
    for (const name of ['ann', 'bo', 'cas', 'dirk', 'eva', 'fleur']) expect(text).not.toContain(`"${name}`);
    expect(view?.summary.total?.people).toBe(6);
    expect(view?.summary.groups.map((g) => [g.group, g.distribution?.byStage[2]])).toEqual([
      ['onderbouw', 2],
      ['middenbouw', 0],
    ]);
  });

  it('shows a guest nothing', () => expect(visibleScan(team, 'guest')).toBeNull());
});

describe('small groups stay hidden (at least three people per total)', () => {
  it('withholds a group of two, and one more so the team total does not give it away', () => {
    const summary = summarizeScan(
      scan([
        ...team.entries,
        person('gijs', 'bovenbouw', 0),
        person('hana', 'bovenbouw', 6),
        person('ivo', 'middenbouw', 3),
      ]),
    );
    expect(summary.total?.people).toBe(9);
    // bovenbouw (2) is too small; the smallest shown group (onderbouw, 3) goes with it, so
    // total minus middenbouw only reveals onderbouw and bovenbouw together: five people.
    expect(summary.groups.map((g) => [g.group, g.distribution?.people ?? null])).toEqual([
      ['onderbouw', null],
      ['middenbouw', 4],
      ['bovenbouw', null],
    ]);
  });

  it('needs no extra hiding when the hidden groups together are large enough', () => {
    const summary = summarizeScan(
      scan([...team.entries, person('gijs', 'ib', 0), person('hana', 'bovenbouw', 6), person('ivo', 'mt', 3)]),
    );
    expect(summary.groups.map((g) => g.distribution?.people ?? null)).toEqual([3, 3, null, null, null]);
  });

  it('counts a subgroup entry as its size', () => {
    const summary = summarizeScan(scan([subgroup('bovenbouw', 4, 3), subgroup('veranderteam', 3, 5)]));
    expect(summary.groups.map((g) => g.distribution?.people)).toEqual([4, 3]);
  });

  it('hides even the team total when fewer than three people are in the scan', () => {
    const summary = summarizeScan(scan([person('ann', 'onderbouw', 1), person('bo', 'middenbouw', 4)]));
    expect(summary.total).toBeNull();
    expect(summary.groups.every((g) => g.distribution === null)).toBe(true);
  });

  it('shows the total of a team whose groups are all small', () => {
    const summary = summarizeScan(
      scan([person('ann', 'onderbouw', 1), person('bo', 'middenbouw', 4), person('cas', 'bovenbouw', 4)]),
    );
    expect(summary.total?.people).toBe(3);
    expect(summary.groups.every((g) => g.distribution === null)).toBe(true);
  });
});
