import type { SchoolYear } from './schoolYear';
import type { StepNumber } from './steps';

export type CycleStatus = 'draft' | 'active' | 'archived';
export const CYCLE_STATUSES: readonly CycleStatus[] = ['draft', 'active', 'archived'];

/** A change cycle (veranderplan) walking the eleven steps toward a dream. */
export interface ChangeCycle {
  id: string;
  title: string;
  /** The vivid picture of the future; plain text, never rendered as HTML. */
  dream: string;
  schoolYear: SchoolYear;
  status: CycleStatus;
  /** UPN of the intern begeleider who coaches the change. */
  coachUpn: string;
  /** UPNs of the veranderteam. */
  memberUpns: string[];
  /** The round within the cycle: round 1 starts at the dream, later rounds repeat steps 2–11. */
  round: number;
  /** Steps the team has completed in this round. */
  stepsDone: StepNumber[];
}
