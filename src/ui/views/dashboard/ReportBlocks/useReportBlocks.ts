import { useCallback, useMemo, useState } from 'react';
import { useI18n } from '../../../i18n';
import { lineChartGeometry } from './lineChart';
import type { PlacedBlock, ReportBlocksProps, ReportBlocksState } from './ReportBlocks.types';

export function useReportBlocks({ blocks, tables, className }: ReportBlocksProps): ReportBlocksState {
  const i18n = useI18n();
  const [shownTables, setShown] = useState<ReadonlySet<string>>(new Set());
  const formatCell = useCallback((cell: string | number) => (typeof cell === 'number' ? i18n.number(cell) : cell), [i18n]);

  const placed = useMemo(
    () =>
      blocks.map((block, i): PlacedBlock => {
        const key = `${block.kind}-${i}`;
        switch (block.kind) {
          case 'figures':
            return { kind: 'figures', key, items: block.items.map((item) => ({ label: item.label, value: formatCell(item.value) })) };
          case 'table':
            return { kind: 'table', key, table: block };
          case 'lineChart': {
            const first = block.points[0];
            const last = block.points.at(-1);
            // The picture's name says what it shows; the table carries every value.
            const label = first && last ? `${block.table.caption}: ${first.x} ${formatCell(first.y)} … ${last.x} ${formatCell(last.y)}` : block.table.caption;
            return { kind: 'lineChart', key, geometry: lineChartGeometry(block.points, block.yMin, block.yMax), label, table: block.table };
          }
          case 'barChart': {
            const totals = block.bars.map((bar) => bar.segments.reduce((sum, s) => sum + s.count, 0));
            const label = `${block.table.caption}: ${block.bars.map((bar, b) => `${bar.label} ${formatCell(totals[b]!)}`).join(', ')}`;
            const bars = block.bars.map((bar, b) => ({
              key: `${b}`,
              label: bar.label,
              segments: bar.segments.map((s) => ({
                key: s.status,
                share: totals[b] ? s.count / totals[b]! : 0,
                label: `${s.label}: ${formatCell(s.count)}`,
                tone: s.status,
              })),
            }));
            const legend = (block.bars[0]?.segments ?? []).map((s) => ({ key: s.status, label: s.label, tone: s.status }));
            return { kind: 'barChart', key, chart: { label, bars, legend }, table: block.table };
          }
          case 'text':
            return { kind: 'text', key, text: block.text };
        }
      }),
    [blocks, formatCell],
  );

  const onToggleTable = useCallback((key: string) => {
    setShown((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  }, []);

  return {
    className,
    blocks: placed,
    tables,
    shownTables,
    toggleLabel: i18n.messages.dashboard.links.showTable,
    onToggleTable,
    formatCell,
  };
}
