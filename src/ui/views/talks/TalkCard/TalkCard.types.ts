import type { ScheduledTalk, Versioned } from '../../../../data/api';
import type { TalkStatus } from '../../../../domain/talks/types';

export interface TalkCardProps {
  talk: Versioned<ScheduledTalk>;
  headingLevel?: 3 | 4;
  onReschedule(talk: Versioned<ScheduledTalk>): void;
  onCancel(talk: Versioned<ScheduledTalk>): void;
  onRecord(talk: Versioned<ScheduledTalk>): void;
  onExport(talk: Versioned<ScheduledTalk>): void;
  /** The export of this card's pupil is being made. */
  exporting?: boolean;
  className?: string;
}

export interface TalkCardState {
  className: string | undefined;
  headingId: string;
  headingLevel: 3 | 4;
  title: string;
  status: TalkStatus;
  statusLabel: string;
  when: string;
  pupil: string;
  where: string;
  people: string;
  facts: string[];
  joinUrl: string | null;
  joinLabel: string;
  calendarUrl: string | null;
  calendarLabel: string;
  actionsLabel: string;
  canChange: boolean;
  rescheduleLabel: string;
  cancelLabel: string;
  recordLabel: string;
  exportLabel: string;
  exportHint: string;
  exporting: boolean;
  onReschedule(): void;
  onCancel(): void;
  onRecord(): void;
  onExport(): void;
}
