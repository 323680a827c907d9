import type { Bouw } from './people';

/**
 * A belofte: what a teacher promises the team to do before the next meeting (step 9),
 * or an agreement made with parents. Called a commitment in code so it does not shadow
 * JavaScript's Promise.
 */
export type CommitmentStatus = 'open' | 'kept' | 'partlyKept' | 'notKept' | 'renegotiated';
export const COMMITMENT_STATUSES: readonly CommitmentStatus[] = [
  'open',
  'kept',
  'partlyKept',
  'notKept',
  'renegotiated',
];

export interface Commitment {
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
