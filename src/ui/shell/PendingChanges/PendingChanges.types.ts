import type { PendingChanges } from '../../../data/graph/outbox';

export interface PendingChangesProps {
  /** The outbox to show (the DataApi's pendingChanges); nothing is shown without one. */
  source?: PendingChanges;
  className?: string;
}

/** A queued change that could not be saved after all, worded for the person. */
export interface FailedNotice {
  id: string;
  text: string;
}

export interface PendingChangesState {
  className: string | undefined;
  /** Nothing waits and nothing failed: the indicator renders nothing (its live region stays). */
  hidden: boolean;
  /** "2 wijzigingen nog niet opgeslagen — wordt opnieuw geprobeerd", or null when none wait. */
  pendingText: string | null;
  hint: string;
  retryLabel: string;
  retrying: boolean;
  onRetry(): void;
  failed: FailedNotice[];
  dismissLabel: string;
  onDismiss(id: string): void;
}
