import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { SummaryReviewState } from './SummaryReview.types';
import type { SummaryReviewClasses } from './useSummaryReviewStyles.styles';

export function renderSummaryReview(state: SummaryReviewState, classes: SummaryReviewClasses) {
  return (
    <div className={classes.root}>
      <p className={classes.intro}>{state.intro}</p>
      <dl className={classes.meta}>
        <dt className={classes.term}>{state.toLabel}</dt>
        <dd className={classes.value}>{state.recipients}</dd>
        <dt className={classes.term}>{state.subjectLabel}</dt>
        <dd className={classes.value}>{state.subject}</dd>
      </dl>
      <p className={classes.previewLabel}>{state.previewLabel}</p>
      {/* Focusable so keyboard users can scroll a long summary. */}
      <div className={classes.preview} tabIndex={0} role="document" aria-label={state.previewLabel}>
        {state.preview}
      </div>
      {state.sentText && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{state.sentText}</MessageBarBody>
        </MessageBar>
      )}
      {state.stillSendingText && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{state.stillSendingText}</MessageBarBody>
        </MessageBar>
      )}
      {state.alreadySentText && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{state.alreadySentText}</MessageBarBody>
        </MessageBar>
      )}
      {state.failedText && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{state.failedText}</MessageBarBody>
        </MessageBar>
      )}
      <div className={classes.actions}>
        <Button appearance={state.sentText ? 'secondary' : 'primary'} onClick={state.onSend} disabledFocusable={state.saving}>
          {state.sendLabel}
        </Button>
        {state.canMarkHeld && (
          <Button onClick={state.onMarkHeld} disabledFocusable={state.saving}>
            {state.markHeldLabel}
          </Button>
        )}
        {state.saving && <Spinner size="tiny" label={state.sendingLabel} />}
      </div>
      {state.heldText && <p className={classes.intro}>{state.heldText}</p>}
    </div>
  );
}
