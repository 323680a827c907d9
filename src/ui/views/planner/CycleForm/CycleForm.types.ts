import type { Versioned } from '../../../../data/api';
import type { ChangeCycle } from '../../../../domain/cycles';
import type { StaffMember } from '../../../../domain/people';

export interface CycleFormProps {
  mode: 'create' | 'edit';
  /** The stored cycle being edited (edit mode). */
  current?: Versioned<ChangeCycle>;
  /** The staff to choose the coach and the veranderteam from. */
  staff: readonly StaffMember[];
  today: string;
  /** The status a new cycle starts in: draft while another cycle is active. */
  defaultStatus?: 'draft' | 'active';
  onSaved(cycle: Versioned<ChangeCycle>, created: boolean): void;
  /** Absent when there is nothing to go back to (the school has no cycle yet). */
  onCancel?: () => void;
  /** "Take theirs" after a conflict: load everything again. */
  onReload(): void;
  className?: string;
}

export interface Choice {
  value: string;
  label: string;
}

export interface CycleFormState {
  className: string | undefined;
  headingId: string;
  heading: string;
  labels: {
    title: string;
    dream: string;
    dreamHint: string;
    schoolYear: string;
    coach: string;
    members: string;
    membersHint: string;
    status: string;
    statusHint: string;
  };
  errors: ReadonlyMap<string, string>;
  title: string;
  dream: string;
  schoolYear: string;
  coachUpn: string;
  memberUpns: ReadonlySet<string>;
  status: string;
  schoolYears: Choice[];
  coaches: Choice[];
  members: Choice[];
  statuses: Choice[];
  onTitleChange(value: string): void;
  onDreamChange(value: string): void;
  onSchoolYearChange(value: string): void;
  onCoachChange(value: string): void;
  onMemberToggle(upn: string, checked: boolean): void;
  onStatusChange(value: string): void;
  submitLabel: string;
  cancelLabel: string;
  saving: boolean;
  onSubmit(): void;
  onCancel: (() => void) | undefined;
  /** Rule refusals and failures that belong to no single input. */
  messages: string[];
  conflict: { open: boolean; theirs: ChangeCycle | undefined; onKeepMine(): void; onTakeTheirs(): void };
  /** Words for their version in the conflict dialog. */
  theirsStatus: (status: ChangeCycle['status']) => string;
}
