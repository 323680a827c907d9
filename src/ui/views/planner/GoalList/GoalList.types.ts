import type { Versioned } from '../../../../data/api';
import type { Goal } from '../../../../domain/goals';
import type { SaveStatus } from '../../../forms/useSave';
import type { GoalCardMode } from '../GoalCard/GoalCard.types';

export interface GoalListProps {
  mode: GoalCardMode;
  /** The goals of the cycle's current round. */
  goals: readonly Versioned<Goal>[];
  cycleId: string;
  round: number;
  readOnly: boolean;
  onGoalSaved(goal: Versioned<Goal>): void;
  onGoalDeleted(goalId: string): void;
  /** True while any goal has changes that are not saved. */
  onDirtyChange(dirty: boolean): void;
  onReload(): void;
  className?: string;
}

export interface GoalListItem {
  key: string;
  goal: Versioned<Goal> | undefined;
  newGoalId: string | undefined;
  index: number;
  priority: number;
  focusMove: 'up' | 'down' | undefined;
}

export interface GoalListState {
  className: string | undefined;
  mode: GoalCardMode;
  cycleId: string;
  round: number;
  readOnly: boolean;
  items: GoalListItem[];
  count: number;
  emptyText: string | null;
  addLabel: string;
  canAdd: boolean;
  onAdd(): void;
  onCancelNew(goalId: string): void;
  onMove(goalId: string, toIndex: number): void;
  moving: boolean;
  moveStatus: SaveStatus<Goal>;
  moveFailedText: string | null;
  onGoalSaved(goal: Versioned<Goal>): void;
  onGoalDeleted(goalId: string): void;
  onCardDirty(goalId: string, dirty: boolean): void;
  onReload(): void;
  conflict: { open: boolean; theirs: Goal | undefined; onKeepMine(): void; onTakeTheirs(): void };
}
