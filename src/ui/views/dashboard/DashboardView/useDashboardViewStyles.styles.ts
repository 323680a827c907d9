import { createFocusOutlineStyle, makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { DashboardViewState } from './DashboardView.types';

export const dashboardViewClassNames = { root: 'driehoek-DashboardView' } as const;

const panel = {
  display: 'flex',
  flexDirection: 'column',
  gap: tokens.spacingVerticalM,
  minWidth: 0,
  padding: tokens.spacingHorizontalL,
  borderRadius: tokens.borderRadiusLarge,
  backgroundColor: tokens.colorNeutralBackground1,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
} as const;

/** Theme tokens only, so the dashboard follows Teams light, dark and high contrast. */
const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  eyebrow: { ...typographyStyles.caption1Strong, margin: 0, color: tokens.colorBrandForeground1 },
  heading: { ...typographyStyles.title2, margin: 0 },
  intro: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2, maxWidth: '70ch' },
  controls: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  control: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: '12rem' },
  print: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  printHint: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3, maxWidth: '40ch', margin: 0 },
  panels: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 24rem), 1fr))', gap: tokens.spacingHorizontalL },
  panel,
  wide: { ...panel, gridColumn: '1 / -1' },
  panelTitle: { ...typographyStyles.subtitle2, margin: 0 },
  subTitle: { ...typographyStyles.body1Strong, margin: 0 },
  hint: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground3 },
  tiles: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(9rem, 1fr))', gap: tokens.spacingHorizontalS, margin: 0, padding: 0, listStyleType: 'none' },
  tile: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    width: '100%',
    height: '100%',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalM,
    font: 'inherit',
    textAlign: 'start',
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground2Hover },
    ':active': { backgroundColor: tokens.colorNeutralBackground2Pressed },
    ...createFocusOutlineStyle(),
  },
  attention: { borderInlineStartWidth: tokens.strokeWidthThickest, borderInlineStartColor: tokens.colorStatusWarningBorderActive },
  count: { ...typographyStyles.title3, color: tokens.colorBrandForeground1 },
  tileLabel: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2 },
  tableWrap: { overflowX: 'auto', minWidth: 0 },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    ...typographyStyles.body1,
    '& th, & td': { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
    '& thead th': { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground2, textAlign: 'end', verticalAlign: 'bottom' },
    '& tbody th': { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
    '& td': { textAlign: 'end' },
  },
  caption: { ...typographyStyles.body1Strong, textAlign: 'start', paddingBottom: tokens.spacingVerticalXS },
  cell: {
    minWidth: '2.75rem',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    font: 'inherit',
    fontVariantNumeric: 'tabular-nums',
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: 'underline',
    backgroundColor: 'transparent',
    border: 'none',
    borderRadius: tokens.borderRadiusSmall,
    cursor: 'pointer',
    ':hover': { color: tokens.colorBrandForegroundLinkHover, backgroundColor: tokens.colorSubtleBackgroundHover },
    ...createFocusOutlineStyle(),
  },
  message: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2, maxWidth: '70ch' },
});

export type DashboardViewClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useDashboardViewStyles(state: DashboardViewState): DashboardViewClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses(dashboardViewClassNames.root, styles.root, state.className) };
}
