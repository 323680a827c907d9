import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { BarChartState } from './BarChart.types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  title: { ...typographyStyles.subtitle2, margin: 0 },
  chart: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
  /** Label above the bar in a narrow frame, beside it when there is room. */
  row: { display: 'grid', gridTemplateColumns: 'minmax(8em, 12em) 1fr auto', alignItems: 'center', gap: tokens.spacingHorizontalS, '@media (max-width: 480px)': { gridTemplateColumns: '1fr auto' } },
  label: { ...typographyStyles.body1, overflowWrap: 'anywhere', '@media (max-width: 480px)': { gridColumn: '1 / -1' } },
  track: { height: '12px', backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusMedium, overflow: 'hidden' },
  bar: { height: '100%', backgroundColor: tokens.colorBrandBackground, borderRadius: tokens.borderRadiusMedium, forcedColorAdjust: 'none', '@media (forced-colors: active)': { backgroundColor: 'CanvasText' } },
  value: { ...typographyStyles.caption1Strong, minWidth: '2ch', textAlign: 'end' },
  table: { borderCollapse: 'collapse', width: '100%', '& th, & td': { ...typographyStyles.body1, textAlign: 'start', padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` } },
  numeric: { textAlign: 'end' },
});

export type BarChartClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useBarChartStyles(state: BarChartState): BarChartClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses('driehoek-BarChart', styles.root, state.className) };
}
