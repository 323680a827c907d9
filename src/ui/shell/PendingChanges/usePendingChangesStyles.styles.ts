import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { PendingChangesState } from './PendingChanges.types';

export const pendingChangesClassNames = { root: 'driehoek-PendingChanges' } as const;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
  },
  hidden: { display: 'contents' },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorStatusWarningBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder1}`,
    color: tokens.colorNeutralForeground1,
  },
  failed: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusDangerBorder1}`,
  },
  text: { ...typographyStyles.body1Strong, margin: 0 },
  hint: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground2, flexBasis: '100%' },
  message: { ...typographyStyles.body1, margin: 0, flexGrow: 1, minWidth: 0 },
});

export type PendingChangesClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function usePendingChangesStyles(state: PendingChangesState): PendingChangesClasses {
  const styles = useStyles();
  return {
    ...styles,
    root: mergeClasses(pendingChangesClassNames.root, state.hidden ? styles.hidden : styles.root, state.className),
    failed: mergeClasses(styles.bar, styles.failed),
  };
}
