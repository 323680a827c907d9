import type { PromisesViewProps } from './PromisesView.types';
import { renderPromisesView } from './renderPromisesView';
import { usePromisesView } from './usePromisesView';
import { usePromisesViewStyles } from './usePromisesViewStyles.styles';

/**
 * The promise tracker (step 9, beloftes): make a promise, follow mine and my bouw's, report back
 * at the check-in of a meeting, the IB's support requests, what is past its date, and the weekly
 * digest. Loads its own data; the shell renders it without props.
 */
export function PromisesView(props: PromisesViewProps = {}) {
  const state = usePromisesView(props);
  const classes = usePromisesViewStyles(state);
  return renderPromisesView(state, classes);
}
