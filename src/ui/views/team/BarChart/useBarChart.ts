import { useState } from 'react';
import { useI18n } from '../../../i18n';
import type { BarChartProps, BarChartState } from './BarChart.types';

export function useBarChart({ title, rows, headingLevel = 3, className }: BarChartProps): BarChartState {
  const { messages, format, number } = useI18n();
  const t = messages.teamScan.distribution;
  const [asTable, setAsTable] = useState(false);
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  return {
    className,
    title,
    headingLevel,
    rows: rows.map((r) => {
      const share = total ? r.count / total : 0;
      return {
        ...r,
        percent: Math.round(share * 100),
        shareText: `${number(Math.round(share * 100))}%`,
        countText: number(r.count),
        barLabel: format(t.barLabel, { stage: r.label, count: number(r.count) }),
      };
    }),
    asTable,
    toggleLabel: asTable ? t.showChart : t.showTable,
    onToggle: () => setAsTable((v) => !v),
    chartLabel: `${t.chartLabel}: ${title}`,
    countHeader: t.count,
    shareHeader: t.share,
  };
}
