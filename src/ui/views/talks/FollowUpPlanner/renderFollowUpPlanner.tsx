import { Button, Field, Link, MessageBar, MessageBarBody, Select, Spinner } from '@fluentui/react-components';
import type { FollowUpPlannerState } from './FollowUpPlanner.types';
import type { FollowUpPlannerClasses } from './useFollowUpPlannerStyles.styles';

export function renderFollowUpPlanner(state: FollowUpPlannerState, classes: FollowUpPlannerClasses) {
  if (state.plannedText) {
    return (
      <div className={classes.root} role="status">
        <p className={classes.planned}>{state.plannedText}</p>
        {state.clashNote && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{state.clashNote}</MessageBarBody>
          </MessageBar>
        )}
        {state.joinUrl && (
          <Link href={state.joinUrl} target="_blank" rel="noopener noreferrer">
            {state.joinLabel}
          </Link>
        )}
      </div>
    );
  }
  return (
    <div className={classes.root}>
      <Field label={state.weeksLabel}>
        <Select value={String(state.weeks)} onChange={(_, d) => state.onWeeks(Number(d.value))}>
          {state.weekOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
      <p className={classes.proposal} aria-live="polite">
        {state.proposal}
      </p>
      <p className={classes.hint}>{state.hint}</p>
      {state.failedText && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{state.failedText}</MessageBarBody>
        </MessageBar>
      )}
      <div className={classes.actions}>
        <Button appearance="primary" onClick={state.onPlan} disabledFocusable={state.saving}>
          {state.planLabel}
        </Button>
        {state.saving && <Spinner size="tiny" label={state.planningLabel} />}
      </div>
    </div>
  );
}
