import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { MeetingItemState } from './MeetingItem.types';

export const meetingItemClassNames = { root: 'driehoek-MeetingItem' } as const;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderInlineStartWidth: tokens.strokeWidthThickest,
    borderInlineStartColor: tokens.colorBrandStroke2,
  },
  held: { borderInlineStartColor: tokens.colorStatusSuccessBorder1 },
  cancelled: { borderInlineStartColor: tokens.colorNeutralStroke1, color: tokens.colorNeutralForeground3 },
  header: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  title: { ...typographyStyles.subtitle2, margin: 0, overflowWrap: 'anywhere', flexGrow: 1, minWidth: 0 },
  edit: { flexShrink: 0 },
  cancelledTitle: { textDecorationLine: 'line-through' },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
  },
  purpose: { ...typographyStyles.body1, margin: 0, maxWidth: '72ch', overflowWrap: 'anywhere' },
  details: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, margin: 0 },
  detail: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  term: { ...typographyStyles.caption1Strong, color: tokens.colorNeutralForeground3 },
  value: { ...typographyStyles.body1, margin: 0 },
  steps: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  minutes: { whiteSpace: 'pre-line', overflowWrap: 'anywhere', maxWidth: '72ch' },
});

export type MeetingItemClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useMeetingItemStyles(state: MeetingItemState): MeetingItemClasses {
  const styles = useStyles();
  const cancelled = state.status === 'cancelled';
  return {
    ...styles,
    root: mergeClasses(
      meetingItemClassNames.root,
      styles.root,
      state.status === 'held' && styles.held,
      cancelled && styles.cancelled,
      state.className,
    ),
    title: mergeClasses(styles.title, cancelled && styles.cancelledTitle),
    minutes: mergeClasses(styles.value, styles.minutes),
  };
}
