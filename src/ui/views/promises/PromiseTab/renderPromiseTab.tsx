import { Field, Select, Spinner } from '@fluentui/react-components';
import type { Bouw } from '../../../../domain/people';
import { FailedState } from '../../../shell/FailedState';
import { PromiseDetails } from '../PromiseDetails/PromiseDetails';
import { PromiseList } from '../PromiseList/PromiseList';
import type { PromiseTabState } from './PromiseTab.types';
import type { PromiseTabClasses } from './usePromiseTabStyles.styles';

export function renderPromiseTab(state: PromiseTabState, classes: PromiseTabClasses) {
  const picker = state.bouwPicker;
  return (
    <div className={classes.root} aria-busy={state.status === 'loading' || undefined}>
      <p className={classes.intro}>{state.intro}</p>
      {(picker || state.status === 'ready') && (
        <div className={classes.toolbar}>
          {picker && (
            <Field label={picker.label} className={classes.picker}>
              <Select value={picker.value} onChange={(_, data) => picker.onChange(data.value as Bouw)}>
                {picker.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {state.status === 'ready' && state.rows.length > 0 && (
            <p className={classes.count} role="status">
              {state.countLabel}
            </p>
          )}
        </div>
      )}
      {state.status === 'loading' && <Spinner className={classes.status} label={state.loadingLabel} />}
      {state.status === 'failed' && <FailedState error={state.error} onRetry={state.onRetry} />}
      {state.status === 'ready' &&
        (state.rows.length === 0 ? (
          <p className={classes.empty}>{state.emptyText}</p>
        ) : (
          <PromiseList rows={state.rows} label={state.label} onOpen={state.onOpen} />
        ))}
      {state.status === 'ready' && state.details && <PromiseDetails key={state.details.item.value.id} {...state.details} />}
    </div>
  );
}
