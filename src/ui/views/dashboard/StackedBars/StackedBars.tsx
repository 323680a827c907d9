import { renderStackedBars } from './renderStackedBars';
import type { StackedBarsProps } from './StackedBars.types';
import { useStackedBars } from './useStackedBars';
import { useStackedBarsStyles } from './useStackedBarsStyles.styles';

/** Promises per bouw as bars split by status: on the dashboard and in the printed report alike. */
export function StackedBars(props: StackedBarsProps) {
  const state = useStackedBars(props);
  return renderStackedBars(state, useStackedBarsStyles(state));
}
