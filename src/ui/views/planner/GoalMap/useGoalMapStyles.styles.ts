import { makeStaticStyles, makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { GoalMapState } from './GoalMap.types';
import { FONT_SIZE } from './picture';

export const goalMapClassNames = {
  root: 'driehoek-GoalMap',
  svg: 'driehoek-GoalMap__svg',
  /** The print sheet's mount node, a child of <body>. */
  sheet: 'driehoek-GoalMapSheet',
} as const;

/**
 * The print layout: while the sheet is mounted, printing shows only the sheet (the app around it
 * is hidden), in landscape, with the colours of the picture kept. On screen the sheet is never seen.
 */
export const useGoalMapPrintStyles = makeStaticStyles(`
@media screen { .${goalMapClassNames.sheet} { display: none !important; } }
@media print {
  body:has(> .${goalMapClassNames.sheet}) > :not(.${goalMapClassNames.sheet}) { display: none !important; }
  .${goalMapClassNames.sheet} { page: driehoek-goalmap; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
@page driehoek-goalmap { size: A4 landscape; margin: 12mm; }
`);

const text = { fontFamily: tokens.fontFamilyBase };

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    '@media (max-width: 480px)': { padding: tokens.spacingHorizontalS },
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  empty: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground3, maxWidth: '60ch' },
  scroller: {
    overflowX: 'auto',
    minWidth: 0,
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  svg: { display: 'block', height: 'auto', marginInline: 'auto' },
  background: { fill: tokens.colorNeutralBackground1 },
  edge: { stroke: tokens.colorNeutralStroke1, strokeWidth: '2px' },
  dream: { fill: tokens.colorBrandBackground },
  goal: { fill: tokens.colorBrandBackground2, stroke: tokens.colorBrandStroke1, strokeWidth: '2px' },
  // The levels differ in line as well as colour, for high contrast and for colour-blind eyes.
  personal: { fill: tokens.colorPaletteLightGreenBackground2, stroke: tokens.colorPaletteLightGreenBorderActive, strokeWidth: '1.5px' },
  team: {
    fill: tokens.colorPaletteMarigoldBackground2,
    stroke: tokens.colorPaletteMarigoldBorderActive,
    strokeWidth: '2px',
    strokeDasharray: '1 3',
    strokeLinecap: 'round',
  },
  school: { fill: tokens.colorPaletteBerryBackground2, stroke: tokens.colorPaletteBerryBorderActive, strokeWidth: '3px' },
  sign: {
    fill: tokens.colorNeutralBackground1,
    stroke: tokens.colorNeutralStrokeAccessible,
    strokeWidth: '1.5px',
    strokeDasharray: '5 4',
  },
  dreamText: { ...text, fill: tokens.colorNeutralForegroundOnBrand, fontSize: `${FONT_SIZE.dream}px`, fontWeight: tokens.fontWeightSemibold },
  goalText: { ...text, fill: tokens.colorNeutralForeground1, fontSize: `${FONT_SIZE.goal}px`, fontWeight: tokens.fontWeightSemibold },
  leafText: { ...text, fill: tokens.colorNeutralForeground1, fontSize: `${FONT_SIZE.benefit}px` },
  legendText: { ...text, fill: tokens.colorNeutralForeground2, fontSize: `${FONT_SIZE.legend}px` },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  listDream: { ...typographyStyles.body1, margin: 0, whiteSpace: 'pre-line', overflowWrap: 'anywhere', maxWidth: '72ch' },
  listGoals: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  listHeading: { ...typographyStyles.body1Strong, margin: 0, overflowWrap: 'anywhere' },
  listSubheading: { ...typographyStyles.caption1Strong, margin: 0, marginTop: tokens.spacingVerticalXS },
  listTags: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground3 },
  listLines: { ...typographyStyles.body1, margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  listEmpty: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground3 },
  /** The print sheet: a plain page in the light theme. */
  sheet: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: 0,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  sheetTitle: { ...typographyStyles.title3, margin: 0 },
  sheetCaption: { ...typographyStyles.caption1Strong, margin: 0, color: tokens.colorBrandForeground1 },
  sheetPicture: { display: 'block', width: '100%', height: 'auto', maxHeight: '165mm' },
  sheetList: { breakBefore: 'page' },
});

export type GoalMapClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useGoalMapStyles(state: GoalMapState): GoalMapClasses {
  useGoalMapPrintStyles();
  const styles = useStyles();
  return {
    ...styles,
    root: mergeClasses(goalMapClassNames.root, styles.root, state.className),
    svg: mergeClasses(goalMapClassNames.svg, styles.svg),
  };
}
