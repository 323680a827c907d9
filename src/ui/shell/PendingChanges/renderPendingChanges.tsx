import { Button } from '@fluentui/react-components';
import type { PendingChangesState } from './PendingChanges.types';
import type { PendingChangesClasses } from './usePendingChangesStyles.styles';

export function renderPendingChanges(state: PendingChangesState, classes: PendingChangesClasses) {
  // The live region is always there, so a screen reader hears the count when it appears or changes.
  return (
    <div className={classes.root} role="status" aria-live="polite">
      {state.pendingText && (
        <div className={classes.bar}>
          <p className={classes.text}>{state.pendingText}</p>
          <Button size="small" appearance="primary" disabled={state.retrying} onClick={state.onRetry}>
            {state.retryLabel}
          </Button>
          <p className={classes.hint}>{state.hint}</p>
        </div>
      )}
      {state.failed.map((notice) => (
        <div key={notice.id} className={classes.failed}>
          <p className={classes.message}>{notice.text}</p>
          <Button size="small" onClick={() => state.onDismiss(notice.id)}>
            {state.dismissLabel}
          </Button>
        </div>
      ))}
    </div>
  );
}
