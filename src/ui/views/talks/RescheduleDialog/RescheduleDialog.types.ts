import type { FormEvent } from 'react';
import type { ScheduledTalk, Versioned } from '../../../../data/api';
import type { CalendarSlot } from '../../../../domain/talks/schedule';

export interface RescheduleDialogProps {
  /** The talk to move; null keeps the dialog closed. */
  target: Versioned<ScheduledTalk> | null;
  /** Moved (or, after a conflict, their version taken): the talk as stored now. */
  onDone(stored: Versioned<ScheduledTalk>, clashes: CalendarSlot[], moved: boolean): void;
  onClose(): void;
}

export interface RescheduleDialogState {
  open: boolean;
  heading: string;
  body: string;
  dateLabel: string;
  startLabel: string;
  endLabel: string;
  date: string;
  start: string;
  end: string;
  errors: ReadonlyMap<string, string>;
  durationText: string | null;
  clashes: { heading: string; lines: { key: string; text: string }[]; planAnyway: string } | null;
  failedText: string | null;
  saving: boolean;
  saveLabel: string;
  savingLabel: string;
  cancelLabel: string;
  conflict: { open: boolean; theirs: string; onKeepMine(): void; onTakeTheirs(): void };
  setDate(value: string): void;
  setStart(value: string): void;
  setEnd(value: string): void;
  onSubmit(event: FormEvent): void;
  onPlanAnyway(): void;
  onCancel(): void;
}
