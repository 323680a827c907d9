import { renderReportBlocks } from './renderReportBlocks';
import type { ReportBlocksProps } from './ReportBlocks.types';
import { useReportBlocks } from './useReportBlocks';
import { useReportBlocksStyles } from './useReportBlocksStyles.styles';

/** The blocks of the report (domain reportModel): on the dashboard and on the printed page alike. */
export function ReportBlocks(props: ReportBlocksProps) {
  const state = useReportBlocks(props);
  return renderReportBlocks(state, useReportBlocksStyles(state));
}
