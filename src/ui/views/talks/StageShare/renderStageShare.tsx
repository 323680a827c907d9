import { Button, Checkbox, Spinner } from '@fluentui/react-components';
import type { StageShareState } from './StageShare.types';
import type { StageShareClasses } from './useStageShareStyles.styles';

export function renderStageShare(state: StageShareState, classes: StageShareClasses) {
  if (!state.available) return null;
  if (state.status === 'checking') return <Spinner size="tiny" />;
  return (
    <div className={classes.root}>
      <p className={classes.hint}>{state.hint}</p>
      {state.typedLeftOut && <p className={classes.hint}>{state.typedLeftOut}</p>}
      {state.status !== 'noPermission' && (
        <>
          <div className={classes.terms} role="group" aria-labelledby={state.termsLabelId}>
            <p id={state.termsLabelId} className={classes.label}>
              {state.termsLabel}
            </p>
            {state.terms.map((term) => (
              <Checkbox
                key={term.key}
                label={term.label}
                checked={term.checked}
                onChange={(_, d) => state.onToggleTerm(term.key, d.checked === true)}
              />
            ))}
          </div>
          <div>
            <Button appearance="primary" onClick={state.onShare} disabledFocusable={state.status === 'sharing'}>
              {state.shareLabel}
            </Button>
          </div>
        </>
      )}
      <p className={classes.message} role="status">
        {state.message}
      </p>
    </div>
  );
}
