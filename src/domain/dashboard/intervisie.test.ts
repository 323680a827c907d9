import { intervisieFactsOf, intervisieFigures } from './intervisie';

const groups = [
  { id: 'g1', name: 'Zonnebloem' },
  { id: 'g2', name: 'Anemoon' },
  { id: 'g3', name: 'Madelief' },
];
const session = (id: string, groupId: string, date: string) => ({ id, groupId, date });

it('counts sessions held per intervisie group in the period, every group by name', () => {
  const figures = intervisieFigures(
    groups,
    [
      session('s1', 'g1', '2026-09-21'),
      session('s2', 'g1', '2026-10-19'),
      session('s5', 'g2', '2026-11-03'),
      session('s6', 'g2', '2027-01-12'),
      session('s7', 'gone', '2026-10-01'),
    ],
    { from: '2026-08-01', to: '2026-11-30' },
  );
  expect(figures.map((g) => [g.groupName, g.held.ids])).toEqual([
    ['Anemoon', ['s5']],
    ['Madelief', []],
    ['Zonnebloem', ['s1', 's2']],
  ]);
});

describe('intervisieFactsOf', () => {
  it('makes a session of every date a group met, ids apart even on one day', () => {
    const facts = intervisieFactsOf([
      { id: 'g1', name: 'Groep A', sessionDates: ['2026-10-01', '2026-10-01'] },
      { id: 'g2', name: 'Groep B', sessionDates: [] },
    ]);
    expect(facts.groups).toEqual([{ id: 'g1', name: 'Groep A' }, { id: 'g2', name: 'Groep B' }]);
    expect(new Set(facts.sessions.map((s) => s.id)).size).toBe(2);
    expect(intervisieFigures(facts.groups, facts.sessions, null).map((g) => g.held.count)).toEqual([2, 0]);
  });
});
