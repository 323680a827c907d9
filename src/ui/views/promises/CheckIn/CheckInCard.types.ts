import type { RefCallback } from 'react';
import type { CommitmentStatus } from '../../../../domain/commitments';
import type { Goal } from '../../../../domain/goals';
import type { StoredCommitment, TrackerContext } from '../shared/tracker';

export interface CheckInCardProps {
  item: StoredCommitment;
  context: TrackerContext;
  goals: ReadonlyMap<string, Goal>;
  /** The meeting of the check-in. */
  meetingId: string;
  onChanged(updated: StoredCommitment, successor?: StoredCommitment): void;
  className?: string;
}

export interface CheckInCardState {
  className: string | undefined;
  item: StoredCommitment;
  context: TrackerContext;
  meetingId: string;
  formId: string;
  /** User text. */
  title: string;
  owner: string;
  place: string;
  goal: string | null;
  goalLabel: string;
  due: string;
  status: CommitmentStatus;
  statusLabel: string;
  overdueLabel: string | null;
  supportLabel: string | null;
  /** The report given, once there is one: what worked and what was hard. */
  report: { term: string; value: string }[];
  notice: string | null;
  reporting: boolean;
  /** Null when this person may not report on it, or it is closed. */
  reportLabel: string | null;
  /** Gets the focus back when the form closes. */
  buttonRef: RefCallback<HTMLButtonElement>;
  onToggleReport(): void;
  onSaved(updated: StoredCommitment, successor?: StoredCommitment): void;
  onTheirs(theirs: StoredCommitment): void;
  onCancel(): void;
}
