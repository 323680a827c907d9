import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { TalksViewState } from './TalksView.types';

export const talksViewClassNames = { root: 'driehoek-TalksView' } as const;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0, maxWidth: '1100px' },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { ...typographyStyles.title2, margin: 0 },
  intro: { ...typographyStyles.body1, margin: 0, maxWidth: '65ch', color: tokens.colorNeutralForeground2 },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 22rem), 1fr))',
    gap: tokens.spacingHorizontalM,
  },
  empty: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground3 },
  status: { alignSelf: 'flex-start' },
});

export type TalksViewClasses = Record<keyof ReturnType<typeof useStyles> | 'visuallyHidden', string>;

export function useTalksViewStyles(state: TalksViewState, visuallyHidden: string): TalksViewClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses(talksViewClassNames.root, styles.root, state.className), visuallyHidden };
}
