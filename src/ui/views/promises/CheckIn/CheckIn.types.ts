import type { Choice } from '../ReportForm/ReportForm.types';
import type { CheckInCardProps } from './CheckInCard.types';
import type { TrackerContext } from '../shared/tracker';

export interface CheckInProps {
  context: TrackerContext;
  className?: string;
}

export interface CheckInGroup {
  /** Heading of the bouw. */
  label: string;
  cards: CheckInCardProps[];
}

interface CheckInCommon {
  className: string | undefined;
  heading: string;
  headingId: string;
  intro: string;
  picker: { label: string; value: string; options: Choice[]; onChange(meetingId: string): void } | null;
}

export interface CheckInNoMeetings extends CheckInCommon {
  status: 'noMeetings';
  text: string;
}

export interface CheckInLoading extends CheckInCommon {
  status: 'loading';
  loadingLabel: string;
}

export interface CheckInFailed extends CheckInCommon {
  status: 'failed';
  error: unknown;
  onRetry(): void;
}

export interface CheckInReady extends CheckInCommon {
  status: 'ready';
  countLabel: string;
  emptyText: string;
  groups: CheckInGroup[];
}

export type CheckInState = CheckInNoMeetings | CheckInLoading | CheckInFailed | CheckInReady;
