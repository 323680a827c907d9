import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { PromiseTabState } from './PromiseTab.types';

export const promiseTabClassNames = { root: 'driehoek-PromiseTab' } as const;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  intro: { ...typographyStyles.body1, margin: 0, maxWidth: '72ch', color: tokens.colorNeutralForeground2 },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  picker: { minWidth: '12rem', maxWidth: '100%' },
  count: { ...typographyStyles.caption1Strong, margin: 0, color: tokens.colorNeutralForeground3 },
  empty: { ...typographyStyles.body1, margin: 0, maxWidth: '60ch' },
  status: { alignSelf: 'flex-start' },
});

export type PromiseTabClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function usePromiseTabStyles(state: PromiseTabState): PromiseTabClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses(promiseTabClassNames.root, styles.root, state.className) };
}
