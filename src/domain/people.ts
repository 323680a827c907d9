/** Who someone is in Driehoek. A guest (parent, outsider) never reads the app's data. */
export type Role = 'ib' | 'veranderteam' | 'leerkracht' | 'mt' | 'guest';

/** The three bouwen of a Dutch primary school: groups 1–2/3, 4–5, 6–8. */
export type Bouw = 'onderbouw' | 'middenbouw' | 'bovenbouw';
export const BOUWEN: readonly Bouw[] = ['onderbouw', 'middenbouw', 'bovenbouw'];

export interface StaffMember {
  /** User principal name; the stable key for a person across Graph and the app. */
  upn: string;
  displayName: string;
  role: Role;
  /** The bouw a teacher works in; absent for staff above the groups (IB, MT). */
  bouw?: Bouw;
  /** Jaargroep 1–8 a teacher leads, when there is one. */
  group?: number;
  /** Member of the veranderteam, whatever the main role. */
  inChangeTeam?: boolean;
}

/** The bouw a jaargroep belongs to. Groups 1–3 onderbouw, 4–5 middenbouw, 6–8 bovenbouw. */
export function bouwOfGroup(group: number): Bouw {
  if (!Number.isInteger(group) || group < 1 || group > 8) {
    throw new RangeError(`group must be 1–8, got ${group}`);
  }
  if (group <= 3) return 'onderbouw';
  if (group <= 5) return 'middenbouw';
  return 'bovenbouw';
}

/** Staff who may see everything of the change cycle, including who asked for support. */
export function isCoachOrManagement(role: Role): boolean {
  return role === 'ib' || role === 'mt';
}
