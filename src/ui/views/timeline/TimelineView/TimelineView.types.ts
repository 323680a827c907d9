import type { ChangeCycle } from '../../../../domain/cycles';
import type { MeetingFigures } from '../../../../domain/dashboard/progress';
import type { Versioned } from '../../../../data/api';
import type { Meeting, ScorePoint, YearOfMeetings } from '../../../../domain/meetings';
import type { MeetingSuggestion } from '../../../../domain/timeline';
import type { MeetingEditorTarget } from '../MeetingEditor/MeetingEditor.types';

export interface TimelineViewProps {
  className?: string;
}

interface TimelineViewCommon {
  className: string | undefined;
  /** Names the view's region: the "Tijdspad" line, and in the ready state the cycle's title too. */
  labelledBy: string;
  headingId: string;
  eyebrowId: string;
  /** "Tijdspad". */
  heading: string;
}

export interface TimelineViewLoading extends TimelineViewCommon {
  status: 'loading';
  loadingLabel: string;
}

export interface TimelineViewFailed extends TimelineViewCommon {
  status: 'failed';
  /** What went wrong; FailedState words it (busy service or general failure). */
  error: unknown;
  onRetry(): void;
}

export interface TimelineViewEmpty extends TimelineViewCommon {
  status: 'empty';
  emptyText: string;
}

export interface TimelineViewReady extends TimelineViewCommon {
  status: 'ready';
  cycle: ChangeCycle;
  /** The cycle's own meetings. */
  meetings: Meeting[];
  years: YearOfMeetings[];
  /** Planned vs held in the cycle's school year; null when that year has no meetings. */
  yearFigures: MeetingFigures | null;
  /** Planned vs held per month, "YYYY-MM". */
  monthFigures: ReadonlyMap<string, MeetingFigures>;
  trend: ScorePoint[];
  today: string;
  /** True while the timeline is read again after a save; what was there stays in view. */
  refreshing: boolean;
  /** The next meeting as the domain proposes it. */
  suggestion: MeetingSuggestion;
  planNextButtonId: string;
  onPlanNext(): void;
  onEdit(meetingId: string): void;
  editButtonId(meetingId: string): string;
  /** What the meeting dialog is open for; null when it is closed. */
  editor: MeetingEditorTarget | null;
  onEditorSaved(saved: Versioned<Meeting>): void;
  onEditorClose(): void;
  onTheirsTaken(theirs: Versioned<Meeting>): void;
  /** Said politely to screen readers after a save ("… is opgeslagen."); empty otherwise. */
  announcement: string;
}

export type TimelineViewState = TimelineViewLoading | TimelineViewFailed | TimelineViewEmpty | TimelineViewReady;
