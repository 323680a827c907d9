import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { CheckInCardState } from './CheckInCard.types';

export const checkInCardClassNames = { root: 'driehoek-CheckInCard' } as const;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderInlineStartWidth: tokens.strokeWidthThickest,
    borderInlineStartColor: tokens.colorBrandStroke2,
    // Long check-ins stay light: cards far off screen are not laid out or painted.
    contentVisibility: 'auto',
    containIntrinsicSize: 'auto 10rem',
  },
  kept: { borderInlineStartColor: tokens.colorStatusSuccessBorder1 },
  partlyKept: { borderInlineStartColor: tokens.colorStatusWarningBorder1 },
  notKept: { borderInlineStartColor: tokens.colorNeutralStroke1 },
  renegotiated: { borderInlineStartColor: tokens.colorNeutralStroke1 },
  title: { ...typographyStyles.subtitle2, margin: 0, overflowWrap: 'anywhere' },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
  badges: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  details: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0 },
  term: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground3 },
  value: { ...typographyStyles.body1, margin: 0, whiteSpace: 'pre-line', overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export type CheckInCardClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useCheckInCardStyles(state: CheckInCardState): CheckInCardClasses {
  const styles = useStyles();
  const tone = state.status === 'open' ? undefined : styles[state.status];
  return { ...styles, root: mergeClasses(checkInCardClassNames.root, styles.root, tone, state.className) };
}
