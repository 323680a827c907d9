import type { CycleHeaderState } from './CycleHeader.types';
import type { CycleHeaderClasses } from './useCycleHeaderStyles.styles';

/** Title, school year and dream of the cycle. Titles and dream are user text: text nodes only. */
export function renderCycleHeader(state: CycleHeaderState, classes: CycleHeaderClasses) {
  return (
    <header className={classes.root}>
      <p id={state.eyebrowId} className={classes.eyebrow}>
        {state.eyebrow}
      </p>
      <h1 id={state.headingId} className={classes.title}>
        {state.title}
      </h1>
      <dl className={classes.facts}>
        <div className={classes.fact}>
          <dt className={classes.term}>{state.schoolYearLabel}</dt>
          <dd className={classes.value}>{state.schoolYear}</dd>
        </div>
        <div className={classes.fact}>
          <dt className={classes.term}>{state.dreamLabel}</dt>
          <dd className={classes.dream}>{state.dream}</dd>
        </div>
      </dl>
    </header>
  );
}
