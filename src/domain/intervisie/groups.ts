import type { Role, StaffMember } from '../people';
import { type FieldError, requiredText, type Validated } from '../validation';

/**
 * An intervisie group: four to six colleagues who consult each other on their work. Fewer and
 * there are not enough people for the four roles plus perspectives; more and not everyone gets
 * a say in one session.
 */
export interface IntervisieGroup {
  id: string;
  name: string;
  memberUpns: string[];
}

export const GROUP_MIN = 4;
export const GROUP_MAX = 6;

export type IntervisieGroupDraft = Omit<IntervisieGroup, 'id'>;

export function validateGroup(draft: IntervisieGroupDraft): Validated<IntervisieGroupDraft> {
  const errors: FieldError[] = [];
  const name = requiredText(errors, 'name', draft.name);
  const memberUpns = draft.memberUpns.map((upn) => upn.trim()).filter(Boolean);
  const unique = new Set(memberUpns.map((upn) => upn.toLowerCase()));
  if (unique.size !== memberUpns.length) {
    errors.push({ field: 'memberUpns', code: 'invalidChoice', params: { reason: 'duplicate' } });
  } else if (memberUpns.length < GROUP_MIN || memberUpns.length > GROUP_MAX) {
    errors.push({ field: 'memberUpns', code: 'outOfRange', params: { min: GROUP_MIN, max: GROUP_MAX } });
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { ...draft, name, memberUpns } };
}

export function isMember(upn: string, group: Pick<IntervisieGroup, 'memberUpns'>): boolean {
  const me = upn.toLowerCase();
  return group.memberUpns.some((m) => m.toLowerCase() === me);
}

/**
 * Who may read a group's records: its members, and nobody else — not the IB, not the MT.
 * What colleagues bring into intervisie is said in confidence; that is what makes it work.
 * This is the rule; storage enforces it with per-group permissions.
 */
export function canRead(
  user: Pick<StaffMember, 'upn'> & { role: Role } | null,
  group: Pick<IntervisieGroup, 'memberUpns'>,
): boolean {
  return !!user && user.role !== 'guest' && isMember(user.upn, group);
}
