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
