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
  | { kind: 'guest' }
  | { kind: 'failed'; error: unknown };

/** Anonymous meeting participants and tenant guests, as far as the host tells. */
export function hostSaysGuest(user: HostContext['user']): boolean {
  if (!user) return false;
  const license = user.licenseType?.toLowerCase();
  if (license === 'anonymous' || license === 'guest') return true;
  return Boolean(user.loginHint?.includes('#EXT#'));
}

export async function checkAccess(host: HostContext, me: () => Promise<StaffMember | null>): Promise<Access> {
  if (hostSaysGuest(host.user)) return { kind: 'guest' };
  try {
    return { kind: 'staff', me: await me() };
  } catch (error) {
    if (error instanceof AccessDeniedError) return { kind: 'guest' };
    return { kind: 'failed', error };
  }
}
