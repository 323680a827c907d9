import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { TalkPickerState } from './TalkPicker.types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  intro: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground2 },
  listHeading: { ...typographyStyles.body1Strong, margin: 0 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  option: {
    width: '100%',
    maxWidth: '100%',
    minWidth: 0,
    justifyContent: 'flex-start',
    textAlign: 'start',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  optionBody: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  time: { ...typographyStyles.caption1Strong, color: tokens.colorBrandForeground1 },
  title: { ...typographyStyles.body1Strong, overflowWrap: 'anywhere' },
  detail: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  empty: { ...typographyStyles.body1, margin: 0, color: tokens.colorNeutralForeground3 },
});

export type TalkPickerClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useTalkPickerStyles(state: TalkPickerState): TalkPickerClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses('driehoek-TalkPicker', styles.root, state.className) };
}
