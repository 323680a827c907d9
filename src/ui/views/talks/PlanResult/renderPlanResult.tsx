import { Button, Link, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { PlanResultState } from './PlanResult.types';
import type { PlanResultClasses } from './usePlanResultStyles.styles';

export function renderPlanResult(state: PlanResultState, classes: PlanResultClasses) {
  return (
    <section className={classes.root} aria-labelledby={state.headingId} role="status">
      <h2 id={state.headingId} className={classes.heading}>
        {state.heading}
      </h2>
      <p className={classes.title}>{state.title}</p>
      <p className={classes.text}>{state.when}</p>
      <p className={classes.text}>{state.body}</p>
      {state.clashNote && (
        <MessageBar intent="warning">
          <MessageBarBody>{state.clashNote}</MessageBarBody>
        </MessageBar>
      )}
      {state.joinUrl ? (
        <div className={classes.linkBox}>
          <span className={classes.label}>{state.joinLabel}</span>
          <div className={classes.join}>
            <Link href={state.joinUrl} target="_blank" rel="noopener noreferrer">
              {state.joinText}
            </Link>
            {state.copyLabel && (
              <Button size="small" onClick={state.onCopy}>
                {state.copyLabel}
              </Button>
            )}
          </div>
          <p className={classes.url}>{state.joinUrl}</p>
        </div>
      ) : (
        <p className={classes.text}>{state.noLinkText}</p>
      )}
      <div className={classes.actions}>
        {state.calendarUrl && (
          <Button as="a" appearance="primary" href={state.calendarUrl} target="_blank" rel="noopener noreferrer">
            {state.calendarLabel}
          </Button>
        )}
        <Button onClick={state.onBack}>{state.backLabel}</Button>
        <Button appearance="subtle" onClick={state.onAnother}>
          {state.anotherLabel}
        </Button>
      </div>
      <p className={classes.visuallyHidden} aria-live="polite">
        {state.announcement}
      </p>
    </section>
  );
}
