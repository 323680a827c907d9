import type { FormEvent, RefCallback } from 'react';
import type { Choice } from '../ReportForm/ReportForm.types';
import type { StoredCommitment, TrackerContext } from '../shared/tracker';

export interface PromiseFormProps {
  context: TrackerContext;
  onCreated(created: StoredCommitment): void;
  onCancel(): void;
  className?: string;
}

export interface PromiseFormField {
  label: string;
  value: string;
  onChange(value: string): void;
  error: string | undefined;
}

export interface PromiseFormSelect extends PromiseFormField {
  options: Choice[];
}

export interface PromiseFormState {
  className: string | undefined;
  headingId: string;
  heading: string;
  headingRef: RefCallback<HTMLHeadingElement>;
  /** The goals and meetings (and for the IB the staff) are still loading. */
  loading: boolean;
  loadingLabel: string;
  /** A warning that does not stop the form, e.g. the staff list failed. */
  warning: string | null;
  /** Only the IB and MT enter a promise for someone else. */
  owner: PromiseFormSelect | null;
  bouw: PromiseFormSelect;
  group: PromiseFormSelect;
  goal: PromiseFormSelect;
  madeAt: PromiseFormSelect;
  madeOn: PromiseFormField;
  dueMeeting: PromiseFormSelect & { hint: string };
  dueDate: PromiseFormField;
  text: PromiseFormField & { hint: string; count: string; over: boolean };
  otherErrors: string[];
  failedText: string | null;
  saving: boolean;
  saveLabel: string;
  cancelLabel: string;
  onSubmit(event: FormEvent<HTMLFormElement>): void;
  onCancel(): void;
}
