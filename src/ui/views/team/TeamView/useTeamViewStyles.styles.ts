import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import type { TeamViewState } from './TeamView.types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0, maxWidth: '1200px' },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  eyebrow: { ...typographyStyles.caption1Strong, margin: 0, color: tokens.colorBrandForeground1, overflowWrap: 'anywhere' },
  heading: { ...typographyStyles.title2, margin: 0 },
  intro: { ...typographyStyles.body1, margin: 0, maxWidth: '72ch' },
  status: { alignSelf: 'flex-start' },
  text: { ...typographyStyles.body1, margin: 0, maxWidth: '60ch' },
  tabs: { flexWrap: 'wrap', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  panel: { minWidth: 0 },
});

export type TeamViewClasses = Record<keyof ReturnType<typeof useStyles>, string>;

export function useTeamViewStyles(state: TeamViewState): TeamViewClasses {
  const styles = useStyles();
  return { ...styles, root: mergeClasses('driehoek-TeamView', styles.root, state.className) };
}
