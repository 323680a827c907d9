import type { FormEvent, RefObject } from 'react';
import type { ScheduledTalk, Versioned } from '../../../../data/api';
import type { StaffMember } from '../../../../domain/people';
import type { CalendarSlot } from '../../../../domain/talks/schedule';
import type { Pupil, TalkMode, TalkRole, TalkType } from '../../../../domain/talks/types';
import type { Messages } from '../../../i18n';
import type { AgendaEditorProps } from '../AgendaEditor/AgendaEditor.types';
import type { QuestionsEditorProps } from '../QuestionsEditor/QuestionsEditor.types';
import type { TalkFormValues } from './talkForm';

export interface TalkFormProps {
  /** Every pupil known to Driehoek (first name and group), to choose from. */
  pupils: Versioned<Pupil>[];
  /** The organiser, who is the first person from school; null when not on the staff list. */
  me: StaffMember | null;
  /** School date the form counts from (its default date is the day after). */
  today: string;
  /** Planned: the stored talk, and the clashes the teacher chose to plan over (may be empty). */
  onPlanned(planned: Versioned<ScheduledTalk>, clashes: CalendarSlot[]): void;
  onCancel(): void;
  className?: string;
}

export interface Option<V extends string | number = string> {
  value: V;
  label: string;
}

export interface ClashLine {
  key: string;
  text: string;
}

export interface TalkFormState {
  className: string | undefined;
  /** The form element: after a refusal, focus goes to its first refused field. */
  formRef: RefObject<HTMLFormElement>;
  headingId: string;
  t: Messages['talks']['ui']['form'];
  values: TalkFormValues;
  /** Refusals by field ("parents.0.email", "end", …), worded for the form. */
  errors: ReadonlyMap<string, string>;
  /** Refusals that belong to no input. */
  otherErrors: string[];
  typeOptions: Option<TalkType>[];
  typeHint: string;
  pupilOptions: Option[];
  groupOptions: Option[];
  householdOptions: Option<number>[];
  roleOptions: Option<TalkRole>[];
  /** Colleagues from the staff list to choose from; null while unknown (then only typing in works). */
  colleagues: null | {
    label: string;
    hint: string;
    staff: StaffMember[];
    selected: string[];
    meUpn: string | undefined;
    onChange(upns: string[]): void;
  };
  modeOptions: Option<TalkMode>[];
  /** Shown when the chosen pupil is in group 6 or higher. */
  childSuggestion: string | null;
  durationText: string | null;
  showPreTalk: boolean;
  agenda: AgendaEditorProps;
  questions: QuestionsEditorProps;
  /** Texts typed into the agenda and questions, for the privacy reminder. */
  typedTexts: string;
  clashes: { heading: string; body: string; lines: ClashLine[]; planAnyway: string; change: string } | null;
  failedText: string | null;
  saving: boolean;
  savingLabel: string;
  submitLabel: string;
  cancelLabel: string;

  setType(type: TalkType): void;
  setPupilChoice(value: string): void;
  setNewPupil(field: 'firstName' | 'group', value: string): void;
  setChildJoins(value: boolean): void;
  setParent(index: number, field: 'name' | 'email' | 'household', value: string): void;
  addParent(): void;
  removeParent(index: number): void;
  setStaff(index: number, field: 'name' | 'email' | 'role', value: string): void;
  addStaff(): void;
  removeStaff(index: number): void;
  setMode(mode: TalkMode): void;
  setLocation(value: string): void;
  setDate(value: string): void;
  setStart(value: string): void;
  setEnd(value: string): void;
  setPreTalk(value: boolean): void;
  onSubmit(event: FormEvent): void;
  onPlanAnyway(): void;
  onChangeTime(): void;
  onCancel(): void;
  labels: {
    parent(n: number): string;
    removeParent(n: number): string;
    staffMember(n: number): string;
    removeStaff(n: number): string;
  };
}
