import type { CycleHeaderProps } from './CycleHeader.types';
import { renderCycleHeader } from './renderCycleHeader';
import { useCycleHeader } from './useCycleHeader';
import { useCycleHeaderStyles } from './useCycleHeaderStyles.styles';

/** The head of the timeline: which cycle, which school year, and the dream it aims at. */
export function CycleHeader(props: CycleHeaderProps) {
  const state = useCycleHeader(props);
  const classes = useCycleHeaderStyles(state);
  return renderCycleHeader(state, classes);
}
