import type { FormEvent } from 'react';
import type { Versioned } from '../../../../data/api';
import type { Agreement } from '../../../../domain/talks/agreements';
import type { TrackStatus } from '../../../../domain/tracking';

export interface AgreementReportProps {
  /** The agreement as stored (with its etag). */
  item: Versioned<Agreement>;
  today: string;
  /** Saved; a renegotiation also hands over the new agreement. */
  onSaved(updated: Versioned<Agreement>, successor?: Versioned<Agreement>): void;
  onCancel(): void;
  className?: string;
}

export interface AgreementReportState {
  className: string | undefined;
  formLabel: string;
  outcomeLabel: string;
  outcomes: { value: TrackStatus; label: string }[];
  outcome: TrackStatus | '';
  outcomeError: string | undefined;
  whatWorkedLabel: string;
  whatWorked: string;
  whatWasHardLabel: string;
  whatWasHard: string;
  supportLabel: string;
  supportWanted: boolean;
  renegotiation: {
    textLabel: string;
    text: string;
    textError: string | undefined;
    dueLabel: string;
    dueDate: string;
    dueError: string | undefined;
  } | null;
  errors: ReadonlyMap<string, string>;
  failedText: string | null;
  saving: boolean;
  saveLabel: string;
  cancelLabel: string;
  conflict: { open: boolean; theirs: string; onKeepMine(): void; onTakeTheirs(): void };
  onOutcome(value: TrackStatus): void;
  onWhatWorked(value: string): void;
  onWhatWasHard(value: string): void;
  onSupportWanted(value: boolean): void;
  onNewText(value: string): void;
  onNewDueDate(value: string): void;
  onSubmit(event: FormEvent<HTMLFormElement>): void;
  onCancel(): void;
}
