import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { noticeBar } from '../noticeBar.styles';
import type { RetentionJobState } from './RetentionJob.types';

export const retentionJobClassNames = { root: 'driehoek-RetentionJob' } as const;

const useStyles = makeStyles({
  root: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}` },
  hidden: { display: 'contents' },
  bar: noticeBar(tokens.colorStatusSuccessBackground1, tokens.colorStatusSuccessBorder1),
  text: { ...typographyStyles.body1, margin: 0, flexGrow: 1, minWidth: 0 },
});

export type RetentionJobClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useRetentionJobStyles(state: RetentionJobState): RetentionJobClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses(retentionJobClassNames.root, state.text ? styles.root : styles.hidden, state.className) };
}
