import type { MeetingPanelOwnProps } from './MeetingPanel.types';
import { renderMeetingPanel } from './renderMeetingPanel';
import { useMeetingPanel } from './useMeetingPanel';
import { useMeetingPanelStyles } from './useMeetingPanelStyles.styles';

/**
 * The meeting side panel (280 px, staff only): tabs for what this meeting is about — a parent
 * talk (the first, so a talk opens as before), an intervisie session, or another mode of
 * ../modes.ts — the choice remembered per meeting in this tab, and below it that mode's own
 * panel. Guests never get here: the app shows its guest page, and each mode's data comes back
 * 403 for them anyway.
 */
export function MeetingPanel(props: MeetingPanelOwnProps = {}) {
  const state = useMeetingPanel(props);
  const classes = useMeetingPanelStyles(state);
  return renderMeetingPanel(state, classes);
}
