import { inRange, periodAround, periodsOf, rangeOf, termOf } from './periods';

describe('school terms', () => {
  it.each([
    ['2026-08-17', 1],
    ['2026-11-30', 1],
    ['2026-12-01', 2],
    ['2027-03-31', 2],
    ['2027-04-01', 3],
    ['2027-07-31', 3],
  ])('%s is in term %i', (date, term) => expect(termOf(date)).toBe(term));

  it('gives each term four whole months', () => {
    expect(rangeOf({ kind: 'term', schoolYear: '2026-2027', term: 1 })).toEqual({ from: '2026-08-01', to: '2026-11-30' });
    expect(rangeOf({ kind: 'term', schoolYear: '2026-2027', term: 2 })).toEqual({ from: '2026-12-01', to: '2027-03-31' });
    expect(rangeOf({ kind: 'term', schoolYear: '2026-2027', term: 3 })).toEqual({ from: '2027-04-01', to: '2027-07-31' });
  });

  it('runs a school year from August to July', () => {
    expect(rangeOf({ kind: 'schoolYear', schoolYear: '2027-2028' })).toEqual({ from: '2027-08-01', to: '2028-07-31' });
  });

  it('offers the year and its terms, and opens on the term around a date', () => {
    expect(periodsOf('2026-2027').map((p) => (p.kind === 'term' ? p.term : p.kind))).toEqual(['schoolYear', 1, 2, 3]);
    expect(periodAround('2027-02-10')).toEqual({ kind: 'term', schoolYear: '2026-2027', term: 2 });
  });
});

describe('inRange', () => {
  const range = { from: '2026-12-01', to: '2027-03-31' };
  it.each([
    ['2026-12-01', true],
    ['2027-03-31T21:00:00Z', true],
    ['2026-11-30', false],
    ['2027-04-01', false],
  ])('%s → %s', (date, inside) => expect(inRange(date, range)).toBe(inside));

  it('takes everything without a range', () => expect(inRange('1999-01-01', null)).toBe(true));
});
