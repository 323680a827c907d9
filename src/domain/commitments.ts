import type { Meeting, MeetingType } from './meetings';
import { type Bouw, BOUWEN, bouwOfGroup, type StaffMember } from './people';
import { TRACK_STATUSES, type TrackedItem, type TrackStatus, validateTrackedFields } from './tracking';
import { type FieldError, requiredText, type Validated } from './validation';

/**
 * A belofte: what a teacher promises the team to do before the next meeting (step 9),
 * or an agreement made with parents. Called a commitment in code so it does not shadow
 * JavaScript's Promise. Status rules, reports and renegotiation are shared with parent
 * agreements and live in ./tracking.
 */
export type CommitmentStatus = TrackStatus;
export const COMMITMENT_STATUSES: readonly CommitmentStatus[] = TRACK_STATUSES;

export interface Commitment extends TrackedItem {
  id: string;
  cycleId: string;
  ownerUpn: string;
  ownerName: string;
  bouw: Bouw;
  /** The jaargroep (1–8) the promise was made in, when it was made per group. */
  group?: number;
  /** The goal this promise serves, when there is one. */
  goalId?: string;
  madeAtMeetingId?: string;
  /** The meeting at which it is reported, when it is due at a meeting rather than a date. */
  dueMeetingId?: string;
  /** ISO date by which it is due. */
  dueDate: string;
  text: string;
  status: CommitmentStatus;
  /** The report given at the next meeting. */
  whatWorked: string;
  whatWasHard: string;
  supportWanted: boolean;
}

export type CommitmentDraft = Omit<Commitment, 'id'>;

/** A promise needs an owner, a bouw, one line of what, and a due date on or after the day it was made. */
export function validateCommitment(draft: CommitmentDraft): Validated<CommitmentDraft> {
  const errors: FieldError[] = [];
  const text = validateTrackedFields(errors, draft);
  const ownerUpn = requiredText(errors, 'ownerUpn', draft.ownerUpn);
  const ownerName = requiredText(errors, 'ownerName', draft.ownerName);
  if (!BOUWEN.includes(draft.bouw)) errors.push({ field: 'bouw', code: 'invalidChoice' });
  // A jaargroep belongs to exactly one bouw; a mismatch would file the promise in the wrong view.
  if (draft.group !== undefined && bouwOf(draft.group) !== draft.bouw) {
    errors.push({ field: 'group', code: 'invalidChoice' });
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { ...draft, text, ownerUpn, ownerName } };
}

function bouwOf(group: number): Bouw | undefined {
  try {
    return bouwOfGroup(group);
  } catch {
    return undefined;
  }
}

/** Promises the signed-in person made. */
export function mine(commitments: readonly Commitment[], upn: string): Commitment[] {
  const me = upn.toLowerCase();
  return commitments.filter((c) => c.ownerUpn.toLowerCase() === me);
}

/**
 * The promises of the colleagues in my bouw, so we keep each other on track. Staff without a
 * bouw (IB, MT) have no group of their own; they use the whole list.
 */
export function myGroup(commitments: readonly Commitment[], me: Pick<StaffMember, 'bouw'>): Commitment[] {
  return me.bouw ? commitments.filter((c) => c.bouw === me.bouw) : [];
}

/** Meetings where promises are checked in: the team, the change team and the bouw meet. */
const CHECK_IN_TYPES: readonly MeetingType[] = ['veranderteam', 'team', 'bouw'];

/**
 * The open promises to check in at a meeting: those of the meeting's cycle, of the bouwen at
 * the table (all of them unless given, e.g. one bouw for a bouwvergadering), made before it.
 * Ordered by bouw, then due date, then owner, as the check-in goes round the table.
 */
export function openForMeeting(
  meeting: Pick<Meeting, 'id' | 'cycleId' | 'type' | 'date'>,
  commitments: readonly Commitment[],
  bouwen: readonly Bouw[] = BOUWEN,
): Commitment[] {
  if (!CHECK_IN_TYPES.includes(meeting.type)) return [];
  return commitments
    .filter(
      (c) =>
        c.status === 'open' &&
        c.cycleId === meeting.cycleId &&
        bouwen.includes(c.bouw) &&
        c.madeAtMeetingId !== meeting.id &&
        (!c.madeOn || c.madeOn < meeting.date),
    )
    .sort(
      (a, b) =>
        BOUWEN.indexOf(a.bouw) - BOUWEN.indexOf(b.bouw) ||
        a.dueDate.localeCompare(b.dueDate) ||
        a.ownerName.localeCompare(b.ownerName),
    );
}
