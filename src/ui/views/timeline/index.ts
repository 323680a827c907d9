/** The tijdspad (timeline) view and its parts. The shell renders TimelineView without props. */
export { TimelineView } from './TimelineView/TimelineView';
export type { TimelineViewProps, TimelineViewState } from './TimelineView/TimelineView.types';
export { useTimelineView } from './TimelineView/useTimelineView';
export { CycleHeader } from './CycleHeader/CycleHeader';
export type { CycleHeaderProps } from './CycleHeader/CycleHeader.types';
export { PlannedHeld } from './PlannedHeld/PlannedHeld';
export type { PlannedHeldProps } from './PlannedHeld/PlannedHeld.types';
export { ScoreChart } from './ScoreChart/ScoreChart';
export type { ScoreChartProps, ScoreRow } from './ScoreChart/ScoreChart.types';
export { ScoreTable } from './ScoreChart/ScoreTable';
export type { ScoreTableProps } from './ScoreChart/ScoreTable.types';
export { chartGeometry, type ChartGeometry } from './ScoreChart/chartGeometry';
export { MeetingList } from './MeetingList/MeetingList';
export type { MeetingListProps } from './MeetingList/MeetingList.types';
export { MeetingItem } from './MeetingList/MeetingItem';
export type { MeetingItemProps } from './MeetingList/MeetingItem.types';
export { PlanNext } from './PlanNext/PlanNext';
export type { PlanNextProps } from './PlanNext/PlanNext.types';
// MeetingEditor itself is not re-exported: it is a lazy chunk of the view (renderTimelineView).
export type { MeetingEditorProps, MeetingEditorTarget } from './MeetingEditor/MeetingEditor.types';
