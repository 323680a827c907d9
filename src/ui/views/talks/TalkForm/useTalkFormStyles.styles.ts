import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { TalkFormState } from './TalkForm.types';

export const talkFormClassNames = { root: 'driehoek-TalkForm' } as const;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '800px', minWidth: 0 },
  heading: { ...typographyStyles.title2, margin: 0 },
  intro: { ...typographyStyles.body1, margin: 0, maxWidth: '65ch', color: tokens.colorNeutralForeground2 },
  section: {
    margin: 0,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  legend: { ...typographyStyles.subtitle2, padding: `0 ${tokens.spacingHorizontalXS}` },
  hint: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground3, maxWidth: '65ch' },
  /** Inputs side by side where there is room, stacked in a narrow frame. */
  row: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 12rem), 1fr))',
    alignItems: 'start',
    // A select with long options (the roles) must not widen its column.
    '& > *': { minWidth: 0 },
  },
  /** Inputs and selects take their cell's width, never their content's. */
  control: { width: '100%', minWidth: 0, maxWidth: '100%' },
  person: {
    margin: 0,
    minWidth: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    borderRadius: tokens.borderRadiusMedium,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  personLegend: { ...typographyStyles.body1Strong, padding: `0 ${tokens.spacingHorizontalXS}` },
  personActions: { display: 'flex', justifyContent: 'flex-end' },
  add: { alignSelf: 'flex-start' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  clashList: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalXL },
  clashActions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
  text: { overflowWrap: 'anywhere' },
});

export type TalkFormClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useTalkFormStyles(state: TalkFormState): TalkFormClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses(talkFormClassNames.root, styles.root, state.className) };
}
