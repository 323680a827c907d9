import type { DashboardViewProps } from './DashboardView.types';
import { renderDashboardView } from './renderDashboardView';
import { useDashboardView } from './useDashboardView';
import { useDashboardViewStyles } from './useDashboardViewStyles.styles';

/**
 * The MT dashboard (capability 6): where the change cycle stands in one period, every figure
 * opening the items behind it, and the printable report for the MR and the school board.
 * For the MT and the IB; others get a short explanation instead.
 */
export function DashboardView(props: DashboardViewProps = {}) {
  const state = useDashboardView(props);
  return renderDashboardView(state, useDashboardViewStyles(state));
}
