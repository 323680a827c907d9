import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { PlannedHeldState } from './PlannedHeld.types';

export const plannedHeldClassNames = { root: 'driehoek-PlannedHeld' } as const;

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
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  subheading: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground3 },
  summary: { ...typographyStyles.title3, margin: 0 },
  counts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(6.5rem, 1fr))',
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  count: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  attention: {
    backgroundColor: tokens.colorStatusWarningBackground1,
    color: tokens.colorStatusWarningForeground1,
  },
  term: { ...typographyStyles.caption1 },
  value: { ...typographyStyles.subtitle1, margin: 0 },
});

export interface PlannedHeldClasses extends Record<keyof ReturnType<typeof useStyles>, string> {
  /** The class of one count, by whether it asks for attention. */
  countOf(attention: boolean): string;
}

export function usePlannedHeldStyles(state: PlannedHeldState): PlannedHeldClasses {
  const styles = useStyles();
  return {
    ...styles,
    root: mergeClasses(plannedHeldClassNames.root, styles.root, state.className),
    countOf: (attention) => mergeClasses(styles.count, attention && styles.attention),
  };
}
