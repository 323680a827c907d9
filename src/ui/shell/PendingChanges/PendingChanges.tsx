import type { PendingChangesProps } from './PendingChanges.types';
import { renderPendingChanges } from './renderPendingChanges';
import { usePendingChanges } from './usePendingChanges';
import { usePendingChangesStyles } from './usePendingChangesStyles.styles';

/**
 * The shell's notice of changes that wait in the outbox (no network) with a retry-now button,
 * and of waiting changes that could not be saved after all (a colleague's change meanwhile).
 */
export function PendingChanges(props: PendingChangesProps) {
  const state = usePendingChanges(props);
  const classes = usePendingChangesStyles(state);
  return renderPendingChanges(state, classes);
}
