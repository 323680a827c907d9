import type { ScheduledTalk, Versioned } from '../../../../data/api';
import type { CalendarSlot } from '../../../../domain/talks/schedule';

export interface FollowUpPlannerProps {
  talk: Versioned<ScheduledTalk>;
  /** The follow-up is planned; this talk's record (and its agreements) changed with it. */
  onPlanned(followUp: Versioned<ScheduledTalk>, clashes: CalendarSlot[]): void;
  className?: string;
}

export interface FollowUpPlannerState {
  className: string | undefined;
  /** Set once a follow-up exists. */
  plannedText: string | null;
  joinUrl: string | null;
  joinLabel: string;
  clashNote: string | null;
  weeksLabel: string;
  weeks: number;
  weekOptions: { value: number; label: string }[];
  proposal: string;
  hint: string;
  planLabel: string;
  planningLabel: string;
  saving: boolean;
  failedText: string | null;
  onWeeks(value: number): void;
  onPlan(): void;
}
