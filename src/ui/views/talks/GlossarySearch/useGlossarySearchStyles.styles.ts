import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { GlossarySearchState } from './GlossarySearch.types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  search: { width: '100%', maxWidth: '100%', minWidth: 0 },
  examples: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  examplesLabel: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3 },
  result: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground3 },
  list: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  term: { ...typographyStyles.body1Strong, overflowWrap: 'anywhere' },
  plain: { ...typographyStyles.body1, margin: 0, overflowWrap: 'anywhere' },
});

export type GlossarySearchClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useGlossarySearchStyles(state: GlossarySearchState): GlossarySearchClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses('driehoek-GlossarySearch', styles.root, state.className) };
}
