import type { StageViewState } from './StageView.types';
import type { StageViewClasses } from './useStageViewStyles.styles';

export function renderStageView(state: StageViewState, classes: StageViewClasses) {
  return (
    <main className={classes.root} aria-labelledby={state.headingId}>
      <header className={classes.header}>
        <h1 id={state.headingId} className={classes.heading}>
          {state.heading}
        </h1>
        {state.purpose && <p className={classes.purpose}>{state.purpose}</p>}
        <p className={classes.intro}>{state.intro}</p>
      </header>
      <div className={classes.columns}>
        {state.agenda.length > 0 && (
          <section className={classes.section} aria-labelledby={`${state.headingId}-agenda`}>
            <h2 id={`${state.headingId}-agenda`} className={classes.sectionHeading}>
              {state.agendaHeading}
            </h2>
            <ol className={classes.agenda}>
              {state.agenda.map((item) => (
                <li key={item.key} className={classes.agendaItem}>
                  {item.title}
                  <span className={classes.minutes}>{item.minutes}</span>
                </li>
              ))}
            </ol>
            {state.total && <p className={classes.total}>{state.total}</p>}
          </section>
        )}
        {state.terms.length > 0 && (
          <section className={classes.section} aria-labelledby={`${state.headingId}-glossary`}>
            <h2 id={`${state.headingId}-glossary`} className={classes.sectionHeading}>
              {state.glossaryHeading}
            </h2>
            <dl className={classes.glossary}>
              {state.terms.map((entry) => (
                <div key={entry.key}>
                  <dt className={classes.term}>{entry.term}</dt>
                  <dd className={classes.plain}>{entry.plain}</dd>
                </div>
              ))}
            </dl>
          </section>
        )}
      </div>
    </main>
  );
}
