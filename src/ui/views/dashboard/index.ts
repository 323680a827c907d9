/** The MT dashboard and its parts. The shell renders DashboardView without props. */
export { DashboardView } from './DashboardView/DashboardView';
export type { DashboardViewProps, DashboardViewState } from './DashboardView/DashboardView.types';
export { ReportBlocks } from './ReportBlocks/ReportBlocks';
export { ReportSheet } from './ReportSheet/ReportSheet';
export { ItemsDialog } from './ItemsDialog/ItemsDialog';
