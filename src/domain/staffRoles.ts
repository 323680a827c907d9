import { BOUWEN, bouwOfGroup, type Bouw, type StaffMember } from './people';
import { type FieldError, requiredText, type Validated } from './validation';

/**
 * Who does what in Driehoek: the school's staff list, kept by the MT and the IB. Someone becomes
 * staff by being given one of these roles; the team's members (Teams) are whom they choose from.
 */
export type StaffRole = 'leerkracht' | 'ib' | 'mt';
export const STAFF_ROLES: readonly StaffRole[] = ['leerkracht', 'ib', 'mt'];

export interface StaffRoleDraft {
  upn: string;
  displayName: string;
  role: StaffRole;
  /** A teacher's bouw; required for a leerkracht, absent for IB and MT. */
  bouw?: Bouw;
  /** A teacher's jaargroep (1–8), when they lead one; it must lie in their bouw. */
  group?: number;
  inChangeTeam?: boolean;
}

/** Checks a role assignment and returns the staff member to store. */
export function validateStaffRole(draft: StaffRoleDraft): Validated<StaffMember> {
  const errors: FieldError[] = [];
  const upn = requiredText(errors, 'upn', draft.upn).toLowerCase();
  const displayName = requiredText(errors, 'displayName', draft.displayName);
  if (!STAFF_ROLES.includes(draft.role)) errors.push({ field: 'role', code: 'invalidChoice' });
  const teacher = draft.role === 'leerkracht';
  if (teacher && draft.bouw === undefined) errors.push({ field: 'bouw', code: 'required' });
  if (draft.bouw !== undefined && !BOUWEN.includes(draft.bouw)) errors.push({ field: 'bouw', code: 'invalidChoice' });
  if (draft.group !== undefined) {
    if (!teacher || !Number.isInteger(draft.group) || draft.group < 1 || draft.group > 8) {
      errors.push({ field: 'group', code: 'outOfRange', params: { min: 1, max: 8 } });
    } else if (draft.bouw !== undefined && bouwOfGroup(draft.group) !== draft.bouw) {
      errors.push({ field: 'group', code: 'invalidChoice' });
    }
  }
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      upn,
      displayName,
      role: draft.role,
      ...(teacher && draft.bouw ? { bouw: draft.bouw } : {}),
      ...(teacher && draft.group !== undefined ? { group: draft.group } : {}),
      ...(draft.inChangeTeam ? { inChangeTeam: true } : {}),
    },
  };
}

/**
 * Whether taking `upn` off the MT (a new role or removal) leaves the school with nobody who can
 * keep the staff list: at least one MT member must remain.
 */
export function leavesNoManagement(staff: readonly StaffMember[], upn: string, next: StaffMember['role'] | null): boolean {
  const who = upn.toLowerCase();
  const wasMt = staff.some((s) => s.upn.toLowerCase() === who && s.role === 'mt');
  if (!wasMt || next === 'mt') return false;
  return !staff.some((s) => s.upn.toLowerCase() !== who && s.role === 'mt');
}

/**
 * The IBs after giving `upn` the role `next` (or taking them off the list: null), when that
 * change gives or takes the IB role; null when it leaves the IBs as they are. The IB's private
 * team-scan channel must then get exactly these members.
 */
export function ibsAfter(staff: readonly StaffMember[], upn: string, next: StaffMember['role'] | null): string[] | null {
  const who = upn.toLowerCase();
  const wasIb = staff.some((s) => s.upn.toLowerCase() === who && s.role === 'ib');
  if (wasIb === (next === 'ib')) return null;
  const others = staff.filter((s) => s.role === 'ib' && s.upn.toLowerCase() !== who).map((s) => s.upn.toLowerCase());
  return next === 'ib' ? [...others, who] : others;
}

/**
 * The first person in a new tenant: whoever provisions the lists finds an empty staff list and
 * becomes MT, so someone can give everyone else their role.
 */
export function firstRunStaff(upn: string, displayName: string): StaffMember {
  return { upn: upn.toLowerCase(), displayName: displayName.trim() || upn, role: 'mt' };
}
