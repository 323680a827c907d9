import type { ScoreRow } from './ScoreChart.types';

export interface ScoreTableProps {
  rows: readonly ScoreRow[];
  /** The table's accessible name. */
  label: string;
  /** Kept for screen readers but out of sight (while the chart is shown). */
  visuallyHidden?: boolean;
  className?: string;
}

export interface ScoreTableState {
  rows: readonly ScoreRow[];
  label: string;
  visuallyHidden: boolean;
  className: string | undefined;
  columns: { date: string; meeting: string; score: string };
}
