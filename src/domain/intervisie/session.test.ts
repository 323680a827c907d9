import { nextRoles, validateSession, type IntervisieSessionDraft } from './session';

const group = {
  id: 'g1',
  memberUpns: ['a@school.example', 'b@school.example', 'c@school.example', 'd@school.example', 'e@school.example'],
};
const draft: IntervisieSessionDraft = {
  groupId: 'g1',
  date: '2026-11-23',
  method: 'incident',
  roles: {
    inbrenger: 'a@school.example',
    gespreksleider: 'b@school.example',
    tijdbewaker: 'c@school.example',
    notulist: 'D@school.example',
  },
  caseSummary: ' Een leerling die steeds te laat komt ',
  advice: 'Vraag het kind zelf wat helpt.',
  learningPoints: ['Eerst feiten, dan meningen', '  '],
};

describe('validateSession', () => {
  it('accepts a session and drops blank learning points', () => {
    const result = validateSession(draft, group);
    expect(result.ok && result.value.learningPoints).toEqual(['Eerst feiten, dan meningen']);
    expect(result.ok && result.value.caseSummary).toBe('Een leerling die steeds te laat komt');
  });

  it('gives each role to a different member of the group', () => {
    expect(
      validateSession(
        { ...draft, roles: { ...draft.roles, tijdbewaker: 'b@school.example', notulist: 'outsider@school.example' } },
        group,
      ),
    ).toEqual({
      ok: false,
      errors: [
        { field: 'roles.tijdbewaker', code: 'invalidChoice' },
        { field: 'roles.notulist', code: 'invalidChoice' },
      ],
    });
  });

  it('refuses another group, a bad date, an unknown method and over-long points', () => {
    const result = validateSession(
      { ...draft, groupId: 'g2', date: '23-11-2026', method: 'brainstorm' as never, learningPoints: ['x'.repeat(256)] },
      group,
    );
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['groupId', 'date', 'method', 'learningPoints.0']);
  });
});

describe('nextRoles', () => {
  it('takes the sessions in date order, whatever order they come in', () => {
    const a = { date: '2026-10-01', roles: { inbrenger: 'a@school.example', gespreksleider: 'b@school.example', tijdbewaker: 'c@school.example', notulist: 'd@school.example' } };
    const b = { date: '2026-11-01', roles: { inbrenger: 'b@school.example', gespreksleider: 'c@school.example', tijdbewaker: 'd@school.example', notulist: 'e@school.example' } };
    expect(nextRoles(group, [b, a])).toEqual(nextRoles(group, [a, b]));
    expect(Object.values(nextRoles(group, [b, a]))).not.toContain(undefined);
  });
});
