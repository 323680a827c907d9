/** The team section (team scan, maturity and profile, over de streep). The shell renders TeamView without props. */
export { TeamView } from './TeamView/TeamView';
export type { TeamViewProps, TeamContext, TeamTab } from './TeamView/TeamView.types';
export { ScanPanel } from './ScanPanel/ScanPanel';
export { AssessmentPanel } from './AssessmentPanel/AssessmentPanel';
export { StreepPanel } from './StreepPanel/StreepPanel';
export type { StreepPanelProps } from './StreepPanel/StreepPanel.types';
export { BarChart } from './BarChart/BarChart';
export { MeetingStreepPanel } from './MeetingStreepPanel/MeetingStreepPanel';
