import type { ReportBlock, ReportTable } from '../../../../domain/dashboard/reportModel';
import type { StackedBarsProps } from '../StackedBars/StackedBars.types';
import type { LineChartGeometry } from './lineChart';

export interface ReportBlocksProps {
  blocks: readonly ReportBlock[];
  /**
   * 'always': every chart's table is shown under it (the printed report); 'toggle': the table is
   * there for screen readers and a button shows it (the screen).
   */
  tables: 'always' | 'toggle';
  className?: string;
}

export type PlacedBlock =
  | { kind: 'figures'; key: string; items: { label: string; value: string }[] }
  | { kind: 'table'; key: string; table: ReportTable }
  | { kind: 'lineChart'; key: string; geometry: LineChartGeometry; label: string; table: ReportTable }
  | { kind: 'barChart'; key: string; chart: Pick<StackedBarsProps, 'label' | 'bars' | 'legend'>; table: ReportTable }
  | { kind: 'text'; key: string; text: string };

export interface ReportBlocksState {
  className: string | undefined;
  blocks: PlacedBlock[];
  tables: 'always' | 'toggle';
  /** Keys of the charts whose table is shown (toggle mode). */
  shownTables: ReadonlySet<string>;
  toggleLabel: string;
  onToggleTable(key: string): void;
  formatCell(cell: string | number): string;
}
