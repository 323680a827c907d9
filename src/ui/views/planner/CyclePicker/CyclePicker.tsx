import type { CyclePickerProps } from './CyclePicker.types';
import { renderCyclePicker } from './renderCyclePicker';
import { useCyclePicker } from './useCyclePicker';
import { useCyclePickerStyles } from './useCyclePickerStyles.styles';

export function CyclePicker(props: CyclePickerProps) {
  const state = useCyclePicker(props);
  const classes = useCyclePickerStyles(state);
  return renderCyclePicker(state, classes);
}
