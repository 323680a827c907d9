import type { Meeting, MeetingStatus } from '../../../../domain/meetings';
import type { StepNumber } from '../../../../domain/steps';

export interface MeetingItemProps {
  meeting: Meeting;
  /** ISO date of today: a planned meeting before it was never marked held. */
  today: string;
  /** Shows an edit button on the meeting; left out, the item is read-only. */
  onEdit?(meetingId: string): void;
  /** Id for the edit button, so focus can come back to it after the dialog. */
  editButtonId?: string;
  className?: string;
}

export interface MeetingStepLabel {
  step: StepNumber;
  /** "Stap 2: Doelen kiezen". */
  label: string;
}

export interface MeetingItemState {
  className: string | undefined;
  /** User text. */
  title: string;
  date: string;
  dateLabel: string;
  typeLabel: string;
  status: MeetingStatus;
  statusLabel: string;
  /** Set when the meeting is past its date and still planned. */
  notRecordedLabel: string | null;
  /** User text; empty when there is none. */
  purpose: string;
  stepsLabel: string;
  steps: MeetingStepLabel[];
  scoreLabel: string;
  /** The score written for the locale; null when none was given. */
  score: string | null;
  minutesLabel: string;
  /** User text, line breaks kept; empty when there are none. */
  minutes: string;
  /** The edit button; null when the item is read-only. */
  edit: { id: string | undefined; label: string; accessibleLabel: string; onClick(): void } | null;
}
