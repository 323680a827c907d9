import type { Ref } from 'react';
import type { Versioned } from '../../../../data/api';
import type { ChangeCycle } from '../../../../domain/cycles';
import type { Goal, StepRecord } from '../../../../domain/goals';
import type { StepProgress, StepState } from '../../../../domain/guidedPath';
import type { Meeting } from '../../../../domain/meetings';
import type { CaptureStore } from '../../../../domain/stepCaptures';
import type { StepNumber } from '../../../../domain/steps';
import type { GoalCardMode } from '../GoalCard/GoalCard.types';

export interface StepCompletion {
  cycle: Versioned<ChangeCycle>;
  record: Versioned<StepRecord>;
}

export interface StepPanelProps {
  cycle: Versioned<ChangeCycle>;
  step: StepNumber;
  /** The step's place on the path: done (when, in which meeting), current or still to come. */
  progress: StepProgress;
  /** The team's current step in this round; null when the round is done. */
  currentStep: StepNumber | null;
  /** Every step record of the cycle, oldest first. */
  records: readonly Versioned<StepRecord>[];
  /** The goals of the cycle's current round. */
  goals: readonly Versioned<Goal>[];
  meetings: readonly Versioned<Meeting>[];
  readOnly: boolean;
  today: string;
  /** The panel's heading, so the view can move the focus to it when a step is opened. */
  headingRef?: Ref<HTMLHeadingElement>;
  onCompleted(result: StepCompletion): void;
  onGoalSaved(goal: Versioned<Goal>): void;
  onGoalDeleted(goalId: string): void;
  onReload(): void;
  className?: string;
}

export interface Option {
  value: string;
  label: string;
}

export interface TextInputState {
  label: string;
  hint?: string;
  value: string;
  error: string | undefined;
  onChange(value: string): void;
}

export interface StepPanelState {
  className: string | undefined;
  headingId: string;
  headingRef: Ref<HTMLHeadingElement> | undefined;
  heading: string;
  stepState: StepState;
  stateLabel: string;
  /** "Gedaan op … tijdens …" and "2 keer gedaan", when the step was done. */
  doneText: string | null;
  timesText: string | null;

  purpose: string;
  promptsHeading: string;
  prompts: string[];
  capturesHeading: string;
  captures: string;

  store: CaptureStore;
  readOnly: boolean;
  /** The step is further on than the team: why it cannot be done yet. */
  notReachedText: string | null;

  dream: TextInputState | null;
  goalMode: GoalCardMode | null;
  goalProps: {
    goals: readonly Versioned<Goal>[];
    cycleId: string;
    round: number;
    onGoalSaved(goal: Versioned<Goal>): void;
    onGoalDeleted(goalId: string): void;
    onDirtyChange(dirty: boolean): void;
    onReload(): void;
  };
  lines: {
    legend: string;
    itemLabel: string;
    lines: string[];
    onChange(lines: string[]): void;
    errors: ReadonlyMap<string, string>;
  } | null;
  score: (TextInputState & { readOnlyValue: string | null }) | null;
  promises: { hint: string; linkLabel: string; href: string } | null;
  notes: TextInputState;
  meeting: { label: string; value: string; options: Option[]; onChange(value: string): void };

  completeLabel: string;
  saving: boolean;
  onComplete(): void;
  /** Messages above the button: rule refusals, a failed save, unsaved goals. */
  messages: string[];

  conflict: { open: boolean; theirs: ChangeCycle | undefined; onKeepMine(): void; onTakeTheirs(): void };
  theirsLabels: { title: string; dream: string; steps: string };
}
