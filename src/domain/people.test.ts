import { bouwOfGroup, isCoachOrManagement } from './people';

describe('bouwOfGroup', () => {
  it.each([
    [1, 'onderbouw'],
    [3, 'onderbouw'],
    [4, 'middenbouw'],
    [5, 'middenbouw'],
    [6, 'bovenbouw'],
    [8, 'bovenbouw'],
  ])('group %i is in the %s', (group, bouw) => expect(bouwOfGroup(group)).toBe(bouw));

  it.each([0, 9, 2.5])('refuses group %s', (g) => expect(() => bouwOfGroup(g)).toThrow(RangeError));
});

it('IB and MT see the whole cycle, others not', () => {
  expect(isCoachOrManagement('ib')).toBe(true);
  expect(isCoachOrManagement('mt')).toBe(true);
  expect(isCoachOrManagement('leerkracht')).toBe(false);
  expect(isCoachOrManagement('guest')).toBe(false);
});
