/**
 * The four roles of an intervisie session. The app proposes who takes which, so that over the
 * sessions everyone brings in a case, leads, keeps time and takes notes in turn; the group can
 * always swap before they start.
 */
export const INTERVISIE_ROLES = ['inbrenger', 'gespreksleider', 'tijdbewaker', 'notulist'] as const;
export type IntervisieRole = (typeof INTERVISIE_ROLES)[number];

/** Who had which role in one session; a role may be empty when the group was short. */
export type RoleAssignment = Record<IntervisieRole, string>;

/**
 * Proposes the roles for the next session from the sessions so far (any order of members,
 * history oldest first). Every way of giving the four roles to four different members is
 * weighed, which is cheap for groups of at most six (360 ways), and the fairest wins:
 *  1. fewest earlier turns in the role they get — so everyone takes each role in turn;
 *  2. fewest roles overall — so sitting out without a role rotates too;
 *  3. longest since they last had that role;
 *  4. the order of `members`, so the answer is always the same for the same input.
 * Members who left the group are ignored; a newcomer has had no turns and goes first.
 */
export function proposeRoles(
  members: readonly string[],
  history: readonly Partial<RoleAssignment>[],
): RoleAssignment {
  const people = [...new Set(members.map((m) => m.toLowerCase()))];
  if (people.length < INTERVISIE_ROLES.length) {
    throw new RangeError(`need at least ${INTERVISIE_ROLES.length} members, got ${people.length}`);
  }
  const turns = people.map(() => INTERVISIE_ROLES.map(() => 0));
  const last = people.map(() => INTERVISIE_ROLES.map(() => -1));
  history.forEach((session, s) =>
    INTERVISIE_ROLES.forEach((role, r) => {
      const m = people.indexOf((session[role] ?? '').toLowerCase());
      if (m >= 0) {
        turns[m]![r]! += 1;
        last[m]![r] = s;
      }
    }),
  );
  const load = turns.map((row) => row.reduce((a, b) => a + b, 0));

  let best: { pick: number[]; cost: number[] } | null = null;
  for (const pick of arrangements(people.length, INTERVISIE_ROLES.length)) {
    const cost = [
      sum(pick.map((m, r) => turns[m]![r]!)),
      sum(pick.map((m) => load[m]!)),
      sum(pick.map((m, r) => last[m]![r]!)),
    ];
    if (!best || lexLess(cost, best.cost)) best = { pick, cost };
  }
  const pick = (best as { pick: number[] }).pick;
  // Hand back the UPNs as the caller spelled them.
  const spelled = (m: number) => members.find((u) => u.toLowerCase() === people[m]) as string;
  return Object.fromEntries(INTERVISIE_ROLES.map((role, r) => [role, spelled(pick[r]!)])) as RoleAssignment;
}

/** Ordered choices of k different indexes out of n, in lexicographic order. */
function* arrangements(n: number, k: number, prefix: number[] = []): Generator<number[]> {
  if (prefix.length === k) {
    yield prefix;
    return;
  }
  for (let i = 0; i < n; i++) if (!prefix.includes(i)) yield* arrangements(n, k, [...prefix, i]);
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function lexLess(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] as number) < (b[i] as number);
  return false;
}
