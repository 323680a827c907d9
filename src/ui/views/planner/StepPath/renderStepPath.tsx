import { Badge, mergeClasses } from '@fluentui/react-components';
import type { StepState } from '../../../../domain/guidedPath';
import type { StepPathState } from './StepPath.types';
import type { StepPathClasses } from './useStepPathStyles.styles';

const BADGE: Record<StepState, 'success' | 'brand' | 'informative'> = {
  done: 'success',
  current: 'brand',
  upcoming: 'informative',
};

/**
 * The round's steps in order. Each is a button that opens the step; the open one is marked
 * aria-current, and every step says in words whether it is done (when, where), up now or to come.
 */
export function renderStepPath(state: StepPathState, classes: StepPathClasses) {
  return (
    <nav className={classes.root} aria-labelledby={state.headingId}>
      <div className={classes.header}>
        <h2 id={state.headingId} className={classes.heading}>
          {state.heading}
        </h2>
        <span className={classes.round}>{state.roundLabel}</span>
      </div>
      <ol className={classes.list} aria-label={state.listLabel}>
        {state.items.map((item) => (
          <li key={item.step}>
            <button
              type="button"
              className={mergeClasses(classes.button, classes[item.state], item.selected && classes.selected)}
              aria-current={item.selected ? 'true' : undefined}
              aria-controls={state.panelId}
              onClick={item.onClick}
            >
              <span className={classes.titleRow}>
                <span className={classes.title}>{item.title}</span>
                <Badge appearance="tint" size="small" color={BADGE[item.state]}>
                  {item.stateLabel}
                </Badge>
              </span>
              {item.doneText && <span className={classes.meta}>{item.doneText}</span>}
              {item.timesText && <span className={classes.meta}>{item.timesText}</span>}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
