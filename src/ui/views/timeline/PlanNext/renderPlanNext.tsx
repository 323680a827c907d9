import { Button } from '@fluentui/react-components';
import type { PlanNextState } from './PlanNext.types';
import type { PlanNextClasses } from './usePlanNextStyles.styles';

/** The suggested next meeting and the button that plans it. */
export function renderPlanNext(state: PlanNextState, classes: PlanNextClasses) {
  return (
    <section className={classes.root} aria-labelledby={state.headingId}>
      <div className={classes.text}>
        <h2 id={state.headingId} className={classes.heading}>
          {state.heading}
        </h2>
        <p className={classes.suggestion}>{state.text}</p>
      </div>
      <Button appearance="primary" id={state.buttonId} onClick={state.onPlan}>
        {state.buttonLabel}
      </Button>
    </section>
  );
}
