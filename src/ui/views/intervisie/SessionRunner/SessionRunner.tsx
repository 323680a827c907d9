import type { SessionRunnerProps } from './SessionRunner.types';
import { renderSessionRunner } from './renderSessionRunner';
import { useSessionRunner } from './useSessionRunner';
import { useSessionRunnerStyles } from './useSessionRunnerStyles.styles';

/**
 * One intervisie session in the side panel (280 px): the method and the roles (proposed in
 * turn, editable), the phases with their clock and what to do now, then what the notulist
 * keeps (case, advice, learning points — saved in the group's own site) and each member's
 * promise (into Beloftes). Someone outside the group gets the members-only notice: the site
 * refused them.
 */
export function SessionRunner(props: SessionRunnerProps) {
  const state = useSessionRunner(props);
  const classes = useSessionRunnerStyles();
  return renderSessionRunner(state, classes);
}
