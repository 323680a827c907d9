import { renderPupilsPanel } from './renderPupilsPanel';
import type { PupilsPanelProps } from './PupilsPanel.types';
import { usePupilsPanel } from './usePupilsPanel';
import { usePupilsPanelStyles } from './usePupilsPanelStyles.styles';

/**
 * Leerlingen (in Gesprekken): the pupils Driehoek knows (first name and group only), the
 * parents' right of access (everything about one pupil as JSON or a printable page), marking a
 * pupil as left, and the retention job with a count of what goes before anything is removed.
 */
export function PupilsPanel(props: PupilsPanelProps) {
  const state = usePupilsPanel(props);
  const classes = usePupilsPanelStyles(state);
  return renderPupilsPanel(state, classes);
}
