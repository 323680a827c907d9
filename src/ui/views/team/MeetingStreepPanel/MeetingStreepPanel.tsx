import type { MeetingStreepPanelProps } from './MeetingStreepPanel.types';
import { renderMeetingStreepPanel } from './renderMeetingStreepPanel';
import { useMeetingStreepPanel } from './useMeetingStreepPanel';
import { useMeetingStreepPanelStyles } from './useMeetingStreepPanelStyles.styles';

/**
 * "Over de streep" as a meeting side-panel mode (280 px): the round is kept with a meeting of
 * the timeline, today's by default (a Teams meeting does not say which timeline meeting it is).
 */
export function MeetingStreepPanel(props: MeetingStreepPanelProps = {}) {
  const state = useMeetingStreepPanel(props);
  const classes = useMeetingStreepPanelStyles();
  return renderMeetingStreepPanel(state, classes);
}
