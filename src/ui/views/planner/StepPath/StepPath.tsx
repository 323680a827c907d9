import type { StepPathProps } from './StepPath.types';
import { renderStepPath } from './renderStepPath';
import { useStepPath } from './useStepPath';
import { useStepPathStyles } from './useStepPathStyles.styles';

/** The eleven steps (or ten, in a later round) as a path: done, up now, still to come. */
export function StepPath(props: StepPathProps) {
  const state = useStepPath(props);
  const classes = useStepPathStyles(state);
  return renderStepPath(state, classes);
}
