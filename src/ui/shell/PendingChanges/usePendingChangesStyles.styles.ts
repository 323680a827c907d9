import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { noticeBar } from '../noticeBar.styles';
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
  bar: noticeBar(tokens.colorStatusWarningBackground1, tokens.colorStatusWarningBorder1),
  failed: noticeBar(tokens.colorStatusDangerBackground1, tokens.colorStatusDangerBorder1),
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
  };
}
