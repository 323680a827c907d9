import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { ConflictDialog } from '../../../forms/ConflictDialog';
import { GoalCard } from '../GoalCard/GoalCard';
import type { GoalListState } from './GoalList.types';
import type { GoalListClasses } from './useGoalListStyles.styles';

export function renderGoalList(state: GoalListState, classes: GoalListClasses) {
  return (
    <div className={classes.root}>
      {state.emptyText && <p className={classes.empty}>{state.emptyText}</p>}
      {state.items.length > 0 && (
        <ol className={classes.list}>
          {state.items.map((item) => (
            <li key={item.key}>
              <GoalCard
                mode={state.mode}
                {...(item.goal ? { goal: item.goal } : {})}
                {...(item.newGoalId ? { newGoalId: item.newGoalId } : {})}
                cycleId={state.cycleId}
                round={state.round}
                priority={item.priority}
                readOnly={state.readOnly}
                index={item.index}
                count={state.count}
                moving={state.moving}
                {...(item.focusMove ? { focusMove: item.focusMove } : {})}
                onMove={state.onMove}
                onSaved={state.onGoalSaved}
                onDeleted={state.onGoalDeleted}
                onCancelNew={state.onCancelNew}
                onDirtyChange={state.onCardDirty}
                onReload={state.onReload}
              />
            </li>
          ))}
        </ol>
      )}
      {state.moveFailedText && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{state.moveFailedText}</MessageBarBody>
        </MessageBar>
      )}
      {state.canAdd && (
        <Button className={classes.add} onClick={state.onAdd}>
          {state.addLabel}
        </Button>
      )}
      <ConflictDialog
        open={state.conflict.open}
        theirs={state.conflict.theirs ? <span className={classes.theirs}>{state.conflict.theirs.title}</span> : null}
        onKeepMine={state.conflict.onKeepMine}
        onTakeTheirs={state.conflict.onTakeTheirs}
      />
    </div>
  );
}
