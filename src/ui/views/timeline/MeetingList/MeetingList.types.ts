import type { MeetingFigures } from '../../../../domain/dashboard/progress';
import type { Meeting, YearOfMeetings } from '../../../../domain/meetings';
import type { SchoolYear } from '../../../../domain/schoolYear';

export interface MeetingListProps {
  /** The meetings grouped per school year and month (groupTimeline from the domain). */
  years: readonly YearOfMeetings[];
  /** Planned vs held per month ("YYYY-MM", from timelineCounts); a month without figures shows none. */
  monthFigures: ReadonlyMap<string, MeetingFigures>;
  /** ISO date of today. */
  today: string;
  /** Gives every meeting an edit button; left out, the list is read-only. */
  onEdit?(meetingId: string): void;
  /** Id of a meeting's edit button (for focus after the dialog). */
  editButtonId?(meetingId: string): string;
  className?: string;
}

export interface MeetingListMonth {
  month: string;
  headingId: string;
  /** "september 2025". */
  heading: string;
  /** "1 van 2 gehouden"; null when nothing was planned that month. */
  summary: string | null;
  meetings: readonly Meeting[];
}

export interface MeetingListYear {
  schoolYear: SchoolYear;
  headingId: string;
  heading: string;
  months: MeetingListMonth[];
}

export interface MeetingListState {
  className: string | undefined;
  today: string;
  onEdit: ((meetingId: string) => void) | undefined;
  editButtonId: ((meetingId: string) => string) | undefined;
  years: MeetingListYear[];
  /** Shown when there are no meetings at all. */
  emptyText: string | null;
}
