import { Button, Field, Input } from '@fluentui/react-components';
import type { LinesEditorState } from './LinesEditor.types';
import type { LinesEditorClasses } from './useLinesEditorStyles.styles';

/** A group of lines with a legend; each line an input with its own label and message. */
export function renderLinesEditor(state: LinesEditorState, classes: LinesEditorClasses) {
  if (state.readOnly) {
    return (
      <div className={classes.root} role="group" aria-labelledby={state.legendId}>
        <span id={state.legendId} className={classes.legend}>
          {state.legend}
        </span>
        {state.values.length ? (
          <ul className={classes.list}>
            {state.values.map((value, i) => (
              <li key={i}>{value}</li>
            ))}
          </ul>
        ) : (
          <p className={classes.empty}>{state.emptyText}</p>
        )}
      </div>
    );
  }
  return (
    <fieldset className={classes.root}>
      <legend id={state.legendId} className={classes.legend}>
        {state.legend}
      </legend>
      {state.rows.map((row) => (
        <div key={row.key} className={classes.row}>
          <Field
            className={classes.field}
            label={row.label}
            validationState={row.error ? 'error' : 'none'}
            validationMessage={row.error}
          >
            <Input ref={row.inputRef} value={row.value} onChange={(_, data) => row.onChange(data.value)} />
          </Field>
          <Button className={classes.remove} appearance="subtle" aria-label={row.removeLabel} title={row.removeLabel} onClick={row.onRemove}>
            ×
          </Button>
        </div>
      ))}
      <Button className={classes.add} size="small" onClick={state.onAdd}>
        {state.addLabel}
      </Button>
    </fieldset>
  );
}
