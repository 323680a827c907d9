import type { ScheduledTalk, Versioned } from '../../../../data/api';
import type { StaffMember } from '../../../../domain/people';
import type { Agreement } from '../../../../domain/talks/agreements';
import type { CalendarSlot } from '../../../../domain/talks/schedule';
import type { Pupil } from '../../../../domain/talks/types';

export interface TalksViewProps {
  className?: string;
}

export type TalksTab = 'upcoming' | 'mine' | 'pupils';

export type TalksMode =
  | { kind: 'list' }
  | { kind: 'plan'; key: number }
  | { kind: 'planned'; planned: Versioned<ScheduledTalk>; clashes: CalendarSlot[] }
  | { kind: 'record'; talkId: string };

interface TalksViewCommon {
  className: string | undefined;
  headingId: string;
  heading: string;
  intro: string;
  announcement: string;
}

export type TalksViewState =
  | (TalksViewCommon & { status: 'loading'; label: string })
  | (TalksViewCommon & { status: 'denied' })
  | (TalksViewCommon & { status: 'failed'; error: unknown; onRetry(): void })
  | (TalksViewCommon & {
      status: 'ready';
      mode: TalksMode;
      today: string;
      me: StaffMember | null;
      pupils: Versioned<Pupil>[];
      /** The signed-in person's agreements, read with the list for the agreements panel. */
      myAgreements: Versioned<Agreement>[] | undefined;
      refreshing: boolean;
      planLabel: string;
      onPlan(): void;
      tabsLabel: string;
      tab: TalksTab;
      tabs: { value: TalksTab; label: string }[];
      onTab(tab: TalksTab): void;
      talks: Versioned<ScheduledTalk>[];
      emptyText: string;
      exporting: string | null;
      exportError: string | null;
      onExport(talk: Versioned<ScheduledTalk>): void;
      onRecord(talk: Versioned<ScheduledTalk>): void;
      rescheduleTarget: Versioned<ScheduledTalk> | null;
      onReschedule(talk: Versioned<ScheduledTalk> | null): void;
      onRescheduled(stored: Versioned<ScheduledTalk>, clashes: CalendarSlot[], moved: boolean): void;
      cancelTarget: Versioned<ScheduledTalk> | null;
      onCancelTalk(talk: Versioned<ScheduledTalk> | null): void;
      onCancelled(stored: Versioned<ScheduledTalk>, cancelled: boolean): void;
      onPlanned(planned: Versioned<ScheduledTalk>, clashes: CalendarSlot[]): void;
      onBack(): void;
      /** The pupils tab changed something (marked left, retention ran): read again. */
      onPupilsChanged(): void;
      onAnnounce(text: string): void;
    });
