import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { AgreementsEditorState } from './AgreementsEditor.types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  text: { ...typographyStyles.body1Strong, margin: 0, overflowWrap: 'anywhere' },
  meta: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  empty: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground3 },
  row: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 10rem), 1fr))',
    alignItems: 'start',
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export type AgreementsEditorClasses = Record<keyof ReturnType<typeof useStyles> | 'visuallyHidden', string>;

export function useAgreementsEditorStyles(state: AgreementsEditorState, visuallyHidden: string): AgreementsEditorClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses('driehoek-AgreementsEditor', styles.root, state.className), visuallyHidden };
}
