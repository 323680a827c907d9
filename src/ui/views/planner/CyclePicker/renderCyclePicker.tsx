import { Button, Field, Select } from '@fluentui/react-components';
import type { CyclePickerState } from './CyclePicker.types';
import type { CyclePickerClasses } from './useCyclePickerStyles.styles';

/** Which cycle is open (one per school year, kept over the years), and a way to start a new one. */
export function renderCyclePicker(state: CyclePickerState, classes: CyclePickerClasses) {
  return (
    <div className={classes.root}>
      {state.options.length > 0 && (
        <Field className={classes.field} label={state.label}>
          <Select
            className={classes.select}
            select={{ className: classes.selectControl }}
            value={state.value}
            onChange={(_, data) => state.onSelect(data.value)}
          >
            {state.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {state.showNew && <Button onClick={state.onNew}>{state.newLabel}</Button>}
    </div>
  );
}
