import type { CheckInProps } from './CheckIn.types';
import { renderCheckIn } from './renderCheckIn';
import { useCheckIn } from './useCheckIn';
import { useCheckInStyles } from './useCheckInStyles.styles';

/**
 * The check-in at a meeting: pick the meeting, go round the table per bouw and report each open
 * promise right there. Works in the 280 px meeting side panel: one column, everything wraps.
 */
export function CheckIn(props: CheckInProps) {
  const state = useCheckIn(props);
  const classes = useCheckInStyles(state);
  return renderCheckIn(state, classes);
}
