import type { Goal } from './goals';
import { type GoalMapNode, layoutGoalMap } from './goalMap';

const goal = (i: number, benefits: number, signs: number): Goal => ({
  id: `g${i}`,
  cycleId: 'c1',
  round: 1,
  title: `Doel ${i}`,
  priority: i,
  benefits: {
    personal: Array.from({ length: Math.ceil(benefits / 2) }, (_, k) => `persoonlijk ${k}`),
    team: Array.from({ length: Math.floor(benefits / 2) }, (_, k) => `team ${k}`),
    school: [],
  },
  signsOfProgress: Array.from({ length: signs }, (_, k) => `teken ${k}`),
});

function overlaps(nodes: GoalMapNode[]): string[] {
  const found: string[] = [];
  nodes.forEach((a, i) =>
    nodes.slice(i + 1).forEach((b) => {
      if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r) found.push(`${a.id} × ${b.id}`);
    }),
  );
  return found;
}

const inside = (nodes: GoalMapNode[], w: number, h: number) =>
  nodes.every((n) => n.x - n.r >= 0 && n.y - n.r >= 0 && n.x + n.r <= w && n.y + n.r <= h);

describe('layoutGoalMap', () => {
  it('draws only the dream when there are no goals', () => {
    const map = layoutGoalMap('Samen sterk', []);
    expect(map.nodes).toEqual([expect.objectContaining({ id: 'dream', kind: 'dream', label: 'Samen sterk' })]);
    expect(map.edges).toEqual([]);
    expect(inside(map.nodes, map.width, map.height)).toBe(true);
  });

  it.each([1, 2, 3, 5, 8])('places %i goals with up to six leaves each without overlap', (count) => {
    for (const leaves of [0, 1, 3, 6]) {
      const goals = Array.from({ length: count }, (_, i) => goal(i + 1, Math.min(leaves, 3), leaves - Math.min(leaves, 3)));
      const map = layoutGoalMap('Droom', goals);
      expect(map.nodes).toHaveLength(1 + count * (1 + leaves));
      expect(overlaps(map.nodes)).toEqual([]);
      expect(inside(map.nodes, map.width, map.height)).toBe(true);
    }
  });

  it('copes with goals of different sizes and more leaves than usual', () => {
    const goals = [goal(1, 6, 4), goal(2, 0, 1), goal(3, 2, 2), goal(4, 1, 0), goal(5, 3, 3), goal(6, 0, 0), goal(7, 4, 4), goal(8, 6, 6)];
    const map = layoutGoalMap('Droom', goals);
    expect(overlaps(map.nodes)).toEqual([]);
  });

  it('puts the dream in the centre and the first goal straight above it', () => {
    const map = layoutGoalMap('Droom', [goal(2, 0, 0), goal(1, 0, 0), goal(3, 0, 0)]);
    const dream = map.nodes[0]!;
    const [first] = map.nodes.filter((n) => n.kind === 'goal');
    expect(first!.goalId).toBe('g1');
    expect(first!.x).toBeCloseTo(dream.x, 0);
    expect(first!.y).toBeLessThan(dream.y);
  });

  it('links the dream to each goal and each goal to its leaves, benefits with their level', () => {
    const map = layoutGoalMap('Droom', [goal(1, 2, 1)]);
    expect(map.edges).toEqual([
      { from: 'dream', to: 'goal:g1' },
      { from: 'goal:g1', to: 'benefit:g1:personal:0' },
      { from: 'goal:g1', to: 'benefit:g1:team:0' },
      { from: 'goal:g1', to: 'sign:g1:0' },
    ]);
    expect(map.nodes.find((n) => n.id === 'benefit:g1:team:0')).toMatchObject({ kind: 'benefit', level: 'team', label: 'team 0' });
    expect(map.nodes.find((n) => n.id === 'sign:g1:0')).toMatchObject({ kind: 'sign', label: 'teken 0', goalId: 'g1' });
  });

  it('is deterministic and keeps labels as given (the UI escapes them)', () => {
    const goals = [goal(1, 3, 3), { ...goal(2, 1, 1), title: '<script>x</script> 👪' }];
    expect(layoutGoalMap('<b>Droom</b>', goals)).toEqual(layoutGoalMap('<b>Droom</b>', goals));
    expect(layoutGoalMap('<b>Droom</b>', goals).nodes.find((n) => n.id === 'goal:g2')!.label).toBe('<script>x</script> 👪');
  });
});
