import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { PromisesViewState } from './PromisesView.types';

export const promisesViewClassNames = { root: 'driehoek-PromisesView' } as const;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0, maxWidth: '1200px' },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  eyebrow: { ...typographyStyles.caption1Strong, margin: 0, color: tokens.colorBrandForeground1, overflowWrap: 'anywhere' },
  heading: { ...typographyStyles.title2, margin: 0 },
  intro: { ...typographyStyles.body1, margin: 0, maxWidth: '72ch' },
  newButton: { alignSelf: 'flex-start', marginTop: tokens.spacingVerticalS },
  text: { ...typographyStyles.body1, margin: 0, maxWidth: '60ch' },
  status: { alignSelf: 'flex-start' },
  /** The views wrap onto more lines in a narrow frame instead of hiding off to the side. */
  tabs: { flexWrap: 'wrap', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  /** A long name wraps rather than pushing the page wider than a narrow frame. */
  tab: { maxWidth: '100%', whiteSpace: 'normal', textAlign: 'start' },
  panel: { minWidth: 0 },
});

export type PromisesViewClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function usePromisesViewStyles(state: PromisesViewState): PromisesViewClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses(promisesViewClassNames.root, styles.root, state.className) };
}
