import type { RefObject } from 'react';
import type { PlannerSnapshot, Versioned } from '../../../../data/api';
import type { ChangeCycle } from '../../../../domain/cycles';
import type { Goal } from '../../../../domain/goals';
import type { StepProgress } from '../../../../domain/guidedPath';
import type { StaffMember } from '../../../../domain/people';
import type { StepNumber } from '../../../../domain/steps';
import type { StepCompletion } from '../StepPanel/StepPanel.types';

export interface PlannerViewProps {
  className?: string;
}

export type PlannerMode = 'view' | 'create' | 'edit';

interface PlannerViewCommon {
  className: string | undefined;
  labelledBy: string;
  headingId: string;
  eyebrowId: string;
  /** "Veranderplan". */
  heading: string;
  /** Said (and shown) after a save: "Stap 3 is vastgelegd." */
  announcement: string;
  today: string;
  mode: PlannerMode;
  cycles: readonly Versioned<ChangeCycle>[];
  selectedId: string | null;
  onSelectCycle(cycleId: string): void;
  onNewCycle(): void;
  onCancelForm(): void;
  onCycleSaved(cycle: Versioned<ChangeCycle>, created: boolean): void;
  onReload(): void;
}

export interface PlannerViewLoading extends PlannerViewCommon {
  status: 'loading';
  loadingLabel: string;
}

export interface PlannerViewFailed extends PlannerViewCommon {
  status: 'failed';
  error: unknown;
  onRetry(): void;
}

/** The school has no cycle yet: the form to start one. */
export interface PlannerViewEmpty extends PlannerViewCommon {
  status: 'empty';
  emptyText: string;
  staff: readonly StaffMember[];
}

export interface PlannerViewReady extends PlannerViewCommon {
  status: 'ready';
  snapshot: PlannerSnapshot;
  cycle: Versioned<ChangeCycle>;
  readOnly: boolean;
  /** The goals of the cycle's current round, stored and as values (for the map). */
  roundGoals: Versioned<Goal>[];
  roundGoalValues: Goal[];
  progress: StepProgress[];
  currentStep: StepNumber | null;
  selectedStep: StepNumber;
  selectedProgress: StepProgress;
  onSelectStep(step: StepNumber): void;
  panelId: string;
  panelKey: string;
  panelHeadingRef: RefObject<HTMLHeadingElement>;
  onEdit(): void;
  onSummarySaved(cycle: Versioned<ChangeCycle>, announce?: string): void;
  onCycleCreated(cycle: Versioned<ChangeCycle>): void;
  onStepCompleted(result: StepCompletion): void;
  onGoalSaved(goal: Versioned<Goal>): void;
  onGoalDeleted(goalId: string): void;
}

export type PlannerViewState = PlannerViewLoading | PlannerViewFailed | PlannerViewEmpty | PlannerViewReady;
