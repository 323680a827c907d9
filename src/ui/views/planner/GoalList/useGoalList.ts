import { useCallback, useEffect, useRef, useState } from 'react';
import type { Versioned } from '../../../../data/api';
import { type Goal, reorderGoals } from '../../../../domain/goals';
import { useDataApi } from '../../../data/DataApiContext';
import { useSave } from '../../../forms/useSave';
import { useI18n } from '../../../i18n';
import { newId } from '../shared/saveStatus';
import type { GoalListItem, GoalListProps, GoalListState } from './GoalList.types';

/**
 * The goals of a round, in priority order, plus the goals being added. Moving a goal renumbers
 * all of them (domain: reorderGoals) and saves the ones whose place changed.
 */
export function useGoalList(props: GoalListProps): GoalListState {
  const { mode, goals, cycleId, round, readOnly, className, onDirtyChange, onGoalSaved, onGoalDeleted, onReload } = props;
  const api = useDataApi();
  const { messages } = useI18n();
  const t = messages.planner.goal;
  const [newIds, setNewIds] = useState<string[]>([]);
  const [dirty, setDirty] = useState<ReadonlySet<string>>(new Set());
  const [focus, setFocus] = useState<{ goalId: string; dir: 'up' | 'down' } | null>(null);
  const moveSave = useSave<Goal>();
  const latest = useRef(goals);
  latest.current = goals;
  const order = useRef<string[]>([]);

  const ordered = [...goals].sort((a, b) => a.value.priority - b.value.priority);
  const storedIds = new Set(goals.map((g) => g.value.id));
  // A new goal that has been saved is a stored goal from now on (same id, same card).
  const pending = newIds.filter((id) => !storedIds.has(id));
  const maxPriority = Math.max(0, ...goals.map((g) => g.value.priority));

  const onCardDirty = useCallback((goalId: string, isDirty: boolean) => {
    setDirty((current) => {
      if (current.has(goalId) === isDirty) return current;
      const next = new Set(current);
      if (isDirty) next.add(goalId);
      else next.delete(goalId);
      return next;
    });
  }, []);
  useEffect(() => onDirtyChange(dirty.size > 0), [dirty, onDirtyChange]);

  /** Saves every goal whose place differs from `order`; `theirs` replaces a goal someone else changed. */
  const applyOrder = async (theirs?: Versioned<Goal>) => {
    await moveSave.run(async () => {
      let last: Versioned<Goal> | undefined;
      const stored = new Map(latest.current.map((g) => [g.value.id, g]));
      if (theirs) stored.set(theirs.value.id, theirs);
      for (const [i, goalId] of order.current.entries()) {
        const current = stored.get(goalId);
        if (!current || current.value.priority === i + 1) continue;
        const { id: _id, ...rest } = current.value;
        last = await api.planner.updateGoal(current, { ...rest, priority: i + 1 });
        onGoalSaved(last);
      }
      return last ?? (stored.values().next().value as Versioned<Goal>);
    });
  };

  const onMove = (goalId: string, toIndex: number) => {
    const next = reorderGoals(
      ordered.map((g) => g.value),
      goalId,
      toIndex,
    );
    order.current = next.map((g) => g.id);
    setFocus({ goalId, dir: toIndex < ordered.findIndex((g) => g.value.id === goalId) ? 'up' : 'down' });
    void applyOrder();
  };

  const items: GoalListItem[] = [
    ...ordered.map((goal, index) => ({
      key: goal.value.id,
      goal,
      newGoalId: undefined,
      index,
      priority: goal.value.priority,
      focusMove: focus?.goalId === goal.value.id ? focus.dir : undefined,
    })),
    ...pending.map((id, i) => ({
      key: id,
      goal: undefined,
      newGoalId: id,
      index: ordered.length + i,
      priority: maxPriority + i + 1,
      focusMove: undefined,
    })),
  ];

  const status = moveSave.status;
  return {
    className,
    mode,
    cycleId,
    round,
    readOnly,
    items,
    count: ordered.length,
    emptyText: items.length === 0 ? t.none : null,
    addLabel: t.add,
    canAdd: mode === 'goal' && !readOnly,
    onAdd: () => setNewIds((ids) => [...ids, newId()]),
    onCancelNew: (goalId) => setNewIds((ids) => ids.filter((id) => id !== goalId)),
    onMove,
    moving: status.state === 'saving',
    moveStatus: status,
    moveFailedText: status.state === 'failed' ? messages.shell.saving.failed : null,
    onGoalSaved: (goal) => {
      onGoalSaved(goal);
    },
    onGoalDeleted,
    onCardDirty,
    onReload,
    conflict: {
      open: status.state === 'conflict',
      theirs: status.state === 'conflict' ? status.current?.value : undefined,
      onKeepMine: () => {
        if (status.state === 'conflict' && status.current) void applyOrder(status.current);
        else {
          moveSave.reset();
          onReload();
        }
      },
      onTakeTheirs: () => {
        moveSave.reset();
        onReload();
      },
    },
  };
}
