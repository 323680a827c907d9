import type { ScheduledTalk, Versioned } from '../../../../data/api';
import type { Agreement } from '../../../../domain/talks/agreements';

export interface SummaryReviewProps {
  talk: Versioned<ScheduledTalk>;
  agreements: readonly Versioned<Agreement>[];
  /** Who signs the mail (the signed-in staff member). */
  senderName: string;
  /** Sent or marked held: the talk as stored now. */
  onChanged(talk: Versioned<ScheduledTalk>): void;
  className?: string;
}

export interface SummaryReviewState {
  className: string | undefined;
  intro: string;
  toLabel: string;
  recipients: string;
  subjectLabel: string;
  subject: string;
  previewLabel: string;
  preview: string;
  /** "Verstuurd op …" once sent. */
  sentText: string | null;
  alreadySentText: string | null;
  /** An earlier attempt may still be on its way (its answer was lost): wait before sending again. */
  stillSendingText: string | null;
  sendLabel: string;
  sendingLabel: string;
  saving: boolean;
  failedText: string | null;
  heldText: string | null;
  markHeldLabel: string;
  canMarkHeld: boolean;
  onSend(): void;
  onMarkHeld(): void;
}
