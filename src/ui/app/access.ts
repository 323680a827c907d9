/**
 * Whether the signed-in person may see the app's data. The host's word is only a first hint
 * (teams-js has no reliable guest flag); the data layer's 403 is what decides, because the
 * site itself refuses non-members.
 */
import { AccessDeniedError } from '../../data/errors';
import type { StaffMember } from '../../domain/people';
import type { HostContext } from '../../host/types';

export type Access =
  | { kind: 'staff'; me: StaffMember | null }
  /** A member, but the lists are not there yet and this person may not create them. */
  | { kind: 'needsOwner' }
  | { kind: 'guest' }
  | { kind: 'failed'; error: unknown };

/** Anonymous meeting participants and tenant guests, as far as the host tells. */
export function hostSaysGuest(user: HostContext['user']): boolean {
  if (!user) return false;
  const license = user.licenseType?.toLowerCase();
  if (license === 'anonymous' || license === 'guest') return true;
  return Boolean(user.loginHint?.includes('#EXT#'));
}

export interface AccessDependencies {
  me(): Promise<StaffMember | null>;
  /**
   * First run in a tenant: creates the app's lists in the Team's site (idempotent). Absent in
   * local mode, where the server has them from the start.
   */
  provision?: () => Promise<unknown>;
  /**
   * After provisioning, for someone not on the staff list: the first person in a new tenant
   * becomes MT, so someone can give the others their roles (null for anyone after).
   */
  claimFirstRun?: () => Promise<StaffMember | null>;
}

export async function checkAccess(host: HostContext, deps: AccessDependencies): Promise<Access> {
  if (hostSaysGuest(host.user)) return { kind: 'guest' };
  let me: StaffMember | null;
  try {
    me = await deps.me();
  } catch (error) {
    if (error instanceof AccessDeniedError) return { kind: 'guest' };
    return { kind: 'failed', error };
  }
  if (deps.provision) {
    try {
      await deps.provision();
    } catch (error) {
      // A member who may read but not manage the site: the owner has to open the app once.
      if (error instanceof AccessDeniedError) return { kind: 'needsOwner' };
      return { kind: 'failed', error };
    }
  }
  if (me === null && deps.claimFirstRun) {
    try {
      me = await deps.claimFirstRun();
    } catch (error) {
      return { kind: 'failed', error };
    }
  }
  return { kind: 'staff', me };
}
