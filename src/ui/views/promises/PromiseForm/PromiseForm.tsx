import type { PromiseFormProps } from './PromiseForm.types';
import { renderPromiseForm } from './renderPromiseForm';
import { usePromiseForm } from './usePromiseForm';
import { usePromiseFormStyles } from './usePromiseFormStyles.styles';

/**
 * Making a promise: one line of what, for which goal, made at which meeting and due by which
 * meeting or date. The IB and MT can enter one for a colleague. Checked with the domain's rules
 * first: a refused field says why, and nothing is written.
 */
export function PromiseForm(props: PromiseFormProps) {
  const state = usePromiseForm(props);
  const classes = usePromiseFormStyles(state);
  return renderPromiseForm(state, classes);
}
