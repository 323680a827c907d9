import { Button, Field, SearchBox } from '@fluentui/react-components';
import type { GlossarySearchState } from './GlossarySearch.types';
import type { GlossarySearchClasses } from './useGlossarySearchStyles.styles';

export function renderGlossarySearch(state: GlossarySearchState, classes: GlossarySearchClasses) {
  return (
    <div className={classes.root} role="search">
      <Field label={state.label} hint={state.hint}>
        <SearchBox
          id={state.inputId}
          className={classes.search}
          value={state.query}
          onChange={(_, d) => state.onQuery(d.value)}
        />
      </Field>
      <div className={classes.examples}>
        <span className={classes.examplesLabel}>{state.examplesLabel}:</span>
        {state.examples.map((e) => (
          <Button key={e.key} size="small" shape="circular" onClick={() => state.onExample(e.label)}>
            {e.label}
          </Button>
        ))}
      </div>
      <p className={classes.result} aria-live="polite">
        {state.resultText}
      </p>
      {state.hits.length > 0 && (
        <dl className={classes.list}>
          {state.hits.map((hit) => (
            <div key={hit.key}>
              <dt className={classes.term}>{hit.term}</dt>
              <dd className={classes.plain}>{hit.plain}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
