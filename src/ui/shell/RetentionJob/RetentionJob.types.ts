import type { StaffMember } from '../../../domain/people';
import type { KeyValueStore } from '../../data/safeStorage';

/** Where the job remembers the day it ran (the tab's sessionStorage). */
export type JobStore = KeyValueStore;

export interface RetentionJobProps {
  /** Who opened the app; the job runs for the IB and the MT only (domain retentionJobDue). */
  me: StaffMember | null;
  /**
   * The tab's sessionStorage, where the school date of the last run is kept per person. Without
   * one it is kept in memory: once per mount.
   */
  storage?: JobStore;
  /** The clock (tests control it). */
  now?: () => Date;
  /**
   * How long the app is open before the job reads anything (default 30 s): its read must not
   * compete with the opening view's on a slow line. Closed before then, the job runs next time.
   */
  delayMs?: number;
  className?: string;
}

export interface RetentionJobState {
  className: string | undefined;
  /** What was removed, in a sentence; null while nothing was (the live region stays). */
  text: string | null;
  dismissLabel: string;
  onDismiss(): void;
}
