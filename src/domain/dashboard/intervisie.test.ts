import { intervisieFigures, type IntervisieSessionFacts } from './intervisie';

const session = (id: string, groupId: string, date: string, status: IntervisieSessionFacts['status']) => ({
  id,
  groupId,
  groupName: groupId === 'g1' ? 'Zonnebloem' : 'Anemoon',
  date,
  status,
});

it('counts sessions held per intervisie group in the period, groups by name', () => {
  const groups = intervisieFigures(
    [
      session('s1', 'g1', '2026-09-21', 'held'),
      session('s2', 'g1', '2026-10-19', 'held'),
      session('s3', 'g1', '2026-11-16', 'planned'),
      session('s4', 'g2', '2026-10-20', 'cancelled'),
      session('s5', 'g2', '2026-11-03', 'held'),
      session('s6', 'g2', '2027-01-12', 'held'),
    ],
    { from: '2026-08-01', to: '2026-11-30' },
  );
  expect(groups.map((g) => [g.groupName, g.held.ids, g.planned.count])).toEqual([
    ['Anemoon', ['s5'], 1],
    ['Zonnebloem', ['s1', 's2'], 3],
  ]);
});
