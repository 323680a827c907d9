import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  title: { ...typographyStyles.subtitle2, margin: 0, overflowWrap: 'anywhere' },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  sectionTitle: { ...typographyStyles.body1Strong, margin: 0 },
  hint: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3, margin: 0 },
  field: { minWidth: 0 },
  full: { width: '100%', minWidth: 0 },
  points: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0, border: 'none', padding: 0, margin: 0 },
  /** The remove button wraps under the input in a 280 px panel instead of being cut off. */
  point: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, alignItems: 'flex-end', minWidth: 0 },
  pointInput: { flexGrow: 1, flexBasis: '12rem', minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  ok: { ...typographyStyles.caption1, color: tokens.colorPaletteGreenForeground1, margin: 0 },
});

export type SessionRunnerClasses = ReturnType<typeof useStyles>;
export const useSessionRunnerStyles = useStyles;
