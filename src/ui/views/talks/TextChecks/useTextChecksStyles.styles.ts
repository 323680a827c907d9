import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { TextChecksState } from './TextChecks.types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  terms: { ...typographyStyles.caption1Strong, display: 'block', marginTop: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalL },
  term: { ...typographyStyles.body1Strong },
});

export type TextChecksClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useTextChecksStyles(state: TextChecksState): TextChecksClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses('driehoek-TextChecks', styles.root, state.className) };
}
