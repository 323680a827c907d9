import type { RetentionJobProps } from './RetentionJob.types';
import { renderRetentionJob } from './renderRetentionJob';
import { useRetentionJob } from './useRetentionJob';
import { useRetentionJobStyles } from './useRetentionJobStyles.styles';

/**
 * Runs the retention job when the IB or an MT member opens the app (once a school day) and says
 * briefly what it removed; nothing when it removed nothing.
 */
export function RetentionJob(props: RetentionJobProps) {
  const state = useRetentionJob(props);
  const classes = useRetentionJobStyles(state);
  return renderRetentionJob(state, classes);
}
