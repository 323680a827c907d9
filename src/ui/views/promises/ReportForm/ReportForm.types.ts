import type { FormEvent, RefCallback } from 'react';
import type { CommitmentStatus } from '../../../../domain/commitments';
import type { TheirVersion } from '../shared/theirs';
import type { StoredCommitment, TrackerContext } from '../shared/tracker';

export interface ReportFormProps {
  /** The promise as stored (with its etag): the report is written on top of this version. */
  item: StoredCommitment;
  context: TrackerContext;
  /** The meeting where the report is given (the check-in), when there is one. */
  atMeetingId?: string;
  /** The report is saved; a renegotiation also hands over the new promise. */
  onSaved(updated: StoredCommitment, successor?: StoredCommitment): void;
  /** Someone else reported first and this person took their version. */
  onTheirs(theirs: StoredCommitment): void;
  onCancel(): void;
  className?: string;
}

export interface Choice<V extends string = string> {
  value: V;
  label: string;
}

export interface ReportFormState {
  className: string | undefined;
  formRef: RefCallback<HTMLFormElement>;
  formLabel: string;
  outcomeLabel: string;
  outcomes: Choice<CommitmentStatus>[];
  outcome: CommitmentStatus | '';
  onOutcome(value: CommitmentStatus): void;
  outcomeError: string | undefined;

  whatWorkedLabel: string;
  whatWorked: string;
  onWhatWorked(value: string): void;
  whatWorkedError: string | undefined;
  whatWasHardLabel: string;
  whatWasHard: string;
  onWhatWasHard(value: string): void;
  whatWasHardError: string | undefined;
  supportLabel: string;
  supportWanted: boolean;
  onSupportWanted(value: boolean): void;

  /** Set when the outcome is "renegotiated": the new promise that replaces this one. */
  renegotiation: {
    textLabel: string;
    text: string;
    onText(value: string): void;
    textError: string | undefined;
    dueMeetingLabel: string;
    dueMeetingId: string;
    meetingOptions: Choice[];
    onDueMeeting(value: string): void;
    dueDateLabel: string;
    dueDate: string;
    onDueDate(value: string): void;
    dueDateError: string | undefined;
    dueHint: string;
  } | null;

  /** Refusals that belong to no input here. */
  otherErrors: string[];
  failedText: string | null;
  saving: boolean;
  saveLabel: string;
  cancelLabel: string;
  onSubmit(event: FormEvent<HTMLFormElement>): void;
  onCancel(): void;

  conflict: { open: boolean; theirs: TheirVersion | null; onKeepMine(): void; onTakeTheirs(): void };
}
