import type { ScheduledTalk, Versioned } from '../../../../data/api';
import type { CalendarSlot } from '../../../../domain/talks/schedule';

export interface PlanResultProps {
  planned: Versioned<ScheduledTalk>;
  /** Events the teacher planned over. */
  clashes: readonly CalendarSlot[];
  onBack(): void;
  onAnother(): void;
  className?: string;
}

export interface PlanResultState {
  className: string | undefined;
  headingId: string;
  heading: string;
  title: string;
  when: string;
  body: string;
  clashNote: string | null;
  joinLabel: string;
  joinUrl: string | null;
  /** The link's words: "Deelnemen in Teams". */
  joinText: string;
  noLinkText: string;
  calendarLabel: string;
  calendarUrl: string | null;
  backLabel: string;
  anotherLabel: string;
  /** Null where the browser offers no clipboard. */
  copyLabel: string | null;
  announcement: string;
  onCopy(): void;
  onBack(): void;
  onAnother(): void;
}
