export interface BarRow {
  key: string;
  label: string;
  count: number;
}

export interface BarChartProps {
  /** What the chart shows; also the caption of its table. */
  title: string;
  rows: readonly BarRow[];
  headingLevel?: 2 | 3 | 4;
  className?: string;
}

export interface BarChartState {
  className: string | undefined;
  title: string;
  headingLevel: 2 | 3 | 4;
  rows: (BarRow & { percent: number; shareText: string; countText: string; barLabel: string })[];
  /** Chart or the same figures as a table (for screen readers and for reading exact numbers). */
  asTable: boolean;
  toggleLabel: string;
  onToggle(): void;
  chartLabel: string;
  countHeader: string;
  shareHeader: string;
}
