import type { PromiseDetailsProps } from './PromiseDetails.types';
import { renderPromiseDetails } from './renderPromiseDetails';
import { usePromiseDetails } from './usePromiseDetails';
import { usePromiseDetailsStyles } from './usePromiseDetailsStyles.styles';

/** One promise in full, in a dialog: who, where, for which goal, when due, its report and actions. */
export function PromiseDetails(props: PromiseDetailsProps) {
  const state = usePromiseDetails(props);
  const classes = usePromiseDetailsStyles();
  return renderPromiseDetails(state, classes);
}
