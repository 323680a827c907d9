import type { StaffMember } from '../../../../domain/people';

/** A colleague's name for a UPN (case-insensitive), or the UPN when they are not on the staff list. */
export function nameOf(upn: string, staff: readonly StaffMember[]): string {
  const me = upn.toLowerCase();
  return staff.find((s) => s.upn.toLowerCase() === me)?.displayName ?? upn;
}

/** Whether the signed-in person is in the group. */
export const isIn = (upn: string | undefined, memberUpns: readonly string[]): boolean =>
  !!upn && memberUpns.some((m) => m.toLowerCase() === upn.toLowerCase());
