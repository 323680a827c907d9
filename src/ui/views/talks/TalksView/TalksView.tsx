import { useVisuallyHiddenStyles } from '../../../styles/useVisuallyHiddenStyles.styles';
import { renderTalksView } from './renderTalksView';
import type { TalksViewProps } from './TalksView.types';
import { useTalksView } from './useTalksView';
import { useTalksViewStyles } from './useTalksViewStyles.styles';

/**
 * Gesprekken: upcoming talks and my talks, planning a talk as a Teams meeting, moving and
 * cancelling it, its record, the pupil's data export, and the agreements to follow up.
 */
export function TalksView(props: TalksViewProps = {}) {
  const state = useTalksView(props);
  const hidden = useVisuallyHiddenStyles();
  const classes = useTalksViewStyles(state, hidden.root);
  return renderTalksView(state, classes);
}
