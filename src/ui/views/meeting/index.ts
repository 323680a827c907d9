/** The meeting side panel: a chooser over the meeting modes (./modes.ts). */
export { MeetingPanel } from './MeetingPanel/MeetingPanel';
export { MEETING_MODES, type MeetingMode, type MeetingPanelProps } from './modes';
