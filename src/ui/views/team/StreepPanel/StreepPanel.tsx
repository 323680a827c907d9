import type { StreepPanelProps } from './StreepPanel.types';
import { renderStreepPanel } from './renderStreepPanel';
import { useStreepPanel } from './useStreepPanel';
import { useStreepPanelStyles } from './useStreepPanelStyles.styles';

/**
 * "Over de streep": a round of statements at a team meeting. Everyone takes a side on their own
 * device (or the facilitator enters what was counted in the room); only totals are shown, from
 * three people on, and only totals are kept. Works in the tab and in the 280 px side panel.
 */
export function StreepPanel(props: StreepPanelProps) {
  const state = useStreepPanel(props);
  const classes = useStreepPanelStyles(state);
  return renderStreepPanel(state, classes);
}
