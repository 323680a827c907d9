import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { ScoreChartState } from './ScoreChart.types';

export const scoreChartClassNames = {
  root: 'driehoek-ScoreChart',
  svg: 'driehoek-ScoreChart__svg',
} as const;

/** Every colour is a theme token, so the chart follows Teams light, dark and high contrast. */
const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  empty: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground3, maxWidth: '60ch' },
  canvas: { position: 'relative', width: '100%', minWidth: 0 },
  svg: { display: 'block', width: '100%', height: 'auto', overflow: 'visible' },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: '1px' },
  axis: { stroke: tokens.colorNeutralStrokeAccessible, strokeWidth: '1px' },
  tick: {
    fill: tokens.colorNeutralForeground3,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase100,
  },
  line: {
    fill: 'none',
    stroke: tokens.colorBrandStroke1,
    strokeWidth: '2.5px',
    strokeLinejoin: 'round',
    strokeLinecap: 'round',
  },
  point: { fill: tokens.colorBrandBackground, stroke: tokens.colorNeutralBackground1, strokeWidth: '2px' },
  value: {
    fill: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  date: {
    fill: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
  },
});

export type ScoreChartClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useScoreChartStyles(state: ScoreChartState): ScoreChartClasses {
  const styles = useStyles();
  return {
    ...styles,
    root: mergeClasses(scoreChartClassNames.root, styles.root, state.className),
    svg: mergeClasses(scoreChartClassNames.svg, styles.svg),
  };
}
