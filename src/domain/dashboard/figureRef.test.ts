import type { Commitment } from '../commitments';
import { aggregateDashboard } from './aggregate';
import { figureKey, figureOf, type FigureRef } from './figureRef';

const promise = (id: string, bouw: Commitment['bouw'], status: Commitment['status'], dueDate = '2026-10-01') => ({
  id,
  cycleId: 'c1',
  bouw,
  status,
  madeOn: '2026-09-20',
  dueDate,
  supportWanted: id.endsWith('s'),
});

const aggregates = aggregateDashboard({
  cycle: { id: 'c1', title: 'Samen', round: 1 },
  stepRecords: [],
  meetings: [
    { id: 'm1', cycleId: 'c1', date: '2026-09-10', status: 'held', score: 4 },
    { id: 'm2', cycleId: 'c1', date: '2026-12-10', status: 'planned' },
  ],
  commitments: [
    promise('p1', 'onderbouw', 'kept'),
    promise('p2s', 'onderbouw', 'notKept'),
    promise('p3', 'bovenbouw', 'open'),
  ],
  talks: [],
  agreements: [{ id: 'a1', status: 'open', dueDate: '2026-10-01', madeOn: '2026-09-01' }],
  intervisieGroups: [{ id: 'g1', name: 'Groep A' }],
  intervisieSessions: [{ id: 's1', groupId: 'g1', date: '2026-10-02' }],
  period: null,
  today: '2026-11-01',
});

describe('figureOf', () => {
  it.each<[FigureRef, string[]]>([
    [{ panel: 'meetings', figure: 'held' }, ['m1']],
    [{ panel: 'meetings', figure: 'planned' }, ['m1', 'm2']],
    [{ panel: 'promises', bouw: null, figure: 'made' }, ['p1', 'p2s', 'p3']],
    [{ panel: 'promises', bouw: 'onderbouw', figure: 'kept' }, ['p1']],
    [{ panel: 'promises', bouw: 'onderbouw', figure: 'supportOpen' }, ['p2s']],
    [{ panel: 'promises', bouw: 'bovenbouw', figure: 'overdue' }, ['p3']],
    [{ panel: 'promises', bouw: 'middenbouw', figure: 'made' }, []],
    [{ panel: 'agreements', figure: 'overdue' }, ['a1']],
    [{ panel: 'talks', figure: 'held' }, []],
    [{ panel: 'intervisie', groupId: 'g1' }, ['s1']],
    [{ panel: 'intervisie', groupId: 'gone' }, []],
  ])('%j lists %j', (ref, ids) => {
    const figure = figureOf(aggregates, ref);
    expect(figure.ids).toEqual(ids);
    expect(figure.count).toBe(ids.length);
  });

  it('names every figure apart', () => {
    const refs: FigureRef[] = [
      { panel: 'promises', bouw: null, figure: 'made' },
      { panel: 'promises', bouw: 'onderbouw', figure: 'made' },
      { panel: 'agreements', figure: 'made' },
      { panel: 'intervisie', groupId: 'g1' },
    ];
    expect(new Set(refs.map(figureKey)).size).toBe(refs.length);
  });
});
