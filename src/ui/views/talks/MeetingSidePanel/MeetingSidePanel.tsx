import type { MeetingSidePanelProps } from './MeetingSidePanel.types';
import { renderMeetingSidePanel } from './renderMeetingSidePanel';
import { useMeetingSidePanel } from './useMeetingSidePanel';
import { useMeetingSidePanelStyles } from './useMeetingSidePanelStyles.styles';

/**
 * The meeting side panel (280 px, staff only): which talk this is (today's talks of the
 * organiser, remembered per meeting, or the one the tab's "#gesprek/<id>" names), then the talk
 * itself. Guests never get here (the shell shows its guest page); a 403 shows that page too.
 */
export function MeetingSidePanel(props: MeetingSidePanelProps = {}) {
  const state = useMeetingSidePanel(props);
  const classes = useMeetingSidePanelStyles(state);
  return renderMeetingSidePanel(state, classes);
}
