import { Button } from '@fluentui/react-components';
import type { RetentionJobState } from './RetentionJob.types';
import type { RetentionJobClasses } from './useRetentionJobStyles.styles';

export function renderRetentionJob(state: RetentionJobState, classes: RetentionJobClasses) {
  // The live region is always there, so a screen reader hears the report when it appears.
  return (
    <div className={classes.root} role="status" aria-live="polite">
      {state.text && (
        <div className={classes.bar}>
          <p className={classes.text}>{state.text}</p>
          <Button size="small" onClick={state.onDismiss}>
            {state.dismissLabel}
          </Button>
        </div>
      )}
    </div>
  );
}
