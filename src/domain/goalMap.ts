import { byPriority, type Goal } from './goals';

/**
 * The goal map (the mind map in the staff room): the dream in the middle, the goals around it,
 * and around each goal its benefits and signs of progress. This computes positions only; the UI
 * draws them as SVG. Every node is a circle of a fixed radius per kind, so "no overlap" is plain
 * geometry: the layout reserves a circle per goal cluster and spaces the clusters on a ring.
 */
export type GoalMapNodeKind = 'dream' | 'goal' | 'benefit' | 'sign';
export type BenefitLevel = keyof Goal['benefits'];
const BENEFIT_LEVELS: readonly BenefitLevel[] = ['personal', 'team', 'school'];

export interface GoalMapNode {
  id: string;
  kind: GoalMapNodeKind;
  /** Centre and radius in SVG user units; the UI wraps `label` inside the circle. */
  x: number;
  y: number;
  r: number;
  label: string;
  goalId?: string;
  /** For benefits: the level it pays off at, so the UI can colour it. */
  level?: BenefitLevel;
}

export interface GoalMapEdge {
  from: string;
  to: string;
}

export interface GoalMapLayout {
  width: number;
  height: number;
  nodes: GoalMapNode[];
  edges: GoalMapEdge[];
}

export const NODE_RADIUS: Readonly<Record<GoalMapNodeKind, number>> = {
  dream: 110,
  goal: 70,
  benefit: 50,
  sign: 50,
};
const LEAF = 50;
/** Space between any two circles, and around the picture. */
const GAP = 16;
const MARGIN = 24;

interface Leaf {
  id: string;
  kind: 'benefit' | 'sign';
  label: string;
  level?: BenefitLevel;
}

function leavesOf(goal: Goal): Leaf[] {
  const benefits = BENEFIT_LEVELS.flatMap((level) =>
    goal.benefits[level].map((label, i): Leaf => ({ id: `benefit:${goal.id}:${level}:${i}`, kind: 'benefit', label, level })),
  );
  const signs = goal.signsOfProgress.map((label, i): Leaf => ({ id: `sign:${goal.id}:${i}`, kind: 'sign', label }));
  return [...benefits, ...signs];
}

/**
 * Lays out the map. Goals go clockwise from the top in priority order; each goal's leaves fan
 * out over the half circle facing away from the dream, benefits first (personal, team, school),
 * then signs. The same input always gives the same picture.
 */
export function layoutGoalMap(dream: string, goals: readonly Goal[]): GoalMapLayout {
  const ordered = byPriority(goals);
  const leaves = ordered.map(leavesOf);
  const most = Math.max(0, ...leaves.map((l) => l.length));

  // Distance from a goal to its leaves: far enough from the goal itself, and far enough that
  // neighbouring leaves on the fan (spread over π) do not touch.
  const step = most > 1 ? Math.PI / (most - 1) : Math.PI;
  const fan = Math.max(
    NODE_RADIUS.goal + LEAF + GAP,
    most > 1 ? (2 * LEAF + GAP) / (2 * Math.sin(step / 2)) : 0,
  );
  // The circle each goal's cluster needs, and the ring radius that keeps clusters apart and
  // clear of the dream (leaves face outward, so only the goal itself points toward the dream).
  const cluster = most ? fan + LEAF : NODE_RADIUS.goal;
  const n = ordered.length;
  const apart = n > 1 ? (2 * cluster + GAP) / (2 * Math.sin(Math.PI / n)) : 0;
  const ring = n ? Math.max(NODE_RADIUS.dream + NODE_RADIUS.goal + GAP, apart) : 0;

  const nodes: GoalMapNode[] = [{ id: 'dream', kind: 'dream', x: 0, y: 0, r: NODE_RADIUS.dream, label: dream }];
  const edges: GoalMapEdge[] = [];
  ordered.forEach((goal, gi) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * gi) / n;
    const gx = ring * Math.cos(angle);
    const gy = ring * Math.sin(angle);
    const goalNode = `goal:${goal.id}`;
    nodes.push({ id: goalNode, kind: 'goal', x: gx, y: gy, r: NODE_RADIUS.goal, label: goal.title, goalId: goal.id });
    edges.push({ from: 'dream', to: goalNode });
    const own = leaves[gi] as Leaf[];
    // Centre this goal's leaves on the outward direction, spaced as the fullest goal's are.
    const start = angle - (step * (own.length - 1)) / 2;
    own.forEach((leaf, li) => {
      const a = own.length > 1 ? start + step * li : angle;
      nodes.push({
        id: leaf.id,
        kind: leaf.kind,
        x: gx + fan * Math.cos(a),
        y: gy + fan * Math.sin(a),
        r: NODE_RADIUS[leaf.kind],
        label: leaf.label,
        goalId: goal.id,
        ...(leaf.level ? { level: leaf.level } : {}),
      });
      edges.push({ from: goalNode, to: leaf.id });
    });
  });
  return fitToOrigin(nodes, edges);
}

/** Shifts the picture so its top-left corner (with margin) is at 0,0 and rounds to 0.1 units. */
function fitToOrigin(nodes: GoalMapNode[], edges: GoalMapEdge[]): GoalMapLayout {
  const minX = Math.min(...nodes.map((n) => n.x - n.r)) - MARGIN;
  const minY = Math.min(...nodes.map((n) => n.y - n.r)) - MARGIN;
  const maxX = Math.max(...nodes.map((n) => n.x + n.r)) + MARGIN;
  const maxY = Math.max(...nodes.map((n) => n.y + n.r)) + MARGIN;
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    width: round(maxX - minX),
    height: round(maxY - minY),
    nodes: nodes.map((n) => ({ ...n, x: round(n.x - minX), y: round(n.y - minY) })),
    edges,
  };
}
