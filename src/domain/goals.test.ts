import { byPriority, carryOverGoals, type Goal, phrasingHint, reorderGoals, validateGoal } from './goals';

const goal = (over: Partial<Goal> = {}): Goal => ({
  id: 'g1',
  cycleId: 'c1',
  round: 1,
  title: 'Ouders voelen zich welkom in de klas',
  priority: 1,
  benefits: { personal: [], team: [], school: [] },
  signsOfProgress: [],
  ...over,
});

describe('validateGoal', () => {
  it('trims the title and the lines, keeps tags', () => {
    const result = validateGoal({
      ...goal({ title: '  Samen met ouders 👪  ', condition: 'cultuur', level: 'meedenken', line: 'eigenKind' }),
      benefits: { personal: [' rust '], team: [], school: ['trots'] },
      signsOfProgress: [' ouders lopen binnen '],
    });
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        title: 'Samen met ouders 👪',
        condition: 'cultuur',
        benefits: { personal: ['rust'], team: [], school: ['trots'] },
        signsOfProgress: ['ouders lopen binnen'],
      }),
    });
  });

  it('reports every problem by field', () => {
    const result = validateGoal({
      ...goal({ title: ' ', priority: 0, condition: 'geld' as never, epsteinForm: 'x' as never }),
      benefits: { personal: [''], team: [], school: [] },
      signsOfProgress: ['x'.repeat(256)],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.field, e.code])).toEqual([
      ['title', 'required'],
      ['priority', 'outOfRange'],
      ['condition', 'invalidChoice'],
      ['epsteinForm', 'invalidChoice'],
      ['benefits.personal.0', 'required'],
      ['signsOfProgress.0', 'tooLong'],
    ]);
  });

  it('refuses a title over 255 characters', () => {
    expect(validateGoal(goal({ title: 'a'.repeat(256) })).ok).toBe(false);
  });
});

describe('phrasingHint', () => {
  it.each([
    ['Ouders klagen niet meer over huiswerk', 'niet'],
    ['Geen verrassingen bij het rapport', 'Geen'],
    ['Minder conflicten met ouders', 'Minder'],
    ['Stoppen met eenrichtingsverkeer in de nieuwsbrief', 'Stoppen met'],
    ['Parents no longer complain', 'no'],
    ['Fewer angry e-mails', 'Fewer'],
    ["Teachers don't wait until problems grow", "don't"],
    ['Teachers don’t wait', "don't"],
  ])('flags "%s"', (text, word) => {
    expect(phrasingHint(text)).toEqual({ code: 'negativePhrasing', word });
  });

  it.each([
    'Ouders voelen zich welkom en gehoord',
    'Elke ouder spreekt de leerkracht twee keer per jaar over de groei van het kind',
    'Nietjes en notities liggen klaar', // "niet" inside a word is no negation
    'Parents know whom to ask',
    'Notes go home every Friday',
  ])('leaves "%s" alone', (text) => expect(phrasingHint(text)).toBeNull());
});

describe('prioritising', () => {
  const goals = [goal({ id: 'a', priority: 1 }), goal({ id: 'b', priority: 2 }), goal({ id: 'c', priority: 3 })];

  it('moves a goal and renumbers without gaps', () => {
    const reordered = reorderGoals(goals, 'c', 0);
    expect(reordered.map((g) => [g.id, g.priority])).toEqual([
      ['c', 1],
      ['a', 2],
      ['b', 3],
    ]);
  });

  it('clamps the index and leaves the input untouched', () => {
    expect(reorderGoals(goals, 'a', 99).map((g) => g.id)).toEqual(['b', 'c', 'a']);
    expect(goals.map((g) => g.priority)).toEqual([1, 2, 3]);
  });

  it('repairs ties and gaps even for an unknown id', () => {
    const messy = [goal({ id: 'x', priority: 5 }), goal({ id: 'y', priority: 5 }), goal({ id: 'z', priority: 2 })];
    expect(reorderGoals(messy, 'nope', 0).map((g) => [g.id, g.priority])).toEqual([
      ['z', 1],
      ['x', 2],
      ['y', 3],
    ]);
  });

  it('sorts by priority', () => expect(byPriority([goals[2]!, goals[0]!]).map((g) => g.id)).toEqual(['a', 'c']));
});

describe('carryOverGoals', () => {
  it('copies goals with fresh ids into the target, in order, without sharing arrays', () => {
    let n = 0;
    const source = [
      goal({ id: 'b', priority: 4, benefits: { personal: ['p'], team: [], school: [] }, epsteinForm: 'communicatie' }),
      goal({ id: 'a', priority: 2 }),
    ];
    const copies = carryOverGoals(source, { cycleId: 'c2', round: 1 }, () => `new${++n}`);
    expect(copies.map((g) => [g.id, g.cycleId, g.round, g.priority])).toEqual([
      ['new1', 'c2', 1, 1],
      ['new2', 'c2', 1, 2],
    ]);
    expect(copies[1]!.epsteinForm).toBe('communicatie');
    copies[1]!.benefits.personal.push('q');
    expect(source[0]!.benefits.personal).toEqual(['p']);
  });
});
