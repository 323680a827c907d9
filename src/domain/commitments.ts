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
  /** The goal this promise serves, when there is one. */
  goalId?: string;
  madeAtMeetingId?: string;
  /** ISO date by which it is due. */
  dueDate: string;
  text: string;
  status: CommitmentStatus;
  /** The report given at the next meeting. */
  whatWorked: string;
  whatWasHard: string;
  supportWanted: boolean;
}
