import type { CycleFormProps } from './CycleForm.types';
import { renderCycleForm } from './renderCycleForm';
import { useCycleForm } from './useCycleForm';
import { useCycleFormStyles } from './useCycleFormStyles.styles';

/** Starts a new change cycle or edits the open one. Checked with the domain's rules first. */
export function CycleForm(props: CycleFormProps) {
  const state = useCycleForm(props);
  const classes = useCycleFormStyles(state);
  return renderCycleForm(state, classes);
}
