import type { FormEvent, RefObject } from 'react';
import type { Versioned } from '../../../../data/api';
import type { Meeting, MeetingStatus, MeetingType } from '../../../../domain/meetings';
import type { StepNumber } from '../../../../domain/steps';
import type { MeetingFormValues } from './meetingForm';

/** What the dialog is open for. */
export type MeetingEditorTarget =
  /** A new meeting, prefilled (its id made once, so a retried save never duplicates it). */
  | { mode: 'create'; meeting: Meeting }
  /** A meeting as the timeline shows it; the editor loads the stored version (with its etag). */
  | { mode: 'edit'; meeting: Meeting };

export interface MeetingEditorProps {
  /** Null keeps the dialog closed. */
  target: MeetingEditorTarget | null;
  /** The meeting was saved; the dialog is done. */
  onSaved(saved: Versioned<Meeting>): void;
  /** The person closed the dialog without saving. */
  onClose(): void;
  /** After a conflict the person took the other version: the timeline should show it. */
  onTheirsTaken?(theirs: Versioned<Meeting>): void;
}

export interface MeetingEditorOption<T extends string | number> {
  value: T;
  label: string;
}

/** Their version of the meeting as the conflict dialog shows it: label and value, all text. */
export interface MeetingSummaryLine {
  label: string;
  value: string;
}

export type MeetingEditorBody =
  | { kind: 'loading'; label: string }
  | { kind: 'failed'; error: unknown; onRetry(): void }
  | { kind: 'missing'; text: string }
  | { kind: 'form' };

export interface MeetingEditorField {
  label: string;
  hint?: string;
  /** The message under the field when the last save was refused; undefined when fine. */
  error: string | undefined;
}

export interface MeetingEditorState {
  open: boolean;
  heading: string;
  body: MeetingEditorBody;
  values: MeetingFormValues;
  /** The first field, focused when an edit's stored meeting has loaded. */
  titleRef: RefObject<HTMLInputElement>;
  formRef: RefObject<HTMLFormElement>;
  fields: {
    type: MeetingEditorField;
    title: MeetingEditorField;
    date: MeetingEditorField;
    purpose: MeetingEditorField;
    steps: MeetingEditorField;
    status: MeetingEditorField;
    score: MeetingEditorField;
    minutes: MeetingEditorField;
  };
  typeOptions: MeetingEditorOption<MeetingType>[];
  statusOptions: MeetingEditorOption<MeetingStatus>[];
  stepOptions: MeetingEditorOption<StepNumber>[];
  /** The score field is there only for a held meeting. */
  showScore: boolean;
  /** Minutes are written afterwards: the field is there once the meeting was held or cancelled (or has some). */
  showMinutes: boolean;
  /** Refusals that belong to no field of the form (e.g. the cycle was archived meanwhile). */
  formErrors: string[];
  /** Set when the save failed (nothing changed). */
  failedText: string | null;
  saving: boolean;
  saveLabel: string;
  cancelLabel: string;
  conflict: { open: boolean; theirs: MeetingSummaryLine[] };
  setText(field: 'title' | 'date' | 'purpose' | 'score' | 'minutes', value: string): void;
  setType(type: MeetingType): void;
  setStatus(status: MeetingStatus): void;
  toggleStep(step: StepNumber, checked: boolean): void;
  onSubmit(event: FormEvent): void;
  onCancel(): void;
  onKeepMine(): void;
  onTakeTheirs(): void;
}
