import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0, paddingTop: tokens.spacingVerticalM },
  cards: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 360px), 1fr))', gap: tokens.spacingHorizontalL },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  subheading: { ...typographyStyles.subtitle2, margin: 0 },
  current: { ...typographyStyles.title3, margin: 0, color: tokens.colorBrandForeground1 },
  text: { ...typographyStyles.body1, margin: 0, maxWidth: '72ch' },
  hint: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground2 },
  chart: { width: '100%', maxWidth: '420px', height: 'auto', display: 'block' },
  line: { stroke: tokens.colorBrandForeground1, strokeWidth: '2', fill: 'none' },
  dot: { fill: tokens.colorBrandForeground1 },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: '1' },
  tableWrap: { overflowX: 'auto' },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    '& th, & td': {
      ...typographyStyles.body1,
      textAlign: 'start',
      verticalAlign: 'top',
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
  },
  rationale: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    maxWidth: '720px',
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  start: { alignSelf: 'flex-start' },
});

export type AssessmentPanelClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useAssessmentPanelStyles(): AssessmentPanelClasses {
  return useStyles();
}
