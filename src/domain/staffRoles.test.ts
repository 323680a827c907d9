import type { StaffMember } from './people';
import { firstRunStaff, ibsAfter, leavesNoManagement, validateStaffRole } from './staffRoles';

describe('staff roles', () => {
  it('stores a teacher with bouw and group, and IB or MT without them', () => {
    expect(validateStaffRole({ upn: 'Tom.Mulder@DeLinde.example', displayName: ' Tom Mulder ', role: 'leerkracht', bouw: 'bovenbouw', group: 6 })).toEqual({
      ok: true,
      value: { upn: 'tom.mulder@delinde.example', displayName: 'Tom Mulder', role: 'leerkracht', bouw: 'bovenbouw', group: 6 },
    });
    expect(validateStaffRole({ upn: 'a@x.nl', displayName: 'A', role: 'ib', bouw: 'onderbouw' })).toEqual({
      ok: true,
      value: { upn: 'a@x.nl', displayName: 'A', role: 'ib' },
    });
  });

  it('refuses a teacher without bouw, a group outside the bouw, and a role the list does not know', () => {
    const fields = (d: Parameters<typeof validateStaffRole>[0]) => {
      const v = validateStaffRole(d);
      return v.ok ? [] : v.errors.map((e) => `${e.field}:${e.code}`);
    };
    expect(fields({ upn: 'a@x.nl', displayName: 'A', role: 'leerkracht' })).toEqual(['bouw:required']);
    expect(fields({ upn: 'a@x.nl', displayName: 'A', role: 'leerkracht', bouw: 'onderbouw', group: 7 })).toEqual(['group:invalidChoice']);
    expect(fields({ upn: 'a@x.nl', displayName: 'A', role: 'leerkracht', bouw: 'onderbouw', group: 9 })).toEqual(['group:outOfRange']);
    expect(fields({ upn: '', displayName: '', role: 'guest' as never })).toEqual(['upn:required', 'displayName:required', 'role:invalidChoice']);
  });

  it('keeps at least one MT member', () => {
    const staff: StaffMember[] = [
      { upn: 'mark@x.nl', displayName: 'Mark', role: 'mt' },
      { upn: 'ingrid@x.nl', displayName: 'Ingrid', role: 'ib' },
    ];
    expect(leavesNoManagement(staff, 'MARK@x.nl', null)).toBe(true);
    expect(leavesNoManagement(staff, 'mark@x.nl', 'ib')).toBe(true);
    expect(leavesNoManagement(staff, 'mark@x.nl', 'mt')).toBe(false);
    expect(leavesNoManagement(staff, 'ingrid@x.nl', null)).toBe(false);
    expect(leavesNoManagement([...staff, { upn: 'fatima@x.nl', displayName: 'Fatima', role: 'mt' }], 'mark@x.nl', null)).toBe(false);
  });

  it('names the IBs after a change only when it gives or takes the IB role', () => {
    const staff: StaffMember[] = [
      { upn: 'Ingrid@x.nl', displayName: 'Ingrid', role: 'ib' },
      { upn: 'sanne@x.nl', displayName: 'Sanne', role: 'leerkracht', bouw: 'onderbouw' },
      { upn: 'mark@x.nl', displayName: 'Mark', role: 'mt' },
    ];
    expect(ibsAfter(staff, 'SANNE@x.nl', 'ib')).toEqual(['ingrid@x.nl', 'sanne@x.nl']);
    expect(ibsAfter(staff, 'ingrid@x.nl', 'mt')).toEqual([]);
    expect(ibsAfter(staff, 'ingrid@x.nl', null)).toEqual([]);
    expect(ibsAfter(staff, 'new@x.nl', 'ib')).toEqual(['ingrid@x.nl', 'new@x.nl']);
    expect(ibsAfter(staff, 'ingrid@x.nl', 'ib')).toBeNull();
    expect(ibsAfter(staff, 'sanne@x.nl', 'mt')).toBeNull();
    expect(ibsAfter(staff, 'new@x.nl', null)).toBeNull();
  });

  it('makes the first person in a new tenant MT', () => {
    expect(firstRunStaff('Mark@X.nl', 'Mark de Vries')).toEqual({ upn: 'mark@x.nl', displayName: 'Mark de Vries', role: 'mt' });
  });
});
