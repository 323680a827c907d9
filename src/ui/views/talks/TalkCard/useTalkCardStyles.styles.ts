import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { TalkCardState } from './TalkCard.types';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  cancelled: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3 },
  top: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  heading: { ...typographyStyles.subtitle2, margin: 0, overflowWrap: 'anywhere', minWidth: 0 },
  when: { ...typographyStyles.body1Strong, margin: 0 },
  text: { ...typographyStyles.body1, margin: 0, overflowWrap: 'anywhere' },
  meta: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  facts: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS, margin: 0, padding: 0, listStyle: 'none' },
  links: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
});

export type TalkCardClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useTalkCardStyles(state: TalkCardState): TalkCardClasses {
  const styles = useStyles();
  return {
    ...styles,
    root: mergeClasses('driehoek-TalkCard', styles.root, state.status === 'cancelled' && styles.cancelled, state.className),
  };
}
