import type { RefCallback } from 'react';
import type { Meeting, ScorePoint } from '../../../../domain/meetings';
import type { ChartGeometry } from './chartGeometry';

export interface ScoreChartProps {
  /** The score trend (scoreTrend from the domain), by date. */
  points: readonly ScorePoint[];
  /** The cycle's meetings, to name the meeting behind each score. */
  meetings: readonly Meeting[];
  className?: string;
}

/** One score as the table (and the point's tooltip) tells it. */
export interface ScoreRow {
  meetingId: string;
  date: string;
  /** "ma 15 september 2025". */
  dateLabel: string;
  /** "15 sep", under the point. */
  shortDateLabel: string;
  /** The title of the meeting the score was given in (user text). */
  meeting: string;
  score: number;
  /** "4,5". */
  scoreLabel: string;
}

export interface ScoreChartState {
  className: string | undefined;
  headingId: string;
  heading: string;
  /** Shown instead of the chart when no held meeting has a score yet. */
  emptyText: string | null;
  rows: ScoreRow[];
  geometry: ChartGeometry;
  /** Measures the chart's container, so the SVG is drawn at its real width. */
  containerRef: RefCallback<HTMLDivElement>;
  /** The chart's text alternative: what the line shows, in one sentence. */
  chartLabel: string;
  tableLabel: string;
  /** True when the table is shown instead of the chart (it is always there for screen readers). */
  showTable: boolean;
  toggleLabel: string;
  onToggleTable(): void;
}
