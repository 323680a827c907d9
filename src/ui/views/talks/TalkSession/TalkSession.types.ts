import type { ScheduledTalk, Versioned } from '../../../../data/api';
import type { Agreement } from '../../../../domain/talks/agreements';
import type { CalendarSlot } from '../../../../domain/talks/schedule';

export interface TalkSessionProps {
  talkId: string;
  /** 'panel': the 280 px meeting side panel; 'page': the record screen in the Gesprekken tab. */
  layout?: 'panel' | 'page';
  /** Offers "choose another talk" (the side panel). */
  onChangeTalk?: () => void;
  /** The record screen's way back. */
  onBack?: () => void;
  /** The clock for the agenda timer (epoch ms); tests pass their own. */
  now?: () => number;
  className?: string;
}

export interface SessionSections {
  agenda: string;
  prompts: string;
  glossary: string;
  notes: string;
  agreements: string;
  followUp: string;
  summary: string;
  stage: string;
}

interface TalkSessionCommon {
  className: string | undefined;
  layout: 'panel' | 'page';
  changeLabel: string;
  onChangeTalk: (() => void) | undefined;
  backLabel: string;
  onBack: (() => void) | undefined;
  now: (() => number) | undefined;
}

export type TalkSessionState =
  | (TalkSessionCommon & { status: 'loading'; label: string })
  | (TalkSessionCommon & { status: 'denied' })
  | (TalkSessionCommon & { status: 'missing'; text: string })
  | (TalkSessionCommon & { status: 'failed'; error: unknown; onRetry(): void })
  | (TalkSessionCommon & {
      status: 'ready';
      headingId: string;
      eyebrow: string;
      title: string;
      when: string;
      pupil: string;
      statusLabel: string;
      talk: Versioned<ScheduledTalk>;
      agreements: Versioned<Agreement>[];
      senderName: string;
      sections: SessionSections;
      /** In a meeting's side panel whose host can share to the stage. */
      canShareToStage: boolean;
      onTalkChanged(talk: Versioned<ScheduledTalk>): void;
      onAgreementCreated(agreement: Versioned<Agreement>): void;
      onFollowUpPlanned(followUp: Versioned<ScheduledTalk>, clashes: CalendarSlot[]): void;
    });
