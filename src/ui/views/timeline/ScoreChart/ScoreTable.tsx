import type { ScoreTableProps } from './ScoreTable.types';
import { renderScoreTable } from './renderScoreTable';
import { useScoreTable } from './useScoreTable';
import { useScoreTableStyles } from './useScoreTableStyles.styles';

/** The chart's data as a table: date, meeting and score per row. */
export function ScoreTable(props: ScoreTableProps) {
  const state = useScoreTable(props);
  const classes = useScoreTableStyles(state);
  return renderScoreTable(state, classes);
}
