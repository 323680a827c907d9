import type { StepPanelProps } from './StepPanel.types';
import { renderStepPanel } from './renderStepPanel';
import { useStepPanel } from './useStepPanel';
import { useStepPanelStyles } from './useStepPanelStyles.styles';

/** The open step of the guided path: guidance, prompts, the outputs it captures, and completing it. */
export function StepPanel(props: StepPanelProps) {
  const state = useStepPanel(props);
  const classes = useStepPanelStyles(state);
  return renderStepPanel(state, classes);
}
