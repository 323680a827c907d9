import type { PanelSectionProps } from './PanelSection.types';
import { renderPanelSection } from './renderPanelSection';
import { usePanelSection } from './usePanelSection';
import { usePanelSectionStyles } from './usePanelSectionStyles.styles';

/** A section of the side panel that opens and closes, so 280 px hold only what is needed now. */
export function PanelSection(props: PanelSectionProps) {
  const state = usePanelSection(props);
  const classes = usePanelSectionStyles(state);
  return renderPanelSection(state, classes);
}
