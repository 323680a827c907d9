import type { RefCallback } from 'react';
import type { Versioned } from '../../../../data/api';
import type {
  EpsteinForm,
  Goal,
  GoalBenefits,
  InvolvementLevel,
  InvolvementLine,
  OnderwijsraadCondition,
} from '../../../../domain/goals';
import type { BenefitLevel } from '../../../../domain/goalMap';
import type { SaveStatus } from '../../../forms/useSave';

/** Which part of a goal the step works on: the goal itself (2), its benefits (4), its signs (6). */
export type GoalCardMode = 'goal' | 'benefits' | 'signs';

export interface GoalCardProps {
  mode: GoalCardMode;
  /** The stored goal; absent while a new goal is being written. */
  goal?: Versioned<Goal>;
  /** The id a new goal will be created with (made by the list, kept across retries). */
  newGoalId?: string;
  cycleId: string;
  round: number;
  /** Where a new goal goes: after the others. */
  priority: number;
  readOnly: boolean;
  /** Place in the priority order, for the move buttons. */
  index: number;
  count: number;
  /** True while a reorder is being saved: the move buttons wait. */
  moving?: boolean;
  /** After a move, which move button keeps the keyboard focus. */
  focusMove?: 'up' | 'down';
  onMove?(goalId: string, toIndex: number): void;
  onSaved(goal: Versioned<Goal>): void;
  onDeleted(goalId: string): void;
  /** A new goal that is not wanted after all. */
  onCancelNew?(goalId: string): void;
  onDirtyChange(goalId: string, dirty: boolean): void;
  /** "Take theirs": load everything again. */
  onReload(): void;
  className?: string;
}

/** The parts of a goal a person edits here; priority moves with the buttons, not by typing. */
export type GoalFields = Pick<Goal, 'title' | 'condition' | 'epsteinForm' | 'level' | 'line' | 'benefits' | 'signsOfProgress'>;

export interface TagOption {
  value: string;
  label: string;
}

export interface TagField<K extends keyof GoalFields = keyof GoalFields> {
  field: K;
  label: string;
  value: string;
  options: TagOption[];
  /** What the chosen value means (the framework's explanation). */
  hint: string | undefined;
  onChange(value: string): void;
}

export interface BenefitGroup {
  level: BenefitLevel;
  legend: string;
  lines: string[];
  onChange(lines: string[]): void;
}

export interface GoalCardState {
  className: string | undefined;
  mode: GoalCardMode;
  goalId: string;
  isNew: boolean;
  readOnly: boolean;
  headingId: string;
  /** "Doel 2" in goal mode; the goal's title (user text) when working on benefits or signs. */
  heading: string;
  unsavedLabel: string | null;
  status: SaveStatus<Goal>;
  /** Field messages of the last check or write. */
  errors: ReadonlyMap<string, string>;

  titleLabel: string;
  title: string;
  onTitleChange(value: string): void;
  /** A nudge when the goal sounds negative; never blocks saving. */
  phrasingHint: string | undefined;
  tagsLegend: string;
  tags: TagField[];
  /** Read-only: the chosen tags as words. */
  tagSummary: string[];

  benefitGroups: BenefitGroup[];
  benefitItemLabel: string;
  signsLegend: string;
  signsItemLabel: string;
  signs: string[];
  onSignsChange(lines: string[]): void;

  saveLabel: string;
  saving: boolean;
  onSave(): void;
  failedText: string | null;
  otherErrors: string[];

  moveUpLabel: string;
  moveDownLabel: string;
  canMoveUp: boolean;
  canMoveDown: boolean;
  moving: boolean;
  onMoveUp(): void;
  onMoveDown(): void;
  moveUpRef: RefCallback<HTMLButtonElement>;
  moveDownRef: RefCallback<HTMLButtonElement>;

  deleteLabel: string;
  cancelLabel: string;
  onDeleteRequest(): void;
  onCancelNew(): void;
  confirmDelete: {
    open: boolean;
    heading: string;
    body: string;
    confirmLabel: string;
    cancelLabel: string;
    onConfirm(): void;
    onCancel(): void;
  };

  conflict: {
    open: boolean;
    theirs: Goal | undefined;
    onKeepMine(): void;
    onTakeTheirs(): void;
  };
  /** Words for their version in the conflict dialog. */
  labels: { title: string; benefits: string; signs: string; levels: Record<BenefitLevel, string> };
}

export type { GoalBenefits, OnderwijsraadCondition, EpsteinForm, InvolvementLevel, InvolvementLine };
