import { useCallback, useId, useMemo, useState } from 'react';
import { useI18n } from '../../../i18n';
import { useContainerWidth } from '../shared/useContainerWidth';
import { chartGeometry } from './chartGeometry';
import type { ScoreChartProps, ScoreChartState, ScoreRow } from './ScoreChart.types';

/** Width used until the container is measured (and in tests, where nothing is laid out). */
const FALLBACK_WIDTH = 480;

export function useScoreChart({ points, meetings, className }: ScoreChartProps): ScoreChartState {
  const i18n = useI18n();
  const t = i18n.messages.planner.timeline;
  const id = useId();
  const [containerRef, width] = useContainerWidth<HTMLDivElement>(FALLBACK_WIDTH);
  const [showTable, setShowTable] = useState(false);
  const onToggleTable = useCallback(() => setShowTable((shown) => !shown), []);

  const rows = useMemo<ScoreRow[]>(() => {
    const byId = new Map(meetings.map((m) => [m.id, m]));
    return points.map((p) => {
      const meeting = byId.get(p.meetingId);
      return {
        meetingId: p.meetingId,
        date: p.date,
        dateLabel: i18n.date(p.date, 'long'),
        shortDateLabel: i18n.date(p.date, 'short'),
        meeting: meeting?.title ?? '',
        score: p.score,
        scoreLabel: i18n.number(p.score),
      };
    });
  }, [points, meetings, i18n]);

  const geometry = useMemo(() => chartGeometry(points, width), [points, width]);

  const first = rows[0];
  const last = rows.at(-1);
  let chartLabel = '';
  if (first && last && rows.length === 1) {
    chartLabel = i18n.format(t.chartLabelOne, { score: first.scoreLabel, date: first.dateLabel });
  } else if (first && last) {
    chartLabel = i18n.format(t.chartLabel, {
      count: i18n.number(rows.length),
      first: first.scoreLabel,
      firstDate: first.dateLabel,
      last: last.scoreLabel,
      lastDate: last.dateLabel,
    });
  }

  return {
    className,
    headingId: `${id}-heading`,
    heading: t.scoreChart,
    emptyText: rows.length === 0 ? t.noScores : null,
    rows,
    geometry,
    containerRef,
    chartLabel,
    tableLabel: t.scoreTable,
    showTable,
    toggleLabel: t.showTable,
    onToggleTable,
  };
}
