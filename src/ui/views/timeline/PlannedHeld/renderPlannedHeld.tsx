import { ProgressBar } from '@fluentui/react-components';
import type { PlannedHeldState } from './PlannedHeld.types';
import type { PlannedHeldClasses } from './usePlannedHeldStyles.styles';

export function renderPlannedHeld(state: PlannedHeldState, classes: PlannedHeldClasses) {
  return (
    <section className={classes.root} aria-labelledby={state.headingId}>
      <div>
        <h2 id={state.headingId} className={classes.heading}>
          {state.heading}
        </h2>
        <p className={classes.subheading}>{state.subheading}</p>
      </div>
      <p id={state.summaryId} className={classes.summary}>
        {state.summary}
      </p>
      {state.ratio !== null && (
        <ProgressBar value={state.ratio} max={1} thickness="large" aria-labelledby={state.summaryId} />
      )}
      <dl className={classes.counts}>
        {state.counts.map((count) => (
          <div key={count.key} className={classes.countOf(count.attention)}>
            <dt className={classes.term}>{count.label}</dt>
            <dd className={classes.value}>{count.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
