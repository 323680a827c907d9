import type { Report } from '../../../../domain/dashboard/reportModel';

export interface ReportSheetProps {
  report: Report;
}

export interface ReportSheetState {
  report: Report;
  /** The sheet's node, a child of <body>, so printing can hide the app around it. */
  mount: HTMLElement;
}
