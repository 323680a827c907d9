import {
  type FieldError,
  isIsoDate,
  MULTI_LINE_MAX,
  optionalText,
  SINGLE_LINE_MAX,
  type Validated,
} from '../validation';
import { type IntervisieGroup, isMember } from './groups';
import { METHOD_KEYS, type MethodKey } from './methods';
import { INTERVISIE_ROLES, proposeRoles, type RoleAssignment } from './roles';

/**
 * What the notulist keeps of a session. Personal promises made at the end go to the promise
 * tracker as commitments; learning points stay here. Readable by the group only (./groups).
 */
export interface IntervisieSession {
  id: string;
  groupId: string;
  /** ISO calendar date. */
  date: string;
  method: MethodKey;
  roles: RoleAssignment;
  caseSummary: string;
  advice: string;
  learningPoints: string[];
}

export type IntervisieSessionDraft = Omit<IntervisieSession, 'id'>;

export function validateSession(
  draft: IntervisieSessionDraft,
  group: Pick<IntervisieGroup, 'id' | 'memberUpns'>,
): Validated<IntervisieSessionDraft> {
  const errors: FieldError[] = [];
  if (draft.groupId !== group.id) errors.push({ field: 'groupId', code: 'invalidChoice' });
  if (!isIsoDate(draft.date)) errors.push({ field: 'date', code: 'invalidDate' });
  if (!METHOD_KEYS.includes(draft.method)) errors.push({ field: 'method', code: 'invalidChoice' });
  const seen = new Set<string>();
  for (const role of INTERVISIE_ROLES) {
    const upn = (draft.roles[role] ?? '').toLowerCase();
    // Four people, four roles: one person doing two jobs is what the roles are meant to prevent.
    if (!upn || !isMember(upn, group) || seen.has(upn)) {
      errors.push({ field: `roles.${role}`, code: 'invalidChoice' });
    }
    seen.add(upn);
  }
  const caseSummary = optionalText(errors, 'caseSummary', draft.caseSummary, MULTI_LINE_MAX);
  const advice = optionalText(errors, 'advice', draft.advice, MULTI_LINE_MAX);
  // Blank lines are the empty input the form keeps ready for the next point, not mistakes.
  const learningPoints = draft.learningPoints
    .map((point, i) => optionalText(errors, `learningPoints.${i}`, point, SINGLE_LINE_MAX))
    .filter(Boolean);
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { ...draft, caseSummary, advice, learningPoints } };
}

/** The roles for the next session of a group, in turn from its sessions (any order). */
export function nextRoles(
  group: Pick<IntervisieGroup, 'memberUpns'>,
  sessions: readonly Pick<IntervisieSession, 'date' | 'roles'>[],
): RoleAssignment {
  return proposeRoles(group.memberUpns, [...sessions].sort((a, b) => a.date.localeCompare(b.date)).map((s) => s.roles));
}
