import type { ReportFormProps } from './ReportForm.types';
import { renderReportForm } from './renderReportForm';
import { useReportForm } from './useReportForm';
import { useReportFormStyles } from './useReportFormStyles.styles';

/**
 * Reporting back on a promise: kept, partly kept, not kept or agreed anew (with the new promise),
 * what worked, what was hard and whether support is wanted. Checked with the domain's rules
 * before anything is written; someone else's earlier report opens the conflict dialog.
 */
export function ReportForm(props: ReportFormProps) {
  const state = useReportForm(props);
  const classes = useReportFormStyles(state);
  return renderReportForm(state, classes);
}
