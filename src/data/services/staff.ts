import type { StaffMember } from '../../domain/people';
import type { ServiceContext } from './context';

/** People (staff, team members) by display name, as every picker of colleagues shows them. */
export const byDisplayName = (a: { displayName: string }, b: { displayName: string }): number => a.displayName.localeCompare(b.displayName, 'nl');

/** Staff members sorted by display name (in place). */
export const byStaffName = (staff: StaffMember[]): StaffMember[] => staff.sort(byDisplayName);

/** The school's staff by display name (DataApi.staff). */
export async function listStaff({ repositories }: Pick<ServiceContext, 'repositories'>): Promise<StaffMember[]> {
  const all = await repositories.staff.all();
  return byStaffName(all.map((s) => s.value));
}
