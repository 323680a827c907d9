import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { CheckInState } from './CheckIn.types';

export const checkInClassNames = { root: 'driehoek-CheckIn' } as const;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { ...typographyStyles.subtitle1, margin: 0 },
  intro: { ...typographyStyles.body1, margin: 0, maxWidth: '72ch', color: tokens.colorNeutralForeground2 },
  picker: { maxWidth: '36rem', minWidth: 0 },
  select: { width: '100%', minWidth: 0 },
  count: { ...typographyStyles.caption1Strong, margin: 0, color: tokens.colorNeutralForeground3 },
  text: { ...typographyStyles.body1, margin: 0, maxWidth: '60ch' },
  status: { alignSelf: 'flex-start' },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  groupHeading: { ...typographyStyles.subtitle2, margin: 0 },
  cards: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    minWidth: 0,
  },
});

export type CheckInClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useCheckInStyles(state: CheckInState): CheckInClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses(checkInClassNames.root, styles.root, state.className) };
}
