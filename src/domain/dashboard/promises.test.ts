import type { Commitment } from '../commitments';
import { BOUWEN } from '../people';
import { promiseFigures } from './promises';

const commitment = (id: string, over: Partial<Commitment> = {}): Commitment => ({
  id,
  cycleId: 'c1',
  ownerUpn: 'anne@school.nl',
  ownerName: 'Anne',
  bouw: 'onderbouw',
  madeOn: '2026-09-14',
  dueDate: '2026-10-12',
  text: 'Ik bel elke ouder in de eerste maand.',
  status: 'open',
  whatWorked: '',
  whatWasHard: '',
  supportWanted: false,
  ...over,
});

const today = '2026-11-01';
const range = { from: '2026-08-01', to: '2026-11-30' };

describe('promiseFigures', () => {
  const items = [
    commitment('kept', { status: 'kept' }),
    commitment('late', { bouw: 'middenbouw' }),
    commitment('notYet', { bouw: 'middenbouw', dueDate: '2026-11-20' }),
    commitment('help', { bouw: 'bovenbouw', status: 'partlyKept', supportWanted: true }),
    commitment('helped', { bouw: 'bovenbouw', status: 'notKept', supportWanted: true, supportGivenOn: '2026-10-20' }),
    commitment('old', { bouw: 'bovenbouw', status: 'renegotiated' }),
    commitment('new', { bouw: 'bovenbouw', renegotiatedFromId: 'old', dueDate: '2026-12-01' }),
    commitment('nextYear', { madeOn: '2027-01-10', dueDate: '2027-02-01' }),
    commitment('legacy', { madeOn: undefined, dueDate: '2027-02-01' }),
    commitment('otherCycle', { cycleId: 'c2' }),
  ];
  const { total, byBouw } = promiseFigures(items, 'c1', range, today);

  it('counts a renegotiated promise once, by its successor', () => {
    expect(total.made.ids).toEqual(['kept', 'late', 'notYet', 'help', 'helped', 'new']);
    expect(total.byStatus.renegotiated.ids).toEqual(['old']);
    expect(byBouw.bovenbouw.made.count).toBe(3);
  });

  it('splits kept, overdue and open support requests per bouw', () => {
    expect(byBouw.onderbouw.byStatus.kept.ids).toEqual(['kept']);
    expect(byBouw.middenbouw.overdue.ids).toEqual(['late']);
    expect(byBouw.middenbouw.byStatus.open.count).toBe(2);
    expect(byBouw.bovenbouw.supportOpen.ids).toEqual(['help']);
    expect(total.supportOpen.ids).toEqual(['help']);
    expect(total.overdue.ids).toEqual(['late']);
  });

  it('takes the day a promise was made for the period, or its due date for older items', () => {
    const all = promiseFigures(items, 'c1', null, today).total.made.ids;
    expect(all).toContain('nextYear');
    expect(all).toContain('legacy');
    const term2 = promiseFigures(items, 'c1', { from: '2026-12-01', to: '2027-03-31' }, today);
    expect(term2.total.made.ids).toEqual(['nextYear', 'legacy']);
  });

  it('has every bouw, also an empty one, and skips items it cannot place', () => {
    const f = promiseFigures([commitment('x', { bouw: 'kleuterbouw' as never }), commitment('y', { status: '??' as never })], 'c1', null, today);
    expect(Object.keys(f.byBouw)).toEqual([...BOUWEN]);
    expect(f.total.made.count).toBe(0);
  });
});
