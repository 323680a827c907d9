import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { useVisuallyHiddenStyles } from '../../../styles/useVisuallyHiddenStyles.styles';
import type { ReportBlocksState } from './ReportBlocks.types';

export const reportBlocksClassNames = { root: 'driehoek-ReportBlocks', chart: 'driehoek-ReportBlocks__chart' } as const;

/** Theme tokens only: the blocks follow Teams light, dark and high contrast, and print in the light theme. */
const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  figures: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(10rem, 1fr))',
    gap: tokens.spacingHorizontalM,
    margin: 0,
  },
  figure: { display: 'flex', flexDirection: 'column-reverse', gap: tokens.spacingVerticalXXS, margin: 0 },
  figureLabel: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
  figureValue: { ...typographyStyles.subtitle1, margin: 0, color: tokens.colorNeutralForeground1 },
  tableWrap: { overflowX: 'auto', minWidth: 0 },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    ...typographyStyles.body1,
    '& th, & td': {
      textAlign: 'start',
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
    '& td.number, & th.number': { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
    '& thead th': { ...typographyStyles.body1Strong, color: tokens.colorNeutralForeground2 },
  },
  caption: { ...typographyStyles.body1Strong, textAlign: 'start', paddingBottom: tokens.spacingVerticalXS },
  text: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2, maxWidth: '70ch' },
  chartHeader: { display: 'flex', justifyContent: 'flex-end' },
  svg: { display: 'block', width: '100%', maxWidth: '48rem', height: 'auto', overflow: 'visible', breakInside: 'avoid' },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: '1px' },
  axis: { stroke: tokens.colorNeutralStrokeAccessible, strokeWidth: '1px' },
  tick: { fill: tokens.colorNeutralForeground3, fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase100 },
  line: { fill: 'none', stroke: tokens.colorBrandStroke1, strokeWidth: '2.5px', strokeLinejoin: 'round', strokeLinecap: 'round' },
  point: { fill: tokens.colorBrandBackground, stroke: tokens.colorNeutralBackground1, strokeWidth: '2px' },
  value: { fill: tokens.colorNeutralForeground1, fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  date: { fill: tokens.colorNeutralForeground2, fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase200 },
});

export type ReportBlocksClasses = Record<keyof ReturnType<typeof useStyles>, string> & { hidden: string };

export function useReportBlocksStyles(state: ReportBlocksState): ReportBlocksClasses {
  const styles = useStyles();
  const hidden = useVisuallyHiddenStyles().root;
  return {
    ...styles,
    hidden,
    root: mergeClasses(reportBlocksClassNames.root, styles.root, state.className),
    svg: mergeClasses(reportBlocksClassNames.chart, styles.svg),
  };
}
