import type { ScheduledTalk, Versioned } from '../../../../data/api';

export interface CancelDialogProps {
  /** The talk to cancel; null keeps the dialog closed. */
  target: Versioned<ScheduledTalk> | null;
  /** Cancelled (or their version taken after a conflict). */
  onDone(stored: Versioned<ScheduledTalk>, cancelled: boolean): void;
  onClose(): void;
}

export interface CancelDialogState {
  open: boolean;
  heading: string;
  body: string;
  when: string;
  confirmLabel: string;
  keepLabel: string;
  failedText: string | null;
  saving: boolean;
  conflict: { open: boolean; theirs: string; onKeepMine(): void; onTakeTheirs(): void };
  onConfirm(): void;
  onKeep(): void;
}
