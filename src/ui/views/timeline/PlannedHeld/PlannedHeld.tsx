import type { PlannedHeldProps } from './PlannedHeld.types';
import { renderPlannedHeld } from './renderPlannedHeld';
import { usePlannedHeld } from './usePlannedHeld';
import { usePlannedHeldStyles } from './usePlannedHeldStyles.styles';

/** Planned vs held at a glance for one school year: the ratio, a bar and the four counts. */
export function PlannedHeld(props: PlannedHeldProps) {
  const state = usePlannedHeld(props);
  const classes = usePlannedHeldStyles(state);
  return renderPlannedHeld(state, classes);
}
