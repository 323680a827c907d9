import type { ChangeCycle } from '../../../../domain/cycles';
import type { MeetingFigures } from '../../../../domain/dashboard/progress';
import type { Meeting, ScorePoint, YearOfMeetings } from '../../../../domain/meetings';

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
}

export type TimelineViewState = TimelineViewLoading | TimelineViewFailed | TimelineViewEmpty | TimelineViewReady;
