import { INTERVISIE_ROLES, proposeRoles, type RoleAssignment } from './roles';

const group = (n: number) => Array.from({ length: n }, (_, i) => `lid${i + 1}@school.example`);

/** Runs `sessions` sessions, each taking the proposal, starting from `history`. */
function run(members: string[], sessions: number, history: RoleAssignment[] = []): RoleAssignment[] {
  const all = [...history];
  for (let s = 0; s < sessions; s++) all.push(proposeRoles(members, all));
  return all;
}

const turns = (history: readonly RoleAssignment[], upn: string, role: (typeof INTERVISIE_ROLES)[number]) =>
  history.filter((h) => h[role] === upn).length;

describe('proposeRoles', () => {
  it('gives the four roles to four different members', () => {
    const roles = proposeRoles(group(5), []);
    expect(Object.keys(roles)).toEqual([...INTERVISIE_ROLES]);
    expect(new Set(Object.values(roles)).size).toBe(4);
  });

  it('starts in member order and is the same for the same input', () => {
    expect(proposeRoles(group(4), [])).toEqual({
      inbrenger: 'lid1@school.example',
      gespreksleider: 'lid2@school.example',
      tijdbewaker: 'lid3@school.example',
      notulist: 'lid4@school.example',
    });
    const history = run(group(6), 7);
    expect(proposeRoles(group(6), history)).toEqual(proposeRoles(group(6), history));
  });

  it.each([4, 5, 6])('with %i members, everyone takes every role once in each round', (n) => {
    const members = group(n);
    const history = run(members, n * 10);
    for (let round = 1; round <= 10; round++) {
      const sofar = history.slice(0, round * n);
      for (const upn of members) for (const role of INTERVISIE_ROLES) expect(turns(sofar, upn, role)).toBe(round);
    }
  });

  it.each([4, 5, 6])('with %i members, nobody is ever more than one turn ahead in any role', (n) => {
    const members = group(n);
    const history = run(members, n * 5);
    for (let s = 1; s <= history.length; s++) {
      for (const role of INTERVISIE_ROLES) {
        const counts = members.map((m) => turns(history.slice(0, s), m, role));
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
      }
    }
  });

  it('rotates sitting out in a group of six', () => {
    const members = group(6);
    const history = run(members, 6);
    for (const upn of members) {
      const sessionsWithoutRole = history.filter((h) => !Object.values(h).includes(upn)).length;
      expect(sessionsWithoutRole).toBe(2);
    }
  });

  it('gives a newcomer the roles they have not had, and ignores those who left', () => {
    const before = group(5);
    const history = run(before, 5);
    const members = [...before.slice(1), 'nieuw@school.example'];
    const next = proposeRoles(members, history);
    expect(Object.values(next)).not.toContain('lid1@school.example');
    expect(Object.values(next)).toContain('nieuw@school.example');
  });

  it('catches up after a lopsided history and then rotates evenly', () => {
    const members = group(5);
    // Someone always brought in the case and the same person always took notes.
    const lopsided: RoleAssignment[] = Array.from({ length: 6 }, () => ({
      inbrenger: members[0]!,
      gespreksleider: members[1]!,
      tijdbewaker: members[2]!,
      notulist: members[3]!,
    }));
    const history = run(members, 40, lopsided);
    for (const role of INTERVISIE_ROLES) {
      const counts = members.map((m) => turns(history, m, role));
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    }
    expect(proposeRoles(members, lopsided).inbrenger).not.toBe(members[0]);
  });

  it('matches UPNs whatever their case and answers in the caller’s spelling', () => {
    const members = ['Anna@School.example', 'bert@school.example', 'carla@school.example', 'dirk@school.example'];
    const history = [{ inbrenger: 'anna@school.example', gespreksleider: 'BERT@school.example', tijdbewaker: 'carla@school.example', notulist: 'dirk@school.example' }];
    const next = proposeRoles(members, history);
    expect(next.inbrenger).not.toBe('Anna@School.example');
    expect(Object.values(next)).toContain('Anna@School.example');
  });

  it('copes with sessions where a role was left empty', () => {
    expect(() => proposeRoles(group(4), [{ inbrenger: 'lid1@school.example' }])).not.toThrow();
    expect(proposeRoles(group(4), [{ inbrenger: 'lid1@school.example' }]).inbrenger).not.toBe('lid1@school.example');
  });

  it('needs at least four different members', () => {
    expect(() => proposeRoles(group(3), [])).toThrow(RangeError);
    expect(() => proposeRoles(['a@x.nl', 'A@x.nl', 'b@x.nl', 'c@x.nl'], [])).toThrow(RangeError);
  });
});
