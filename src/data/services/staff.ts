import type { StaffMember } from '../../domain/people';
import type { ServiceContext } from './context';

/** Staff members by display name, as every picker of colleagues shows them. */
export const byStaffName = (staff: StaffMember[]): StaffMember[] => staff.sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl'));

/** The school's staff by display name (DataApi.staff). */
export async function listStaff({ repositories }: Pick<ServiceContext, 'repositories'>): Promise<StaffMember[]> {
  const all = await repositories.staff.all();
  return byStaffName(all.map((s) => s.value));
}
