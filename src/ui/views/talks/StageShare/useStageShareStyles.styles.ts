import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { StageShareState } from './StageShare.types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  hint: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  terms: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  label: { ...typographyStyles.body1Strong, margin: 0 },
  message: { ...typographyStyles.body1, margin: 0, overflowWrap: 'anywhere' },
});

export type StageShareClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useStageShareStyles(state: StageShareState): StageShareClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses('driehoek-StageShare', styles.root, state.className) };
}
