import { renderReportSheet } from './renderReportSheet';
import type { ReportSheetProps } from './ReportSheet.types';
import { useReportSheet } from './useReportSheet';
import { useReportSheetStyles } from './useReportSheetStyles.styles';

/** The printable report for the MR and the school board, kept ready on <body> while the dashboard is open. */
export function ReportSheet(props: ReportSheetProps) {
  const state = useReportSheet(props);
  return renderReportSheet(state, useReportSheetStyles());
}
