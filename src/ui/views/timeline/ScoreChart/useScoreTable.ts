import { useI18n } from '../../../i18n';
import type { ScoreTableProps, ScoreTableState } from './ScoreTable.types';

export function useScoreTable({ rows, label, visuallyHidden = false, className }: ScoreTableProps): ScoreTableState {
  const t = useI18n().messages.planner.timeline;
  return { rows, label, visuallyHidden, className, columns: { date: t.date, meeting: t.meeting, score: t.score } };
}
